// Live changes: the `changes` subscription over Server-Sent Events sends what the change feed
// shows, as writes commit; a client that comes back with its last cursor gets what it missed first.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { RecordFundingRound, seriesA } from '../funding-rounds/documents.js';
import { graphql } from '../graphql/gql.js';
import {
  onPostgres,
  startTestServer,
  type TestServer,
  useApiKey,
  useSeededSource,
  useTestServer,
} from '../helpers.js';
import { createApiKey, createMoatYoga } from '../moat.js';
import { type Subscription, subscribe } from '../sse.js';

const LiveChanges = graphql(`
  subscription LiveChanges($after: String, $filter: ChangeFilter) {
    changes(after: $after, filter: $filter) { cursor kind recordType recordId key tombstone }
  }
`);

const FeedPage = graphql(`
  query FeedPage($after: String, $filter: ChangeFilter) {
    changes(after: $after, first: 100, filter: $filter) {
      edges { cursor node { cursor kind recordType recordId key tombstone } }
      pageInfo { endCursor }
    }
  }
`);

const LiveCreateCompany = graphql(`
  mutation LiveCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id slug } } }
  }
`);

/** The feed's changes after `after` (up to 100) as the query pages them, and where it ends. */
async function feed(server: TestServer, after: string | null, filter?: object) {
  const { data, errors } = await server.query(FeedPage, { after, filter });
  expect(errors).toBeUndefined();
  return {
    changes: data.changes.edges.map((edge) => edge.node),
    end: data.changes.pageInfo.endCursor ?? null,
  };
}

