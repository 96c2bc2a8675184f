// Concurrent writers, on the project's database. PGlite runs one transaction at a time, so there
// the writers take turns; on PostgreSQL they use separate connections and meet at a barrier before
// their first write, so every check-then-write and read-compare-write truly races.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEntries, auditedTypes, must, ofType, rowCount } from '../assertions.js';
import { UpdateFundingRound } from '../funding-rounds/documents.js';
import { graphql } from '../graphql/gql.js';
import { onPostgres, startTestServer, type TestServer } from '../helpers.js';
import { createApiKey, tables } from '../moat.js';

const RaceUpdateCompany = graphql(`
  mutation RaceUpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      __typename
      ... on UpdateCompanyPayload { company { headquarters version } }
      ... on ConflictError { currentVersion }
    }
  }
`);

const RaceCreateCompany = graphql(`
  mutation RaceCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      __typename
      ... on CreateCompanyPayload { company { id slug } }
    }
  }
`);

const RaceAddSource = graphql(`
  mutation RaceAddSource($input: AddSourceInput!) {
    addSource(input: $input) {
      __typename
      ... on AddSourcePayload { source { id } }
    }
  }
`);

const RaceRecordQuote = graphql(`
  mutation RaceRecordQuote($input: RecordQuoteInput!) {
    recordQuote(input: $input) {
      __typename
      ... on RecordQuotePayload { quote { id } }
    }
  }
`);

const RaceAddCitation = graphql(`
  mutation RaceAddCitation($input: AddCitationInput!) {
    addCitation(input: $input) {
      __typename
      ... on AddCitationPayload { citation { id } }
    }
  }
`);

const RaceChangeDealStatus = graphql(`
  mutation RaceChangeDealStatus($input: ChangeDealStatusInput!) {
    changeDealStatus(input: $input) {
      __typename
      ... on ChangeDealStatusPayload { round { status version } }
      ... on ConflictError { currentVersion }
    }
  }
`);

const RaceSeeded = graphql(`
  query RaceSeeded {
    company(slug: "openai") { id version }
    sources { nodes { id } }
    fundingRounds(filter: { company: "openai" }) { nodes { id version } }
  }
`);

const RaceStatusHistory = graphql(`
  query RaceStatusHistory($id: ID!) {
    fundingRound(id: $id) { statusHistory { status } }
  }
`);

const RaceRoundAmount = graphql(`
  query RaceRoundAmount($id: ID!) {
    fundingRound(id: $id) { amount { amount } amountClaims { value { amount } citations { excerpt } } disputed }
  }
`);

const RaceQuoteCitations = graphql(`
  query RaceQuoteCitations($id: ID!) {
    node(id: $id) { ... on Quote { citations { excerpt } } }
  }
`);

