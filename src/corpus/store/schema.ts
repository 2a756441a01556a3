// The store's tables. One SQLite file: items, their analyses with per-document counts,
// euphemism counts per category, and an FTS5 index over headline, text and outlet. New
// items are indexed in bulk by addItems (an insert trigger is ten times slower); the
// triggers keep the index right when items change or go.

import { COUNT_FIELDS } from '../stats/doc-counts';

/** PRAGMA application_id of a framing store ("fram"), so other SQLite files are refused. */
export const APPLICATION_ID = 0x6672616d;
export const SCHEMA_VERSION = 4;

/**
 * Version 4 (issue 17): analyses are stored packed, a block of up to 128 at a time
 * (src/corpus/store/packed.ts); each analysis row names its block and slot, and its
 * `annotations` and `summary` are then empty. Analyses saved before keep their JSON and are
 * read as they are. Block ids are never reused (AUTOINCREMENT), so a cached block stays right.
 */
export const BLOCK_COLUMNS = ['block INTEGER', 'slot INTEGER'] as const;

/**
 * Also version 4: suggested events a person rejected (`framing events --reject`, "Not one
 * event" on the Corpus page), so they are not suggested again: items not to be grouped
 * together (pairs of pks, a < b), and items not to join an event.
 */
export const REJECTIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS rejected_pairs (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rejected_joins (pk INTEGER NOT NULL, event TEXT NOT NULL, PRIMARY KEY (pk, event)) WITHOUT ROWID;
`;
export const BLOCKS_SCHEMA = `
CREATE TABLE IF NOT EXISTS analysis_blocks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS analyses_block ON analyses (block);
`;

/** Version 3 (issue 17): each analysis says which analyser made it, and when. */
export const PROVENANCE_COLUMNS = ['analyser TEXT', 'analysed_at TEXT'] as const;

/**
 * Version 2 (issue 18): samples of harm events drawn for validation, with the tool's
 * reading frozen when drawn, and each reviewer's reading of them. Added to a version-1
 * store when it is opened (every statement is IF NOT EXISTS).
 */
export const REVIEW_SCHEMA = `
CREATE TABLE IF NOT EXISTS review_samples (
  name TEXT PRIMARY KEY,
  seed INTEGER NOT NULL,
  strata TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS review_items (
  sample TEXT NOT NULL REFERENCES review_samples (name) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  pk INTEGER NOT NULL REFERENCES items (pk) ON DELETE CASCADE,
  harm INTEGER NOT NULL,
  stratum TEXT NOT NULL,
  tool TEXT NOT NULL,
  PRIMARY KEY (sample, position)
);
CREATE TABLE IF NOT EXISTS reviews (
  sample TEXT NOT NULL,
  position INTEGER NOT NULL,
  reviewer TEXT NOT NULL,
  fields TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (sample, position, reviewer),
  FOREIGN KEY (sample, position) REFERENCES review_items (sample, position) ON DELETE CASCADE
);
`;

export const SCHEMA = `
CREATE TABLE items (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  outlet TEXT NOT NULL,
  date TEXT,
  url TEXT,
  url_unverified INTEGER,
  headline TEXT NOT NULL,
  text TEXT NOT NULL,
  event TEXT,
  event_title TEXT,
  language TEXT,
  victim_group TEXT,
  illustrative INTEGER,
  metadata TEXT,
  url_key TEXT UNIQUE,
  title_key TEXT UNIQUE,
  source TEXT NOT NULL
);
CREATE INDEX items_outlet ON items (outlet);
CREATE INDEX items_event ON items (event);
CREATE INDEX items_date ON items (date);

CREATE TABLE analyses (
  pk INTEGER PRIMARY KEY REFERENCES items (pk) ON DELETE CASCADE,
  annotations TEXT NOT NULL,
  summary TEXT NOT NULL,
  ${COUNT_FIELDS.map((f) => `${f} INTEGER NOT NULL`).join(',\n  ')},
  ${PROVENANCE_COLUMNS.join(',\n  ')},
  ${BLOCK_COLUMNS.join(',\n  ')}
);

CREATE TABLE euphemism_counts (
  pk INTEGER NOT NULL REFERENCES items (pk) ON DELETE CASCADE,
  category TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (pk, category)
);

CREATE VIRTUAL TABLE items_fts USING fts5 (
  headline, text, outlet,
  content = 'items', content_rowid = 'pk',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, headline, text, outlet) VALUES ('delete', old.pk, old.headline, old.text, old.outlet);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF headline, text, outlet ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, headline, text, outlet) VALUES ('delete', old.pk, old.headline, old.text, old.outlet);
  INSERT INTO items_fts (rowid, headline, text, outlet) VALUES (new.pk, new.headline, new.text, new.outlet);
END;
${REVIEW_SCHEMA}
${BLOCKS_SCHEMA}
${REJECTIONS_SCHEMA}`;
