// The change feed: every write, oldest first, paged by a cursor that neither misses nor repeats a
// change, even when transactions commit in another order than they began (on PostgreSQL).
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { must } from '../assertions.js';
import { RankClaim } from '../claims/documents.js';
import { graphql } from '../graphql/gql.js';
import { onPostgres, startTestServer, type TestServer, useApiKey, useTestServer } from '../helpers.js';
import { createApiKey } from '../moat.js';

const Changes = graphql(`
  query Changes($after: String, $first: Int, $last: Int, $before: String, $filter: ChangeFilter) {
    changes(after: $after, first: $first, last: $last, before: $before, filter: $filter) {
      edges { cursor node { kind recordType recordId key tombstone } }
      pageInfo { endCursor hasNextPage hasPreviousPage }
    }
  }
`);

const FeedCreateCompany = graphql(`
  mutation FeedCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id version } } }
  }
`);

const FeedUpdateCompany = graphql(`
  mutation FeedUpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) { __typename ... on UpdateCompanyPayload { company { version } } }
  }
`);

const FeedDeleteCompany = graphql(`
  mutation FeedDeleteCompany($input: DeleteCompanyInput!) {
    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } }
  }
`);

type Edge = {
  cursor: string;
  node: { kind: string; recordType: string; recordId: string; key?: string | null };
};

/** Every change after `after`, page by page (`first` a page), and the cursor to go on from. */
async function follow(server: TestServer, after: string | null, first = 100, filter?: object) {
  const edges: Edge[] = [];
  let cursor = after;
  for (;;) {
    const { data, errors } = await server.query(Changes, { after: cursor, first, filter });
    expect(errors).toBeUndefined();
    edges.push(...data.changes.edges);
    cursor = data.changes.pageInfo.endCursor ?? cursor;
    if (!data.changes.pageInfo.hasNextPage) return { edges, cursor };
  }
}

/**
 * Follows the feed from `after` until at least `count` changes have come. On PostgreSQL a change
 * shows once every older transaction on the server has ended, other tests' too.
 */
function followUntil(server: TestServer, after: string | null, count: number, first?: number) {
  return vi.waitFor(
    async () => {
      const followed = await follow(server, after, first);
      expect(followed.edges.length).toBeGreaterThanOrEqual(count);
      return followed;
    },
    { timeout: 30_000, interval: 100 },
  );
}

