// The corpus store: one SQLite file (better-sqlite3), or memory for the web app's sample.
// Created on first use; a SQLite file that is not a framing store is refused.

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, BLOCKS_SCHEMA, BLOCK_COLUMNS, PROVENANCE_COLUMNS, REJECTIONS_SCHEMA, REVIEW_SCHEMA, SCHEMA, SCHEMA_VERSION } from './schema';

export const MEMORY = ':memory:';

export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** How long a write waits for another process's lock before it fails. */
const BUSY_TIMEOUT_MS = 10_000;

export class CorpusStore {
  /** Bumped on every change, so derived views (statistics, vocabulary) can be cached. */
  version = 0;
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    readonly db: Database.Database,
    readonly path: string,
  ) {}

  static open(path: string): CorpusStore {
    const memory = path === MEMORY;
    let db: Database.Database;
    try {
      if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
      db = new Database(path);
    } catch (error) {
      throw new StoreError(`cannot open the store ${path}: ${(error as Error).message}`);
    }
    try {
      prepare(db, path);
    } catch (error) {
      db.close();
      throw error instanceof StoreError ? error : new StoreError(`cannot open the store ${path}: ${(error as Error).message}`);
    }
    return new CorpusStore(db, path);
  }

  static memory(): CorpusStore {
    return CorpusStore.open(MEMORY);
  }

  /** A private in-memory copy of a store from its image (`db.serialize()`), for a worker thread. */
  static fromImage(image: Buffer): CorpusStore {
    const db = new Database(image);
    prepare(db, MEMORY);
    return new CorpusStore(db, MEMORY);
  }

  /** A prepared statement, prepared once per store. */
  stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /**
   * Runs `fn` in one transaction and marks the store changed. The transaction takes the write
   * lock at once (BEGIN IMMEDIATE), so that it waits out another process's write (busy
   * timeout) instead of failing when it tries to write after reading.
   */
  write<T>(fn: () => T): T {
    const result = this.db.transaction(fn).immediate();
    this.version++;
    return result;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function prepare(db: Database.Database, path: string): void {
  const app = db.pragma('application_id', { simple: true }) as number;
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  if (app === 0 && tables === 0) {
    db.transaction(() => {
      db.exec(SCHEMA);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  } else if (app !== APPLICATION_ID) {
    throw new StoreError(`${path} is not a framing store (a SQLite file made by something else)`);
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreError(`${path} was made by a newer framing (store version ${version}); upgrade framing`);
  }
  if (version < SCHEMA_VERSION && !db.readonly) {
    db.transaction(() => {
      if (version < 2) db.exec(REVIEW_SCHEMA);
      if (version < 3) for (const column of PROVENANCE_COLUMNS) db.exec(`ALTER TABLE analyses ADD COLUMN ${column}`);
      if (version < 4) {
        for (const column of BLOCK_COLUMNS) db.exec(`ALTER TABLE analyses ADD COLUMN ${column}`);
        db.exec(BLOCKS_SCHEMA);
        db.exec(REJECTIONS_SCHEMA);
      }
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }
  db.pragma('foreign_keys = ON');
  if (path !== MEMORY) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // another process (the web app, `framing annotate --db`) may hold the write lock for a
    // moment: wait for it rather than fail with "database is locked"
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}
