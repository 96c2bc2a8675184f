import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, fundingRounds, investments } from '../src/db/schema.js';
import { startWriteTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let key = '';
let sourceId = '';

beforeAll(async () => {
  ({ server, key, sourceId } = await startWriteTestServer());
});
afterAll(() => server.close());

const ROUND = `fundingRound {
  id version stage status amount { amount currency } postMoneyValuation { amount }
  announcedOn { label } closedOn { label }
  investors { ... on Company { slug } ... on Person { slug } }
  leadInvestors { ... on Company { slug } ... on Person { slug } }
  statusHistory { status on { label } citations { excerpt } }
  citations { excerpt }
  company { slug totalRaised { amount } }
}`;

const RECORD = `mutation ($input: RecordFundingRoundInput!) {
  recordFundingRound(input: $input) {
    __typename
    ... on RecordFundingRoundPayload { ${ROUND} }
    ... on ValidationError { issues { path message } }
    ... on UserError { message }
  }
}`;

const UPDATE = `mutation ($input: UpdateFundingRoundInput!) {
  updateFundingRound(input: $input) {
    __typename
    ... on UpdateFundingRoundPayload { ${ROUND} }
    ... on ValidationError { issues { path message } }
    ... on ConflictError { currentVersion }
    ... on UserError { message }
  }
}`;

async function send(query: string, input: unknown, apiKey = key) {
  const response = await server.query(query, { input }, apiKey);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data)[0] as Record<string, any>;
}

async function counts() {
  const db = server.connection.db;
  const [rounds] = await db.select({ n: count() }).from(fundingRounds);
  const [parts] = await db.select({ n: count() }).from(investments);
  const [audit] = await db.select({ n: count() }).from(auditLog);
  return { rounds: rounds?.n ?? 0, investments: parts?.n ?? 0, audit: audit?.n ?? 0 };
}

const excerpt = 'DeepSeek raised $500 million from Meta and Hugging Face, led by Meta, in March 2025';
const seriesA = () => ({
  company: 'deepseek',
  stage: 'SERIES_A',
  status: 'ANNOUNCED',
  currency: 'USD',
  amount: '500000000',
  amountUsd: '500000000',
  postMoneyValuation: '3000000000',
  announcedOn: { date: '2025-03-01', precision: 'MONTH' },
  investors: [{ company: 'meta' }, { company: 'hugging-face' }],
  leadInvestors: [{ company: 'meta' }],
  citation: { source: sourceId, excerpt },
});

