// What an operator relies on: /health and /ready, a request ID on every answer and its JSON log
// line, Prometheus metrics at /metrics, and on PostgreSQL a statement timeout that answers with a
// typed error. On the project's database, opened as `moat serve` opens it.
import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { type DatabaseConnection, openDatabase } from '../../src/db/connection.js';
import { Metrics, type RequestLogLine } from '../../src/operations.js';
import { createMoatYoga, type MoatYoga } from '../../src/server.js';
import { copyPostgresTemplate, copyTemplate, onPostgres } from '../helpers.js';
import { databaseUrl, dropDatabase } from '../postgres.js';
import { subscribe } from '../sse.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Opened {
  connection: DatabaseConnection;
  /** The database's URL on PostgreSQL. */
  url?: string;
  metrics: Metrics;
}

/** PostgreSQL as `moat serve` opens it, on a copy of the seeded database, with a 300 ms timeout. */
async function openPostgres(): Promise<Opened> {
  const name = await copyPostgresTemplate();
  const metrics = new Metrics();
  const url = databaseUrl(name);
  const connection = await openDatabase({
    dataDir: '',
    databaseUrl: url,
    onQuery: metrics.countStatement,
    statementTimeoutMs: 300,
    readOnlyByDefault: true,
  });
  if (connection.pool) metrics.watchPool(connection.pool);
  return {
    url,
    metrics,
    connection: {
      ...connection,
      async close() {
        await connection.close();
        await dropDatabase(name);
      },
    },
  };
}

/** The embedded database, as `moat serve` opens it, on a copy of the seeded one. */
async function openPglite(): Promise<Opened> {
  const { dir, dataDir } = copyTemplate();
  const metrics = new Metrics();
  const connection = await openDatabase({ dataDir, onQuery: metrics.countStatement });
  return {
    metrics,
    connection: {
      ...connection,
      async close() {
        await connection.close();
        rmSync(dir, { recursive: true, force: true });
      },
    },
  };
}

