import * as migration_20261125_001610_initial from './20261125_001610_initial';
import * as migration_20261125_010723_search_index from './20261125_010723_search_index';
import * as migration_20261125_014942_spoilers from './20261125_014942_spoilers';
import * as migration_20261125_031510_recent_articles from './20261125_031510_recent_articles';
import * as migration_20261125_034000_characters_numbers_parent_index from './20261125_034000_characters_numbers_parent_index';
import * as migration_20261206_212249_last_edited_by from './20261206_212249_last_edited_by';
import * as migration_20261206_221813_login_throttle from './20261206_221813_login_throttle';
import * as migration_20261206_225314_search_characters_shows from './20261206_225314_search_characters_shows';
import * as migration_20261206_232906_article_slugs_and_blank_drafts from './20261206_232906_article_slugs_and_blank_drafts';

export const migrations = [
  {
    up: migration_20261125_001610_initial.up,
    down: migration_20261125_001610_initial.down,
    name: '20261125_001610_initial',
  },
  {
    up: migration_20261125_010723_search_index.up,
    down: migration_20261125_010723_search_index.down,
    name: '20261125_010723_search_index',
  },
  {
    up: migration_20261125_014942_spoilers.up,
    down: migration_20261125_014942_spoilers.down,
    name: '20261125_014942_spoilers',
  },
  {
    up: migration_20261125_031510_recent_articles.up,
    down: migration_20261125_031510_recent_articles.down,
    name: '20261125_031510_recent_articles',
  },
  {
    up: migration_20261125_034000_characters_numbers_parent_index.up,
    down: migration_20261125_034000_characters_numbers_parent_index.down,
    name: '20261125_034000_characters_numbers_parent_index',
  },
  {
    up: migration_20261206_212249_last_edited_by.up,
    down: migration_20261206_212249_last_edited_by.down,
    name: '20261206_212249_last_edited_by',
  },
  {
    up: migration_20261206_221813_login_throttle.up,
    down: migration_20261206_221813_login_throttle.down,
    name: '20261206_221813_login_throttle',
  },
  {
    up: migration_20261206_225314_search_characters_shows.up,
    down: migration_20261206_225314_search_characters_shows.down,
    name: '20261206_225314_search_characters_shows'
  },
  {
    up: migration_20261206_232906_article_slugs_and_blank_drafts.up,
    down: migration_20261206_232906_article_slugs_and_blank_drafts.down,
    name: '20261206_232906_article_slugs_and_blank_drafts'
  },
];
