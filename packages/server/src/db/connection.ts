import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { type MigrationMeta, readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { paths } from '../paths.js';
import { dropTemplate, readTemplate, saveTemplate, templateFile } from './cluster-template.js';
import { LOCK_FILE, lockFolder } from './folder-lock.js';
import { commitListener, type ListenForCommits } from './notifications.js';
import { PgliteThread } from './pglite-thread.js';
import { prepareStatements } from './prepared-statements.js';
import { relations } from './relations.js';

/** The drizzle database, the same type over PGlite and node-postgres. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, typeof relations>;

/** Runs raw SQL and returns its rows (both drivers answer with `rows`). */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** Whether the database answers a trivial statement now (for readiness checks). */
export function databaseAnswers(db: Database): Promise<boolean> {
  return db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
}

/** Called with every SQL statement the database runs (for logging and statement counts). */
export type QueryListener = (query: string, params: unknown[]) => void;

/** A start-up problem the user must fix: printed as one line, never with a stack. */
export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
}

export interface DatabaseConnection {
  db: Database;
  /** True when this open created the database (and so it needs its seed data). */
  created: boolean;
  /** PostgreSQL's connection pool, for its sizes in the metrics; none for the embedded database. */
  pool?: pg.Pool;
  /**
   * On PostgreSQL, hears every commit that writes audit entries, from any process. The embedded
   * database has one process: its writes are heard in memory (see `onCommitted`).
   */
  listenForCommits?: ListenForCommits;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Folder of the embedded database; used when `databaseUrl` is not set. */
  dataDir: string;
  /**
   * What this process is, as the embedded database's lock names it to another process that finds
   * the folder in use (`moat serve`); its command line by default.
   */
  command?: string | undefined;
  /** A PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string | undefined;
  onQuery?: QueryListener | undefined;
  /** Fills a database this open has just created (with the seed data), before anyone sees it. */
  initialize?: ((db: Database) => Promise<void>) | undefined;
  /** On PostgreSQL, PostgreSQL cancels any statement that runs longer (milliseconds; none by default). */
  statementTimeoutMs?: number | undefined;
  /**
   * On PostgreSQL, transactions are read-only unless they begin `read write`, as writeMutation's
   * do: a read can never write (for serving; migrations and the seed run before it applies).
   */
  readOnlyByDefault?: boolean | undefined;
}

const migrationsFolder = paths.migrations;
const MARKER_FILE = 'moat.json';
const CREATING_FLAG = 'moat.creating';

let migrations: MigrationMeta[] | undefined;

/** The migrations this build knows, oldest first. */
function knownMigrationFiles(): MigrationMeta[] {
  migrations ??= readMigrationFiles({ migrationsFolder });
  return migrations;
}

/** Names of the migrations this build knows, oldest first. */
function knownMigrations(): string[] {
  return knownMigrationFiles().map((migration) => migration.name);
}

function loggerFor(onQuery: QueryListener | undefined) {
  return onQuery ? { logQuery: onQuery } : undefined;
}

/**
 * Opens the database: PostgreSQL when `databaseUrl` is set, otherwise PGlite in `dataDir`.
 * Pending migrations run on open, and a database this open creates is seeded before use.
 */
export async function openDatabase(options: OpenOptions): Promise<DatabaseConnection> {
  return options.databaseUrl ? openPostgres(options) : openPglite(options);
}

/** What a serving pool's sessions start with: the statement timeout, read-only transactions. */
type SessionDefaults = Pick<OpenOptions, 'statementTimeoutMs' | 'readOnlyByDefault'>;

/** A pool of connections to PostgreSQL, each preparing its statements, and drizzle over it. */
function postgresPool(
  databaseUrl: string | undefined,
  onQuery?: QueryListener,
  session: SessionDefaults = {},
) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    statement_timeout: session.statementTimeoutMs,
    ...(session.readOnlyByDefault && { options: '-c default_transaction_read_only=on' }),
  });
  pool.on('connect', prepareStatements);
  // A pooled connection that PostgreSQL drops while idle (a restart, a failover) is replaced on
  // the next query; unhandled, the pool's error event would end the process.
  pool.on('error', (error) => console.error(`moat: database connection lost: ${error.message}`));
  const db = drizzleNodePg({ client: pool, relations, logger: loggerFor(onQuery) }) as Database;
  return { pool, db };
}

async function openPostgres({
  databaseUrl,
  onQuery,
  initialize,
  statementTimeoutMs,
  readOnlyByDefault,
}: OpenOptions): Promise<DatabaseConnection> {
  // Migrations and the seed run without the serving defaults.
  let { pool, db } = postgresPool(databaseUrl, onQuery);
  let created: boolean;
  try {
    const applied = await appliedMigrations(db);
    rejectNewerSchema(applied);
    created = applied.length === 0;
    await migrateNodePg(db as Parameters<typeof migrateNodePg>[0], { migrationsFolder });
    if (created) await initialize?.(db);
  } catch (error) {
    await pool.end();
    throw error;
  }
  if (statementTimeoutMs || readOnlyByDefault) {
    await pool.end();
    ({ pool, db } = postgresPool(databaseUrl, onQuery, { statementTimeoutMs, readOnlyByDefault }));
  }
  return {
    db,
    created,
    pool,
    listenForCommits: commitListener(databaseUrl ?? ''),
    close: () => pool.end(),
  };
}

async function appliedMigrations(db: Database): Promise<string[]> {
  const [table] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!table?.present) return [];
  const rows = await queryRows<{ name: string | null }>(
    db,
    sql`select name from drizzle.__drizzle_migrations order by id`,
  );
  return rows.map((row) => row.name ?? '');
}

