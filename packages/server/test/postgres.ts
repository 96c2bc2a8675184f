// PostgreSQL for the tests: the project "postgres" runs every server test on it (see
// vitest.config.ts), and the tests that need real concurrency run there, since PGlite runs one
// transaction at a time. `.ci/run` starts Debian's PostgreSQL and sets MOAT_TEST_DATABASE_URL;
// each test server gets a database of its own, copied from a seeded one.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { prepareStatements } from '../src/db/prepared-statements.js';

/** A PostgreSQL server the tests may create databases on (none: the project "postgres" is left out). */
export const testPostgresUrl = process.env.MOAT_TEST_DATABASE_URL || undefined;

/** The URL of database `name` on the tests' PostgreSQL server. */
export function databaseUrl(name: string): string {
  if (!testPostgresUrl)
    throw new Error('MOAT_TEST_DATABASE_URL is not set: the tests cannot reach PostgreSQL.');
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the server's maintenance database (creating and dropping databases). */
async function administer<Row>(...statements: string[]): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    let rows: Row[] = [];
    for (const statement of statements) rows = (await client.query(statement)).rows;
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * A new database, empty or a copy of `template`; its name. Names begin with the test run's
 * `run` (the global setup's), so that the run's end drops any a test left.
 */
export async function createDatabase(run: string, template?: string): Promise<string> {
  const name = `${run}_${randomUUID().replaceAll('-', '')}`;
  await administer(`create database ${name}${template ? ` template ${template}` : ''}`);
  return name;
}

/**
 * Drops a database, ending the tests' connections still open to it. Not `with (force)`: on
 * PostgreSQL 15 that refuses when an autovacuum worker is on the database, which a plain drop
 * stops by itself (and it waits a few seconds for the ended connections to go).
 */
export async function dropDatabase(name: string): Promise<void> {
  await administer(
    `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and usename = current_user and pid <> pg_backend_pid()`,
    `drop database if exists ${name}`,
  );
}

/** Drops every database of the test run `run` (see createDatabase). */
export async function dropDatabasesOf(run: string): Promise<void> {
  const databases = await administer<{ datname: string }>(
    `select datname from pg_database where starts_with(datname, '${run}_')`,
  );
  await Promise.all(databases.map(({ datname }) => dropDatabase(datname)));
}

/**
 * Makes concurrent transactions truly overlap: each transaction's first statement that writes
 * or takes a lock waits until `parties` transactions have reached theirs, then all go at once.
 * So every writer has made its checks before any writes, which a check-then-write race fails.
 */
export class WriteBarrier {
  #arrived = 0;
  #release!: () => void;
  readonly #released = new Promise<void>((resolve) => {
    this.#release = resolve;
  });
  /** Whether all parties arrived (false when the wait timed out: the writers did not overlap). */
  complete = false;

  constructor(
    readonly parties: number,
    timeoutMs = 10_000,
  ) {
    const timer = setTimeout(() => this.#release(), timeoutMs);
    this.#released.then(() => clearTimeout(timer));
  }

  arrive(): Promise<void> {
    this.#arrived += 1;
    if (this.#arrived === this.parties) {
      this.complete = true;
      this.#release();
    }
    return this.#released;
  }
}

/** A statement that writes or takes a lock: where a transaction first claims something. */
const CLAIM = /^\s*(insert|update|delete|select\s+pg_advisory_xact_lock)\b|\bfor\s+(update|share)\b/i;

/**
 * A pool of separate connections to database `name`, and `overlapNext(parties)`, which makes
 * the transactions that begin from then on meet at a new WriteBarrier.
 */
export function overlappingPool(name: string) {
  let current: WriteBarrier | undefined;
  class BarrierClient extends pg.Client {
    #barrier: WriteBarrier | undefined;
    override query(...args: any[]): any {
      const run = () => super.query(...(args as Parameters<pg.Client['query']>));
      const text: string = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '');
      if (/^\s*begin\b/i.test(text)) this.#barrier = current;
      else if (this.#barrier && CLAIM.test(text)) {
        const barrier = this.#barrier;
        this.#barrier = undefined;
        return barrier.arrive().then(run);
      }
      return run();
    }
  }
  // Room for the writers a barrier holds (up to 50 in the tests) and the requests beside them.
  const pool = new pg.Pool({ connectionString: databaseUrl(name), max: 60, Client: BarrierClient });
  // Statements are prepared as Moat's own pool prepares them.
  pool.on('connect', prepareStatements);
  return {
    pool,
    overlapNext(parties: number): WriteBarrier {
      current = new WriteBarrier(parties);
      return current;
    },
  };
}
