import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/api-keys.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let key = '';
let roundId = '';
let sourceId = '';

beforeAll(async () => {
  server = await startTestServer();
  key = (await createApiKey(server.connection.db, 'analyst', ['write'])).key;
  const { data } = await server.query('{ fundingRounds { nodes { id } } sources { nodes { id } } }');
  roundId = data.fundingRounds.nodes[0].id;
  sourceId = data.sources.nodes[0].id;
});
afterAll(() => server.close());

const CHANGE = `mutation ($input: ChangeDealStatusInput!) {
  changeDealStatus(input: $input) {
    __typename
    ... on ChangeDealStatusPayload {
      round { status announcedOn { label } }
      change { status on { label } citations { excerpt } }
    }
    ... on UserError { message }
    ... on ValidationError { issues { path message } }
  }
}`;

const HISTORY = `query ($id: ID!) {
  fundingRound(id: $id) {
    status
    statusHistory { status on { label } citations { excerpt source { title } } }
    company { totalRaised { amount } }
  }
}`;

/** Sends changeDealStatus with the analyst's key, or with none when `apiKey` is null. */
async function change(input: Record<string, unknown>, apiKey: string | null = key) {
  return (await server.query(CHANGE, { input }, apiKey ?? undefined)).data?.changeDealStatus;
}

const citation = () => ({ source: sourceId, excerpt: 'SoftBank Group has confirmed the round.' });

describe('deal status history', () => {
  it('starts with the status the seed reports, citing the article', async () => {
    const { data } = await server.query(HISTORY, { id: roundId });
    expect(data.fundingRound.statusHistory).toEqual([
      {
        status: 'IN_NEGOTIATION',
        on: null,
        citations: expect.arrayContaining([
          {
            excerpt:
              "SoftBank Group's negotiations to lead a staggering $40 billion funding round for OpenAI, which could effectively double its valuation to $300 billion",
            source: { title: 'The rise of DeepSeek' },
          },
        ]),
      },
    ]);
  });

  it('refuses going back, a future date, an unknown source and a blank excerpt: nothing written', async () => {
    const back = await change({ round: roundId, status: 'RUMORED', citation: citation() });
    expect(back.issues).toEqual([
      { path: ['input', 'status'], message: 'a round does not go back from IN_NEGOTIATION to RUMORED' },
    ]);
    const future = await change({
      round: roundId,
      status: 'ANNOUNCED',
      on: '2999-01-01',
      citation: citation(),
    });
    expect(future.issues).toEqual([{ path: ['input', 'on'], message: 'must not be in the future' }]);
    const blank = await change({
      round: roundId,
      status: 'ANNOUNCED',
      citation: { source: sourceId, excerpt: ' ' },
    });
    expect(blank.issues).toEqual([{ path: ['input', 'citation', 'excerpt'], message: 'must not be blank' }]);
    const wrongId = await change({ round: sourceId, status: 'ANNOUNCED', citation: citation() });
    expect(wrongId.issues).toEqual([
      { path: ['input', 'round', 'typename'], message: 'must be the ID of a funding round' },
    ]);
    const { data } = await server.query(HISTORY, { id: roundId });
    expect(data.fundingRound.statusHistory).toHaveLength(1);
    expect(data.fundingRound.status).toBe('IN_NEGOTIATION');
  });

  it('needs a key with the write scope', async () => {
    expect(await change({ round: roundId, status: 'ANNOUNCED', citation: citation() }, null)).toEqual({
      __typename: 'NotAuthorizedError',
      message: 'This needs an API key: send "Authorization: Bearer <key>".',
    });
  });

  it('records each change in order with its date and citation; totals count the round once it is announced', async () => {
    const announced = await change({
      round: roundId,
      status: 'ANNOUNCED',
      on: '2025-03-01',
      precision: 'MONTH',
      citation: citation(),
    });
    expect(announced).toEqual({
      __typename: 'ChangeDealStatusPayload',
      round: { status: 'ANNOUNCED', announcedOn: { label: 'March 2025' } },
      change: {
        status: 'ANNOUNCED',
        on: { label: 'March 2025' },
        citations: [{ excerpt: citation().excerpt }],
      },
    });
    const early = await change({ round: roundId, status: 'CLOSED', on: '2025-02-01', citation: citation() });
    expect(early.issues).toEqual([
      { path: ['input', 'on'], message: 'must not be before the announcement (2025-03-01)' },
    ]);
    const closed = await change({ round: roundId, status: 'CLOSED', citation: citation() });
    expect(closed.round.status).toBe('CLOSED');
    const again = await change({ round: roundId, status: 'CANCELLED', citation: citation() });
    expect(again.issues[0].message).toBe('a CLOSED round does not change status');

    const { data } = await server.query(HISTORY, { id: roundId });
    expect(
      data.fundingRound.statusHistory.map((entry: any) => [entry.status, entry.on?.label ?? null]),
    ).toEqual([
      ['IN_NEGOTIATION', null],
      ['ANNOUNCED', 'March 2025'],
      ['CLOSED', null],
    ]);
    expect(data.fundingRound.company.totalRaised).toEqual({ amount: '40000000000' });
  });
});