describe(onPostgres ? 'writers overlapping at a barrier' : 'writers taking turns', () => {
  let server: TestServer;
  let key: string;
  let seeded: { companyId: string; sourceId: string; roundId: string };

  beforeEach(async () => {
    server = await startTestServer();
    key = (await createApiKey(server.connection.db, 'racer', ['write'])).key;
    const { data } = await server.query(RaceSeeded);
    const round = must(data.fundingRounds.nodes[0]);
    seeded = {
      companyId: must(data.company).id,
      sourceId: must(data.sources.nodes[0]).id,
      roundId: round.id,
    };
  });
  afterEach(() => server?.close());

  /** Sends `inputs` at once; on PostgreSQL, asserts their transactions met before writing. */
  async function race<TData, TInput>(
    document: TypedDocumentNode<TData, { input: TInput }>,
    inputs: NoInfer<TInput>[],
  ): Promise<TData[keyof TData][]> {
    const barrier = onPostgres ? server.overlapWriters(inputs.length) : undefined;
    const results = await Promise.all(inputs.map((input) => server.send(document, input, key)));
    if (barrier) expect(barrier.complete, 'every writer reached its first write before any wrote').toBe(true);
    return results;
  }

  it('lets exactly one of 20 updates of one version win; the others get ConflictError', async () => {
    const results = await race(
      RaceUpdateCompany,
      Array.from({ length: 20 }, (_, i) => ({
        slug: 'openai',
        expectedVersion: 1,
        headquarters: `City ${i}`,
        citation: { source: seeded.sourceId, excerpt: `OpenAI, based in City ${i}` },
      })),
    );
    const winners = results.filter((result) => result.__typename === 'UpdateCompanyPayload');
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.__typename === 'ConflictError')).toEqual(
      Array(19).fill({ __typename: 'ConflictError', currentVersion: 2 }),
    );
    // The winner's citation, its claim and the company; nothing of the others.
    const { company } = ofType(winners[0], 'UpdateCompanyPayload');
    expect(await auditEntries(server, 'updateCompany')).toEqual(
      expect.inAnyOrder([
        expect.objectContaining({ recordType: 'Citation' }),
        expect.objectContaining({
          recordType: 'Claim',
          after: expect.objectContaining({ property: 'headquarters', value: company.headquarters }),
        }),
        expect.objectContaining({
          recordType: 'Company',
          after: expect.objectContaining({ ...company, version: 2 }),
        }),
      ]),
    );
  });

  it('creates 25 companies once each when 50 writers create each twice at once', async () => {
    const before = await rowCount(server, tables.companies);
    const results = await race(
      RaceCreateCompany,
      Array.from({ length: 50 }, (_, i) => ({
        slug: `lab-${i % 25}`,
        name: `Lab ${i % 25}`,
        kind: 'RESEARCH_LAB' as const,
      })),
    );
    const ids = new Map<string, Set<string>>();
    for (const result of results) {
      const { slug, id } = ofType(result, 'CreateCompanyPayload').company;
      ids.set(slug, (ids.get(slug) ?? new Set()).add(id));
    }
    expect([...ids.values()].map((set) => set.size)).toEqual(Array(25).fill(1));
    expect(await rowCount(server, tables.companies)).toBe(before + 25);
    expect(await auditEntries(server, 'createCompany')).toHaveLength(25);
  });

  it('gives one of 10 writers of one slug with different facts the company; the rest ConflictError', async () => {
    const results = await race(
      RaceCreateCompany,
      Array.from({ length: 10 }, (_, i) => ({
        slug: 'new-lab',
        name: `New Lab ${i}`,
        kind: 'STARTUP' as const,
      })),
    );
    const kinds = results.map((result) => result.__typename).sort();
    expect(kinds).toEqual([...Array(9).fill('ConflictError'), 'CreateCompanyPayload']);
    expect(await auditEntries(server, 'createCompany')).toHaveLength(1);
  });

  it('lets exactly one of 10 updates of one round version win', async () => {
    const results = await race(
      UpdateFundingRound,
      Array.from({ length: 10 }, (_, i) => ({
        round: seeded.roundId,
        expectedVersion: 1,
        amount: `${i + 1}000`,
        citation: { source: seeded.sourceId, excerpt: `The round raised ${i + 1}000` },
      })),
    );
    const kinds = results.map((result) => result.__typename).sort();
    expect(kinds).toEqual([...Array(9).fill('ConflictError'), 'UpdateFundingRoundPayload']);
    expect(await auditedTypes(server, 'updateFundingRound')).toEqual(['Citation', 'Claim', 'FundingRound']);
  });

  const SEEDED_ROUND_EXCERPT =
    "SoftBank Group's negotiations to lead a staggering $40 billion funding round for OpenAI, which could effectively double its valuation to $300 billion";

  it('lands both of two concurrent claim writes on one fact; the later published source is read', async () => {
    const published = async (publishedAt: string) => {
      const input = {
        kind: 'ARTICLE' as const,
        title: 'A round',
        url: `https://example.com/${publishedAt}`,
        publishedAt,
      };
      return ofType(await server.send(RaceAddSource, input, key), 'AddSourcePayload').source.id;
    };
    const earlier = await published('2025-03-01T00:00:00Z');
    const later = await published('2025-04-01T00:00:00Z');
    const claim = (amount: string, source: string) => ({
      round: seeded.roundId,
      amount,
      citation: { source, excerpt: `The round raised ${amount}` },
    });
    // Without expectedVersion neither waits for a version: a claim adds to the others, so both land.
    const results = await race(UpdateFundingRound, [claim('7000', later), claim('6000', earlier)]);
    expect(results.map((result) => result.__typename)).toEqual(Array(2).fill('UpdateFundingRoundPayload'));
    const { data } = await server.query(RaceRoundAmount, { id: seeded.roundId });
    expect(data.fundingRound).toEqual({
      amount: { amount: '7000' },
      // The seed's $40 billion, from an undated source, stays beside them.
      amountClaims: expect.inAnyOrder([
        { value: { amount: '7000' }, citations: [{ excerpt: 'The round raised 7000' }] },
        { value: { amount: '6000' }, citations: [{ excerpt: 'The round raised 6000' }] },
        { value: { amount: '40000000000' }, citations: [{ excerpt: SEEDED_ROUND_EXCERPT }] },
      ]),
      disputed: ['AMOUNT'],
    });
    expect(await auditedTypes(server, 'updateFundingRound')).toEqual(
      ['Citation', 'Claim', 'FundingRound'].flatMap((type) => [type, type]),
    );
  });

  it('records one of two status changes made from one status at once', async () => {
    const change = (status: 'CLOSED' | 'CANCELLED') => ({
      round: seeded.roundId,
      status,
      on: '2025-03-31',
      citation: { source: seeded.sourceId, excerpt: `The round was ${status.toLowerCase()}` },
    });
    const results = await race(RaceChangeDealStatus, [change('CLOSED'), change('CANCELLED')]);
    const [won, lost] = results.sort((a) => (a.__typename === 'ChangeDealStatusPayload' ? -1 : 1));
    const { status } = ofType(won, 'ChangeDealStatusPayload').round;
    // Overlapping, the other finds the round changed under it; after it, it finds a closed round.
    expect(lost?.__typename).toBe(onPostgres ? 'ConflictError' : 'ValidationError');
    const { data } = await server.query(RaceStatusHistory, { id: seeded.roundId });
    expect(data.fundingRound?.statusHistory.map((entry) => entry.status)).toEqual(['IN_NEGOTIATION', status]);
    expect(await auditEntries(server, 'changeDealStatus')).toHaveLength(1);
  });

  it('adds one source when 10 writers add the same URL at once', async () => {
    const before = await rowCount(server, tables.sources);
    const results = await race(
      RaceAddSource,
      Array(10).fill({ kind: 'ARTICLE' as const, title: 'A race', url: 'https://example.com/race' }),
    );
    const ids = new Set(results.map((result) => ofType(result, 'AddSourcePayload').source.id));
    expect(ids.size).toBe(1);
    expect(await rowCount(server, tables.sources)).toBe(before + 1);
    expect(await auditEntries(server, 'addSource')).toHaveLength(1);
  });

  it('records one quote, with one citation, when 10 writers record it at once', async () => {
    const before = await rowCount(server, tables.quotes);
    const results = await race(
      RaceRecordQuote,
      Array(10).fill({
        text: 'We race to the same line',
        form: 'PARAPHRASE' as const,
        attribution: 'A racer',
        about: ['openai'],
        citation: { source: seeded.sourceId, excerpt: 'We race to the same line, a racer said' },
      }),
    );
    const ids = new Set(results.map((result) => ofType(result, 'RecordQuotePayload').quote.id));
    expect(ids.size).toBe(1);
    expect(await rowCount(server, tables.quotes)).toBe(before + 1);
    const { data } = await server.query(RaceQuoteCitations, { id: must([...ids][0]) });
    expect(data.node).toEqual({ citations: [{ excerpt: 'We race to the same line, a racer said' }] });
    // The quote and a claim of each of its facts, once.
    expect(await auditedTypes(server, 'recordQuote')).toEqual(['Claim', 'Claim', 'Quote']);
  });

  it('adds one citation for one excerpt, and a position of its own to each of 10 excerpts, at once', async () => {
    const cite = (excerpt: string) => ({
      fact: seeded.companyId,
      citation: { source: seeded.sourceId, excerpt },
    });
    const same = await race(RaceAddCitation, Array(10).fill(cite('OpenAI, the lab, once more')));
    expect(new Set(same.map((result) => ofType(result, 'AddCitationPayload').citation.id)).size).toBe(1);
    const different = await race(
      RaceAddCitation,
      Array.from({ length: 10 }, (_, i) => cite(`OpenAI, excerpt ${i}`)),
    );
    expect(different.every((result) => result.__typename === 'AddCitationPayload')).toBe(true);
    const positions = await server.connection.db
      .select({ position: tables.citations.position })
      .from(tables.citations)
      .innerJoin(tables.companies, eq(tables.citations.companyId, tables.companies.id))
      .where(eq(tables.companies.slug, 'openai'))
      .orderBy(tables.citations.position);
    expect(positions.map((row) => row.position)).toEqual(positions.map((_, i) => i));
    expect(await auditEntries(server, 'addCitation')).toHaveLength(11);
  });
});