describe('recordFundingRound', () => {
  let roundId = '';

  it('records a round with investors, leads, its first status and citation; the same round twice is one', async () => {
    const before = await counts();
    const result = await send(RECORD, seriesA());
    expect(result.fundingRound).toEqual({
      id: expect.any(String),
      version: 1,
      stage: 'SERIES_A',
      status: 'ANNOUNCED',
      amount: { amount: '500000000', currency: 'USD' },
      postMoneyValuation: { amount: '3000000000' },
      announcedOn: { label: 'March 2025' },
      closedOn: null,
      investors: [{ slug: 'meta' }, { slug: 'hugging-face' }],
      leadInvestors: [{ slug: 'meta' }],
      statusHistory: [{ status: 'ANNOUNCED', on: { label: 'March 2025' }, citations: [{ excerpt }] }],
      citations: [{ excerpt }],
      company: { slug: 'deepseek', totalRaised: { amount: '500000000' } },
    });
    roundId = result.fundingRound.id;
    expect(await counts()).toEqual({
      rounds: before.rounds + 1,
      investments: before.investments + 2,
      audit: before.audit + 1,
    });
    expect((await send(RECORD, seriesA())).fundingRound.id).toBe(roundId);
    expect((await counts()).rounds).toBe(before.rounds + 1);
  });

  it('refuses a lead who is not an investor, negative money, a bad currency and unknown investors; nothing written', async () => {
    const before = await counts();
    const refused = await send(RECORD, {
      ...seriesA(),
      stage: 'SERIES_B',
      amount: '-5',
      closedOn: { date: '2025-01-01' },
      leadInvestors: [{ person: 'sam-altman' }],
    });
    expect(refused.issues).toEqual([
      { path: ['input', 'amount'], message: 'must not be negative' },
      { path: ['input', 'closedOn', 'date'], message: 'must not be before `announcedOn`' },
      { path: ['input', 'leadInvestors', '0'], message: 'must also be among `investors`' },
    ]);
    const unknown = await send(RECORD, {
      ...seriesA(),
      stage: 'SERIES_B',
      investors: [{ company: 'meta' }, { person: 'no-one' }, { company: 'openai', person: 'sam-altman' }],
      leadInvestors: [],
    });
    expect(unknown.issues).toEqual([
      { path: ['input', 'investors', '2'], message: 'give a company or a person, not both' },
    ]);
    const missing = await send(RECORD, {
      ...seriesA(),
      stage: 'SERIES_B',
      investors: [{ person: 'no-one' }],
      leadInvestors: [],
    });
    expect(missing.issues).toEqual([
      { path: ['input', 'investors', '0', 'person'], message: 'no person has the slug "no-one"' },
    ]);
    const { investors: _, ...withoutInvestors } = seriesA();
    const leadsAlone = await send(RECORD, { ...withoutInvestors, stage: 'SEED' });
    expect(leadsAlone.issues).toEqual([
      { path: ['input', 'leadInvestors', '0'], message: 'must also be among `investors`' },
    ]);
    const currency = await server.query(RECORD, { input: { ...seriesA(), currency: 'XYZ1' } }, key);
    expect(currency.errors?.[0]?.message).toContain('currency');
    expect(await counts()).toEqual(before);
  });

  it('keeps a currency code given in lower case in capitals', async () => {
    const result = await send(RECORD, { ...seriesA(), stage: 'STRATEGIC', currency: 'eur', amountUsd: null });
    expect(result.fundingRound.amount).toEqual({ amount: '500000000', currency: 'EUR' });
    const deleted = await server.query(
      'mutation ($id: ID!) { deleteFundingRound(input: { id: $id }) { __typename } }',
      { id: result.fundingRound.id },
      key,
    );
    expect(deleted.data.deleteFundingRound.__typename).toBe('DeleteFundingRoundPayload');
  });

  it('updates a round at the version read; given investors replace the list, leads alone keep it', async () => {
    const updated = await send(UPDATE, {
      round: roundId,
      expectedVersion: 1,
      amount: '600000000',
      amountUsd: '600000000',
      investors: [{ company: 'meta' }, { company: 'hugging-face' }, { person: 'sam-altman' }],
    });
    expect(updated.fundingRound).toMatchObject({
      version: 2,
      amount: { amount: '600000000' },
      leadInvestors: [{ slug: 'meta' }],
      company: { totalRaised: { amount: '600000000' } },
    });
    // Leads come first; the others in no promised order.
    const slugs = (list: { slug: string }[]) => list.map((investor) => investor.slug);
    expect(slugs(updated.fundingRound.investors)[0]).toBe('meta');
    expect(slugs(updated.fundingRound.investors).sort()).toEqual(['hugging-face', 'meta', 'sam-altman']);
    const leads = await send(UPDATE, {
      round: roundId,
      expectedVersion: 2,
      leadInvestors: [{ company: 'hugging-face' }],
    });
    expect(leads.fundingRound).toMatchObject({ version: 3, leadInvestors: [{ slug: 'hugging-face' }] });
    expect(slugs(leads.fundingRound.investors).sort()).toEqual(['hugging-face', 'meta', 'sam-altman']);
  });

  it('refuses a stale version, a lead outside the round, and a closing before the announcement', async () => {
    const before = await counts();
    const stale = await send(UPDATE, { round: roundId, expectedVersion: 1, stage: 'SERIES_B' });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 3 });
    const outside = await send(UPDATE, {
      round: roundId,
      expectedVersion: 3,
      leadInvestors: [{ company: 'openai' }],
    });
    expect(outside.issues).toEqual([
      { path: ['input', 'leadInvestors', '0'], message: 'must also be among the round’s investors' },
    ]);
    const early = await send(UPDATE, {
      round: roundId,
      expectedVersion: 3,
      closedOn: { date: '2025-02-01' },
    });
    expect(early.issues).toEqual([
      { path: ['input', 'closedOn', 'date'], message: 'must not be before the announcement (2025-03-01)' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('lets one of 10 concurrent updates of one version win; the others get ConflictError', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        send(UPDATE, { round: roundId, expectedVersion: 3, amount: String(700000000 + index) }),
      ),
    );
    const kinds = results.map((result) => result.__typename).sort();
    expect(kinds.filter((kind) => kind === 'UpdateFundingRoundPayload')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'ConflictError')).toHaveLength(9);
  });

  it('names the date the input gives when announcing would come after closing', async () => {
    const version = (await server.query(`{ node(id: "${roundId}") { ... on FundingRound { version } } }`))
      .data.node.version;
    const closed = await send(UPDATE, {
      round: roundId,
      expectedVersion: version,
      closedOn: { date: '2025-04-01' },
    });
    expect(closed.fundingRound.closedOn).toEqual({ label: '2025-04-01' });
    const late = await send(UPDATE, {
      round: roundId,
      expectedVersion: version + 1,
      announcedOn: { date: '2025-05-01', precision: 'MONTH' },
    });
    expect(late.issues).toEqual([
      { path: ['input', 'announcedOn', 'date'], message: 'must not be after the closing (2025-04-01)' },
    ]);
  });
});
