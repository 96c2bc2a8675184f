// Moat prepares each statement with parameters once (per connection on PostgreSQL, once on the
// embedded database), so that the database plans it once: a later request with other values
// runs the prepared statement.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseConnection, openDatabase, queryRows } from '../../src/db/connection.js';
import { createMoatYoga } from '../../src/server.js';
import { copyPostgresTemplate, onPostgres, startTestServer } from '../helpers.js';
import { databaseUrl, dropDatabase } from '../postgres.js';

const Lookup = 'query Lookup($slug: String!) { company(slug: $slug) { name } }';

/** PostgreSQL as `moat serve` opens it with DATABASE_URL, on a copy of the seeded database. */
async function openPostgres(): Promise<DatabaseConnection> {
  const name = await copyPostgresTemplate();
  const connection = await openDatabase({ dataDir: '', databaseUrl: databaseUrl(name) });
  return {
    ...connection,
    async close() {
      await connection.close();
      await dropDatabase(name);
    },
  };
}

/** The embedded database, as `moat serve` opens it. */
async function openPglite(): Promise<DatabaseConnection> {
  return (await startTestServer()).connection;
}

describe(`prepared statements on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let connection: DatabaseConnection;
  beforeAll(async () => {
    connection = await (onPostgres ? openPostgres : openPglite)();
  });
  afterAll(() => connection?.close());

  const lookUp = async (slug: string) => {
    const yoga = createMoatYoga({ db: connection.db, logging: false });
    const response = await yoga.fetch('http://moat.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: Lookup, variables: { slug } }),
    });
    return (await response.json()) as { data: { company: { name: string } | null } };
  };

  // Requests run one at a time here, so the PostgreSQL pool serves them all from one connection.
  const prepared = () =>
    queryRows<{ name: string; calls: number }>(
      connection.db,
      sql`select name, (generic_plans + custom_plans)::int as calls from pg_prepared_statements
          where statement like '%from "companies"%'`,
    );

  it('runs a lookup with other values as the statement it prepared the first time', async () => {
    expect((await lookUp('openai')).data.company?.name).toBe('OpenAI');
    expect((await lookUp('deepseek')).data.company?.name).toBe('DeepSeek');
    expect((await lookUp('no-such-company')).data.company).toBeNull();

    const statements = await prepared();
    expect(statements).toHaveLength(1);
    expect(statements[0]?.name).toMatch(/^moat_/);
    expect(statements[0]?.calls).toBe(3);
  });

  it('sends a lone surrogate as U+FFFD, and the values after it as they are', async () => {
    // PGlite measured a lone low surrogate after a multi-byte character short, and read the rest
    // of the message askew.
    const rows = await queryRows<{ text: string; next: string }>(
      connection.db,
      sql`select ${'zero\u200B\uDFFF width'}::text as text, ${'next'}::text as next`,
    );
    expect(rows).toEqual([{ text: 'zero\u200B\uFFFD width', next: 'next' }]);
  });
});
