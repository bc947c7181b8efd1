/**
 * Opens the embedded SQLite database: WAL journal, full fsync on commit (an acknowledged write
 * survives a crash), foreign-key-free portable schema. Maps the ways opening can fail to
 * messages a person can act on.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DomainError } from '../../domain/errors.ts';
import { unavailable } from '../../domain/errors.ts';
import type { Database } from '../schema.ts';

/** The file name of the database inside the data folder. */
export const SQLITE_FILE = 'kefu.sqlite';

/** Opens (or creates) `dataDir/kefu.sqlite`; `:memory:` opens a private in-memory database. */
export function openSqlite(dataDir: string | ':memory:'): Kysely<Database> {
  const file = dataDir === ':memory:' ? ':memory:' : sqliteFileIn(dataDir);
  let raw: SqliteDatabase.Database;
  try {
    raw = new SqliteDatabase(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('busy_timeout = 5000');
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw describeOpenError(file, error);
  }
  return kyselyOverSqlite(raw);
}

/** Kysely over a better-sqlite3 handle the caller opened (destroying it closes the handle). */
export function kyselyOverSqlite(raw: SqliteDatabase.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
}

/**
 * A private in-memory database started from `image` (a `serialize()` of another database);
 * copying an image is much faster than migrating and importing again (kefu eval, tests).
 */
export function openSqliteFromImage(image: Buffer): Kysely<Database> {
  return kyselyOverSqlite(new SqliteDatabase(image));
}

function sqliteFileIn(dataDir: string): string {
  const dir = path.resolve(dataDir);
  if (!fs.existsSync(dir)) {
    throw unavailable(
      `The data folder ${dir} does not exist. Create it (mkdir -p ${dir}) or set KEFU_DATA_DIR to an existing folder.`,
    );
  }
  if (!fs.statSync(dir).isDirectory()) {
    throw unavailable(`KEFU_DATA_DIR points at ${dir}, which is a file, not a folder.`);
  }
  return path.join(dir, SQLITE_FILE);
}

function describeOpenError(file: string, error: unknown): DomainError {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return unavailable(
      `The database file ${file} is damaged or is not a kefu database. Restore it from a backup, or move it aside to start afresh (the demo shop is seeded again).`,
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return unavailable(
      `Cannot open ${file} for writing. Check that the folder is writable by this user.`,
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return unavailable(`Cannot open the database ${file}: ${reason}`);
}