function rejectNewerSchema(applied: string[]): void {
  const known = new Set(knownMigrations());
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new DatabaseSetupError(
      `The database has schema migrations this version of Moat does not know (${unknown.join(', ')}); upgrade Moat to open it.`,
    );
  }
}

/**
 * Starts PGlite in `dataDir`, in a thread of its own; a new database from the cached template
 * when there is one. A template that does not load is dropped and the database is created from
 * scratch.
 */
async function startPglite(
  dataDir: string,
  template: string | undefined,
): Promise<{ client: PgliteThread; copied: boolean }> {
  const copy = template ? readTemplate(template) : undefined;
  if (template && copy) {
    const client = new PgliteThread({ dataDir, loadDataDir: copy });
    try {
      await client.ready;
      return { client, copied: true };
    } catch {
      await client.close();
      dropTemplate(template);
      emptyFolder(dataDir);
    }
  }
  const client = new PgliteThread({ dataDir });
  try {
    await client.ready;
  } catch (error) {
    await client.close();
    throw error;
  }
  return { client, copied: false };
}

/** Empties a folder for a new database (but its lock), under a flag that says its creation has not finished. */
function emptyFolder(dataDir: string): void {
  for (const entry of readdirSync(dataDir))
    if (entry !== LOCK_FILE) rmSync(join(dataDir, entry), { recursive: true, force: true });
  writeFileSync(
    join(dataDir, CREATING_FLAG),
    'Moat is creating this database; an unfinished one is rebuilt.\n',
  );
}

/**
 * Opens PGlite in `dataDir`, holding the folder's lock until it is closed, so that no other
 * process opens it meanwhile.
 */
async function openPglite(options: OpenOptions): Promise<DatabaseConnection> {
  const dataDir = resolve(options.dataDir);
  const lock = lockPgliteFolder(dataDir, options.command ?? process.argv.join(' '));
  let connection: DatabaseConnection;
  try {
    connection = await openLockedPglite(dataDir, options);
  } catch (error) {
    lock.release();
    throw error;
  }
  return { ...connection, close: () => connection.close().finally(lock.release) };
}

/**
 * Opens PGlite in `dataDir`, which this process holds. A new folder is created in place under a
 * "creating" flag that is removed only once it is migrated and seeded, so a first start that dies
 * half-way is rebuilt on the next one instead of being mistaken for a database.
 */
async function openLockedPglite(dataDir: string, options: OpenOptions): Promise<DatabaseConnection> {
  const created = inspectPgliteFolder(dataDir) === 'new';
  const template = created ? templateFile(knownMigrationFiles()) : undefined;
  if (created) emptyFolder(dataDir);

  const { client, copied } = await startPglite(dataDir, template);
  // drizzle calls only `query` and `transaction`, which the thread's client answers as PGlite does.
  const db = drizzlePglite({
    client: client as unknown as PGlite,
    relations,
    logger: loggerFor(options.onQuery),
  }) as Database;
  try {
    // The marker names the last migration applied: when it is the newest, there is nothing to run.
    if (readMarker(dataDir) !== knownMigrations().at(-1)) {
      await migratePglite(db as Parameters<typeof migratePglite>[0], { migrationsFolder });
    }
    if (template && !copied) await saveTemplate(client, template);
    if (created) await options.initialize?.(db);
    writeMarker(dataDir);
    rmSync(join(dataDir, CREATING_FLAG), { force: true });
  } catch (error) {
    await client.close();
    throw error;
  }
  return { db, created, close: () => client.close() };
}

/**
 * Takes the lock of the folder, creating the folder when it does not exist; refuses, naming the
 * process, a folder that another process has open.
 */
function lockPgliteFolder(dir: string, command: string) {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new DatabaseSetupError(`${dir} is not a folder; MOAT_DATA_DIR must name a folder.`);
  }
  mkdirSync(dir, { recursive: true });
  const lock = lockFolder(dir, command);
  if ('heldBy' in lock) {
    const { pid, command: holder } = lock.heldBy;
    throw new DatabaseSetupError(
      `${dir} is in use by process ${pid}${holder && ` (${holder})`}; stop it, or send import and keys to its server with --url.`,
    );
  }
  return lock;
}

/**
 * `new` for an empty folder (but the lock), or one whose creation never finished; `ready` for a Moat
 * database this version can open. Anything else is refused without touching the folder.
 */
function inspectPgliteFolder(dir: string): 'new' | 'ready' {
  const entries = readdirSync(dir).filter((entry) => entry !== LOCK_FILE);
  if (entries.length === 0 || entries.includes(CREATING_FLAG)) return 'new';
  if (!entries.includes('PG_VERSION') || !entries.includes(MARKER_FILE)) {
    throw new DatabaseSetupError(
      `${dir} is not a Moat database; point MOAT_DATA_DIR at an empty or new folder.`,
    );
  }
  const schema = readMarker(dir);
  if (schema === undefined) {
    throw new DatabaseSetupError(
      `${join(dir, MARKER_FILE)} is unreadable; ${dir} is not a usable Moat database.`,
    );
  }
  if (!knownMigrations().includes(schema)) {
    throw new DatabaseSetupError(
      `${dir} was written by a newer version of Moat (schema ${schema}); upgrade Moat to open it.`,
    );
  }
  return 'ready';
}

function readMarker(dir: string): string | undefined {
  try {
    const { schema } = JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8')) as { schema?: unknown };
    return typeof schema === 'string' ? schema : undefined;
  } catch {
    return undefined;
  }
}

function writeMarker(dir: string): void {
  const schema = knownMigrations().at(-1);
  writeFileSync(join(dir, MARKER_FILE), `${JSON.stringify({ schema }, null, 2)}\n`);
}