describe('live changes', () => {
  const server = useTestServer();
  const analyst = useApiKey(server, 'live analyst', ['write']);
  const source = useSeededSource(server);
  const open: Subscription<unknown>[] = [];
  const live = async (variables: { after?: string | null; filter?: object } = {}) => {
    const subscription = await subscribe(server.fetch, LiveChanges, variables);
    open.push(subscription);
    expect(subscription.response.headers.get('content-type')).toContain('text/event-stream');
    return subscription;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
  });
  const createCompany = async (slug: string) => {
    const created = await server.send(LiveCreateCompany, { slug, name: slug, kind: 'STARTUP' }, analyst.key);
    return must(created.__typename === 'CreateCompanyPayload' ? created.company : undefined);
  };

  it('sends each write as it commits, as the feed shows it', async () => {
    const start = (await feed(server, null)).end;
    const subscription = await live();
    const first = await createCompany('live-one');
    const second = await createCompany('live-two');
    const sent = (await subscription.take(2)).map((data) => data.changes);
    expect(sent).toEqual([
      expect.objectContaining({
        kind: 'CREATE',
        recordType: 'Company',
        recordId: first.id,
        key: 'live analyst',
      }),
      expect.objectContaining({
        kind: 'CREATE',
        recordType: 'Company',
        recordId: second.id,
        key: 'live analyst',
      }),
    ]);
    // The same changes, cursors and all, as the query pages them.
    expect(sent).toEqual((await feed(server, start)).changes);
  });

  it('sends only what the filter selects, as the query selects it', async () => {
    const start = (await feed(server, null)).end;
    const filter = { company: 'openai', types: ['FundingRound'] };
    const subscription = await live({ filter });
    const company = await createCompany('live-other');
    const recordRound = async (company: string, stage: 'SEED' | 'SERIES_B') => {
      const recorded = await server.send(
        RecordFundingRound,
        { ...seriesA(source.id), company, stage },
        analyst.key,
      );
      return must(recorded.__typename === 'RecordFundingRoundPayload' ? recorded.fundingRound : undefined).id;
    };
    await recordRound(company.slug, 'SEED');
    const round = await recordRound('openai', 'SEED');
    const [sent] = await subscription.take(1);
    expect(must(sent).changes).toMatchObject({ kind: 'CREATE', recordType: 'FundingRound', recordId: round });
    expect([must(sent).changes]).toEqual((await feed(server, start, filter)).changes);
    // Nothing else came between: the next round it selects is the next thing sent.
    await recordRound(company.slug, 'SERIES_B');
    const next = await recordRound('openai', 'SERIES_B');
    expect((await subscription.take(1)).map((data) => data.changes.recordId)).toEqual([next]);
  });

  it('sends what was missed since a cursor first, then what comes', async () => {
    const start = must((await feed(server, null)).end);
    const missed = [await createCompany('live-missed-1'), await createCompany('live-missed-2')];
    const subscription = await live({ after: start });
    const later = await createCompany('live-later');
    const sent = (await subscription.take(3)).map((data) => data.changes.recordId);
    expect(sent).toEqual([...missed, later].map((company) => company.id));
    // Each change once: the write that came while it caught up is not sent again.
    await createCompany('live-after');
    expect((await subscription.take(1))[0]?.changes.recordId).not.toBe(later.id);
  });

  it('counts its open subscriptions and forgets those that close', async () => {
    const subscription = await live();
    await createCompany('live-counted');
    await subscription.take(1);
    // The stream is open: a second subscription opens beside it, and closing one leaves one.
    const other = await live();
    await createCompany('live-counted-2');
    await Promise.all([subscription.take(1), other.take(1)]);
    await subscription.close();
    await createCompany('live-counted-3');
    expect((await other.take(1))[0]?.changes.kind).toBe('CREATE');
  });

  it('refuses a bad cursor, an unknown company and an unknown type, with typed errors', async () => {
    const bad = await live({ after: 'not-a-cursor' });
    const { event, result } = await bad.next();
    expect(event).toBe('next');
    expect(result?.errors).toEqual([
      expect.objectContaining({
        message: 'Invalid cursor: not-a-cursor',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    const unknown = await live({ filter: { company: 'no-such-company' } });
    expect((await unknown.next()).result?.errors).toEqual([
      expect.objectContaining({
        message: 'No company has the slug "no-such-company".',
        extensions: { code: 'NOT_FOUND' },
      }),
    ]);
    const invalid = await subscribe(
      server.fetch,
      'subscription { changes(filter: { types: [Planet] }) { kind } }',
    );
    expect((await invalid.next()).result?.errors).toEqual([
      expect.objectContaining({
        message: 'Value "Planet" does not exist in "ChangeRecordType" enum.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });
});

describe('live changes with reads closed', () => {
  const server = useTestServer({ requireKeyForReads: true });
  const reader = useApiKey(server, 'live reader', []);

  it('needs a key to subscribe', async () => {
    const refused = await subscribe(server.fetch, LiveChanges, {});
    expect(refused.response.status).toBe(401);
    expect(await refused.response.json()).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'NOT_AUTHORIZED' } })],
    });
    const allowed = await subscribe(server.fetch, LiveChanges, {}, reader.key);
    expect(allowed.response.status).toBe(200);
    await allowed.close();
  });
});

describe('live changes when the server stops', () => {
  it('end with CHANGES_INTERRUPTED and the cursor to come back with', async () => {
    const server = await startTestServer();
    try {
      const { key } = await createApiKey(server.connection.db, 'stopper', ['write']);
      const subscription = await subscribe(server.fetch, LiveChanges, {});
      await server.send(LiveCreateCompany, { slug: 'live-stop', name: 'Live Stop', kind: 'STARTUP' }, key);
      const [sent] = await subscription.take(1);
      await server.close();
      const { event, result } = await subscription.next();
      expect({ event, errors: result?.errors }).toEqual({
        event: 'next',
        errors: [
          expect.objectContaining({
            message:
              'The change feed stopped: the server is shutting down. Subscribe again with `after` set to the last cursor you received.',
            path: ['changes'],
            extensions: { code: 'CHANGES_INTERRUPTED', after: must(sent).changes.cursor },
          }),
        ],
      });
      expect((await subscription.next()).event).toBe('complete');
    } finally {
      await server.close().catch(() => {});
    }
  });
});

describe.runIf(onPostgres)('live changes on PostgreSQL', () => {
  let server: TestServer;
  let key: string;
  beforeEach(async () => {
    server = await startTestServer();
    key = (await createApiKey(server.connection.db, 'pg analyst', ['write'])).key;
  });
  afterEach(() => server.close());
  const createCompany = async (via: TestServer | ReturnType<typeof createMoatYoga>, slug: string) => {
    const body = JSON.stringify({
      query: 'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { __typename } }',
      variables: { input: { slug, name: slug, kind: 'STARTUP' } },
    });
    const init = {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    };
    const response = await ('connection' in via
      ? via.fetch(init)
      : via.fetch('http://moat.test/graphql', init));
    expect(await response.json()).toEqual({
      data: { createCompany: { __typename: 'CreateCompanyPayload' } },
    });
  };

  it('hears writes made through another server on the same database (LISTEN/NOTIFY)', async () => {
    // A second Moat on the database, as another process would be: its writes reach this one's
    // subscribers by PostgreSQL's notifications, not through memory.
    const other = createMoatYoga({ db: server.connection.db, logging: false });
    const subscription = await subscribe(server.fetch, LiveChanges, {});
    await createCompany(other, 'pg-elsewhere');
    const [sent] = await subscription.take(1);
    expect(must(sent).changes).toMatchObject({ kind: 'CREATE', recordType: 'Company', key: 'pg analyst' });
    await subscription.close();
    await other.dispose();
  });

  it('ends with a clear error when its database connection is lost, and resumes from the cursor', async () => {
    const subscription = await subscribe(server.fetch, LiveChanges, {});
    await createCompany(server, 'pg-before-loss');
    const [sent] = await subscription.take(1);
    const cursor = must(sent).changes.cursor;
    await server.connection.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'moat-changes' and datname = current_database()`,
    );
    const { result } = await subscription.next();
    expect(result?.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^The change feed stopped: the database connection was lost \(/),
        extensions: { code: 'CHANGES_INTERRUPTED', after: cursor },
      }),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/pg_|select|at \w+ \(/);
    expect((await subscription.next()).event).toBe('complete');

    await createCompany(server, 'pg-while-away');
    const resumed = await subscribe(server.fetch, LiveChanges, { after: cursor });
    await createCompany(server, 'pg-after-return');
    const caughtUp = (await resumed.take(2)).map((data) => data.changes.kind);
    expect(caughtUp).toEqual(['CREATE', 'CREATE']);
    await resumed.close();
  });
});