describe(`operations on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let opened: Opened;
  let yoga: MoatYoga;
  const lines: RequestLogLine[] = [];
  beforeAll(async () => {
    opened = await (onPostgres ? openPostgres : openPglite)();
    yoga = createMoatYoga({
      db: opened.connection.db,
      logging: false,
      metrics: opened.metrics,
      requestLog: (line) => lines.push(line),
      listenForCommits: opened.connection.listenForCommits,
    });
  });
  let closed = false;
  const close = () => {
    if (closed || !opened) return;
    closed = true;
    return opened.connection.close();
  };
  afterAll(close);

  const get = (path: string) => yoga.fetch(`http://moat.test${path}`);
  const post = (body: object, headers: Record<string, string> = {}) =>
    yoga.fetch('http://moat.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers /health and /ready with 200 while the database answers', async () => {
    expect((await get('/health')).status).toBe(200);
    const ready = await get('/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
  });

  it('gives every answer a request ID and logs one JSON line for it', async () => {
    lines.splice(0);
    const response = await post({ query: 'query Named { company(slug: "openai") { name } }' });
    expect(await response.json()).toEqual({ data: { company: { name: 'OpenAI' } } });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(UUID);
    expect(lines).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        requestId,
        method: 'POST',
        path: '/graphql',
        status: 200,
        durationMs: expect.any(Number),
        operation: 'Named',
        operationType: 'query',
      },
    ]);

    lines.splice(0);
    const failed = await post({ query: '{ company(slug: "openai") { nonsense } }' });
    expect(failed.status).toBe(400);
    expect(lines).toEqual([expect.objectContaining({ status: 400, errors: ['GRAPHQL_VALIDATION_FAILED'] })]);
  });

  it("keeps a balancer's plain request ID and replaces one that is not", async () => {
    const kept = await post({ query: '{ __typename }' }, { 'x-request-id': 'balancer-7f3a.1' });
    expect(kept.headers.get('x-request-id')).toBe('balancer-7f3a.1');
    const replaced = await post({ query: '{ __typename }' }, { 'x-request-id': 'two words\u00e9' });
    expect(replaced.headers.get('x-request-id')).toMatch(UUID);
  });

  it('serves Prometheus metrics: requests by operation, errors by code, SQL statements', async () => {
    await post({ query: 'query Counted { companies(first: 1) { totalCount } }' });
    await post({ query: '{ nonsense }' });
    const response = await get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/^graphql_envelop_request_duration_bucket\{.*operationName="Counted".*\} [1-9]/m);
    expect(text).toMatch(/^graphql_envelop_request\{.*operationName="Counted".*\} [1-9]/m);
    expect(text).toMatch(/^moat_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/m);
    expect(text).toMatch(/^moat_sql_statements_total [1-9]/m);
    expect(text).toMatch(/^process_resident_memory_bytes [1-9]/m);
    if (onPostgres) expect(text).toMatch(/^moat_db_pool_connections\{state="idle"\} [1-9]/m);
  });

  it('counts the live subscriptions open', async () => {
    const open = async () =>
      (await (await get('/metrics')).text()).match(/^moat_subscriptions_open (\d+)$/m)?.[1];
    expect(await open()).toBe('0');
    const subscription = await subscribe(
      async (init) => yoga.fetch('http://moat.test/graphql', init),
      'subscription { changes { kind } }',
    );
    // The subscription joins once its stream is read: a keep-alive comes first.
    const reading = subscription.next(500).catch(() => undefined);
    await vi.waitFor(async () => expect(await open()).toBe('1'));
    await subscription.close();
    await reading;
    await vi.waitFor(async () => expect(await open()).toBe('0'));
  });

  it.runIf(onPostgres)(
    'cancels a statement that runs past the timeout and answers STATEMENT_TIMEOUT, without SQL',
    async () => {
      // Another connection holds the companies table, so the query waits until it is cancelled.
      const holder = new pg.Client({ connectionString: opened.url });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('lock table companies in access exclusive mode');
        const started = performance.now();
        const response = await post({ query: '{ company(slug: "openai") { name } }' });
        const elapsed = performance.now() - started;
        const body = await response.json();
        expect(body).toEqual({
          data: { company: null },
          errors: [
            {
              message:
                'The database took longer than the statement timeout and cancelled the request. Ask for less (smaller pages, fewer nested lists) or try again.',
              locations: [{ line: 1, column: 3 }],
              path: ['company'],
              extensions: { code: 'STATEMENT_TIMEOUT' },
            },
          ],
        });
        expect(elapsed).toBeGreaterThanOrEqual(250);
      } finally {
        await holder.query('rollback');
        await holder.end();
      }
      // The lock gone, the same request is answered.
      expect(await (await post({ query: '{ company(slug: "openai") { name } }' })).json()).toEqual({
        data: { company: { name: 'OpenAI' } },
      });
    },
  );

  it.runIf(onPostgres)('runs reads in read-only transactions: only a mutation writes', async () => {
    await expect(opened.connection.db.execute(sql`update companies set name = name`)).rejects.toMatchObject({
      cause: { code: '25006' },
    });
    // A key made as `moat keys create` makes it, on a connection of its own.
    const keys = await openDatabase({ dataDir: '', databaseUrl: opened.url });
    const { key } = await createApiKey(keys.db, 'operations', ['write', 'admin']);
    await keys.close();
    const created = await post(
      {
        query:
          'mutation { createCompany(input: { slug: "read-only-check", name: "Read Only Check", kind: STARTUP }) { __typename } }',
      },
      { authorization: `Bearer ${key}` },
    );
    expect(await created.json()).toEqual({
      data: { createCompany: { __typename: 'CreateCompanyPayload' } },
    });
    const imported = await post(
      {
        query: 'mutation ($input: ImportRecordsInput!) { importRecords(input: $input) { __typename } }',
        variables: {
          input: {
            records: JSON.stringify({
              type: 'Company',
              slug: 'imported-check',
              name: 'Imported',
              kind: 'STARTUP',
            }),
          },
        },
      },
      { authorization: `Bearer ${key}` },
    );
    expect(await imported.json()).toEqual({
      data: { importRecords: { __typename: 'ImportRecordsPayload' } },
    });
  });

  it('answers /ready with 503 once the database is gone', async () => {
    await close();
    const ready = await get('/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false });
  });
});
