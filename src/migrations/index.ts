import * as migration_20261125_001610_initial from './20261125_001610_initial';
import * as migration_20261125_010811_spoilers from './20261125_010811_spoilers';

export const migrations = [
  {
    up: migration_20261125_001610_initial.up,
    down: migration_20261125_001610_initial.down,
    name: '20261125_001610_initial',
  },
  {
    up: migration_20261125_010811_spoilers.up,
    down: migration_20261125_010811_spoilers.down,
    name: '20261125_010811_spoilers'
  },
];
