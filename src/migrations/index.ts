import * as migration_20261125_001610_initial from './20261125_001610_initial';

export const migrations = [
  {
    up: migration_20261125_001610_initial.up,
    down: migration_20261125_001610_initial.down,
    name: '20261125_001610_initial'
  },
];