describe('the change feed', () => {
  const server = useTestServer();
  const analyst = useApiKey(server, 'feed analyst', ['write', 'admin']);

  it('starts with the seed data and then shows each write, oldest first, with its key', async () => {
    const seeded = await follow(server, null, 7);
    expect(seeded.edges.length).toBeGreaterThan(10);
    expect(new Set(seeded.edges.map((edge) => edge.node.kind))).toEqual(new Set(['CREATE', 'CLAIM']));
    expect(new Set(seeded.edges.map((edge) => edge.cursor)).size).toBe(seeded.edges.length);

    const created = await server.send(
      FeedCreateCompany,
      { slug: 'feed-co', name: 'Feed Co', kind: 'STARTUP' },
      analyst.key,
    );
    const company = must(created.__typename === 'CreateCompanyPayload' ? created.company : undefined);
    await server.send(
      FeedUpdateCompany,
      { slug: 'feed-co', name: 'Feed Company', expectedVersion: company.version },
      analyst.key,
    );
    await server.send(FeedDeleteCompany, { slug: 'feed-co' }, analyst.key);

    const after = await followUntil(server, seeded.cursor, 3);
    expect(after.edges.map((edge) => edge.node)).toEqual([
      { kind: 'CREATE', recordType: 'Company', recordId: company.id, key: 'feed analyst', tombstone: null },
      { kind: 'UPDATE', recordType: 'Company', recordId: company.id, key: 'feed analyst', tombstone: null },
      {
        kind: 'DELETE',
        recordType: 'Company',
        recordId: company.id,
        key: 'feed analyst',
        tombstone: expect.objectContaining({ slug: 'feed-co', name: 'Feed Company' }),
      },
    ]);

    // Nothing new: an empty page that keeps the follower's place.
    const { data } = await server.query(Changes, { after: after.cursor });
    expect(data.changes).toEqual({
      edges: [],
      pageInfo: { endCursor: after.cursor, hasNextPage: false, hasPreviousPage: true },
    });

    // Paging back from the end gives the same changes.
    const { data: last } = await server.query(Changes, { last: 3 });
    expect(last.changes.edges.map((edge) => edge.cursor)).toEqual(after.edges.map((edge) => edge.cursor));
  });

  it('shows a claim re-ranked as RANK on the Claim', async () => {
    const start = (await follow(server, null)).cursor;
    const { data } = await server.query(
      graphql(
        `query FeedClaim { fundingRounds(filter: { company: "openai" }) { nodes { amountClaims { id } } } }`,
      ),
    );
    const claim = must(must(data.fundingRounds.nodes[0]).amountClaims[0]).id;
    expect(
      (await server.query(RankClaim, { input: { claim, rank: 'PREFERRED' } }, analyst.key)).data.rankClaim
        .__typename,
    ).toBe('RankClaimPayload');
    expect((await followUntil(server, start, 1)).edges.map((edge) => edge.node)).toEqual([
      { kind: 'RANK', recordType: 'Claim', recordId: claim, key: 'feed analyst', tombstone: null },
    ]);
  });

  it('filters by record type and by company', async () => {
    const rounds = await follow(server, null, 100, { types: ['FundingRound'] });
    expect(rounds.edges.length).toBeGreaterThan(0);
    expect(new Set(rounds.edges.map((edge) => edge.node.recordType))).toEqual(new Set(['FundingRound']));

    const openai = await follow(server, null, 100, { company: 'openai' });
    const types = new Set(openai.edges.map((edge) => edge.node.recordType));
    expect(types).toContain('Company');
    expect(types).toContain('FundingRound');
    const { data } = await server.query(graphql(`query FeedOpenAI { company(slug: "openai") { id } }`));
    expect(
      openai.edges.filter((edge) => edge.node.recordType === 'Company').map((edge) => edge.node.recordId),
    ).toEqual([must(data.company).id]);

    expect((await follow(server, null, 100, { company: 'no-such-company' })).edges).toEqual([]);
  });

  it.each([
    ['not base64 of a cursor', 'bm90IGEgY3Vyc29y'],
    ['a company list cursor', 'REM6Tjpub25l'],
    ['a transaction past 64 bits', Buffer.from('change:99999999999999999999:1').toString('base64')],
  ])('refuses %s with BAD_USER_INPUT', async (_, cursor) => {
    const { data, errors } = await server.query(Changes, { after: cursor });
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: `Invalid cursor: ${cursor}`,
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it('refuses an unknown record type before running', async () => {
    const { errors } = await server.query('{ changes(filter: { types: [Spaceship] }) { edges { cursor } } }');
    expect(errors?.[0]?.message).toBe('Value "Spaceship" does not exist in "ChangeRecordType" enum.');
  });
});

describe.runIf(onPostgres)('the change feed on PostgreSQL, with transactions committing out of order', () => {
  let server: TestServer;
  let key: string;
  beforeEach(async () => {
    server = await startTestServer();
    key = (await createApiKey(server.connection.db, 'writer', ['write'])).key;
  });
  afterEach(() => server?.close());

  it('holds back a later commit until an earlier transaction ends, then shows both in order', async () => {
    const start = (await follow(server, null)).cursor;
    // Transaction A writes first and stays open; B begins later and commits at once.
    let commitA!: () => void;
    const aMayCommit = new Promise<void>((resolve) => {
      commitA = resolve;
    });
    let aWrote!: () => void;
    const aHasWritten = new Promise<void>((resolve) => {
      aWrote = resolve;
    });
    const a = server.connection.db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into audit_log (mutation, record_type, record_id, after) values ('test', 'Company', gen_random_uuid(), '{}')`,
      );
      aWrote();
      await aMayCommit;
    });
    await aHasWritten;
    let meanwhile: Awaited<ReturnType<typeof follow>>;
    try {
      await server.send(FeedCreateCompany, { slug: 'late-begun', name: 'Late Begun', kind: 'STARTUP' }, key);
      // B has committed, but A, older, may still commit: B is not shown yet.
      meanwhile = await follow(server, start);
    } finally {
      commitA();
      await a;
    }
    expect(meanwhile.edges).toEqual([]);
    expect(meanwhile.cursor).toBe(start);

    const after = await followUntil(server, meanwhile.cursor, 2);
    expect(after.edges.map((edge) => edge.node.kind)).toEqual(['CREATE', 'CREATE']);
    expect(after.edges.map((edge) => edge.node.key)).toEqual([null, 'writer']);
  });

  it('gives a follower paging during 40 concurrent writes each change once', async () => {
    const start = (await follow(server, null)).cursor;
    const seen: Edge[] = [];
    let cursor = start;
    let writing = true;
    const follower = (async () => {
      while (writing) {
        const page = await follow(server, cursor, 3);
        seen.push(...page.edges);
        cursor = page.cursor;
      }
    })();
    await Promise.all(
      Array.from({ length: 8 }, (_, writer) =>
        (async () => {
          for (let n = 0; n < 5; n++)
            await server.send(
              FeedCreateCompany,
              { slug: `w${writer}-${n}`, name: `W${writer} ${n}`, kind: 'STARTUP' },
              key,
            );
        })(),
      ),
    );
    writing = false;
    await follower;
    seen.push(...(await followUntil(server, cursor, 40 - seen.length, 3)).edges);

    const everything = await follow(server, start);
    expect(everything.edges).toHaveLength(40);
    expect(seen.map((edge) => edge.cursor)).toEqual(everything.edges.map((edge) => edge.cursor));
  });
});
