import { describe, expect, it } from 'vitest';
import { must, ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import { graphql } from '../graphql/gql.js';
import type { ChangeDealStatusInput } from '../graphql/graphql.js';
import { startWriteTestServer } from '../helpers.js';

const DealStatusRound = graphql(`query DealStatusRound { fundingRounds { nodes { id } } }`);

const ChangeDealStatus = graphql(`
  mutation ChangeDealStatus($input: ChangeDealStatusInput!) {
    changeDealStatus(input: $input) {
      __typename
      ... on ChangeDealStatusPayload {
        round { status announcedOn { label } }
        change { status on { label } citations { excerpt } }
      }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const History = graphql(`
  query DealStatusHistory($id: ID!) {
    fundingRound(id: $id) {
      status
      statusHistory { status on { label } citations { excerpt source { title } } }
      company { totalRaised { amount } }
    }
  }
`);

/** The test's own server with the seeded OpenAI round, and ways to change and read its status. */
async function startWithRound() {
  const { server, analyst, source } = await startWriteTestServer();
  const roundId = must((await server.query(DealStatusRound)).data.fundingRounds.nodes[0]).id;
  /** Sends changeDealStatus with the analyst's key, or with none when `apiKey` is null. */
  const change = (input: ChangeDealStatusInput, apiKey: string | null = analyst.key) =>
    server.send(ChangeDealStatus, input, apiKey ?? undefined);
  return {
    server,
    source,
    roundId,
    change,
    issues: async (input: ChangeDealStatusInput) => ofType(await change(input), 'ValidationError').issues,
    history: async () => must((await server.query(History, { id: roundId })).data.fundingRound),
    citation: () => ({ source: source.id, excerpt: 'SoftBank Group has confirmed the round.' }),
  };
}

describe('deal status history', () => {
  it('starts with the status the seed reports, citing the article', async () => {
    const { history } = await startWithRound();
    expect((await history()).statusHistory).toEqual([
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
    const { server, source, roundId, issues, citation } = await startWithRound();
    const before = await databaseDigest(server);
    expect(await issues({ round: roundId, status: 'RUMORED', citation: citation() })).toEqual([
      { path: ['input', 'status'], message: 'a round does not go back from IN_NEGOTIATION to RUMORED' },
    ]);
    expect(
      await issues({ round: roundId, status: 'ANNOUNCED', on: '2999-01-01', citation: citation() }),
    ).toEqual([{ path: ['input', 'on'], message: 'must not be in the future' }]);
    expect(
      await issues({ round: roundId, status: 'ANNOUNCED', citation: { source: source.id, excerpt: ' ' } }),
    ).toEqual([{ path: ['input', 'citation', 'excerpt'], message: 'must not be blank' }]);
    expect(await issues({ round: source.id, status: 'ANNOUNCED', citation: citation() })).toEqual([
      { path: ['input', 'round', 'typename'], message: 'must be the ID of a funding round' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('needs a key with the write scope: NotAuthorizedError, nothing written', async () => {
    const { server, roundId, change, citation } = await startWithRound();
    const before = await databaseDigest(server);
    expect(await change({ round: roundId, status: 'ANNOUNCED', citation: citation() }, null)).toEqual({
      __typename: 'NotAuthorizedError',
      message: 'This needs an API key: send "Authorization: Bearer <key>".',
    });
    expect(await changesSince(server, before)).toEqual({});
  });

  it('records each change in order with its date and citation; totals count the round once it is announced', async () => {
    const { server, roundId, change, issues, history, citation } = await startWithRound();
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
    const announcedOnly = await databaseDigest(server);
    expect(
      await issues({ round: roundId, status: 'CLOSED', on: '2025-02-01', citation: citation() }),
    ).toEqual([{ path: ['input', 'on'], message: 'must not be before the announcement (2025-03-01)' }]);
    expect(await changesSince(server, announcedOnly)).toEqual({});
    const closed = await change({ round: roundId, status: 'CLOSED', citation: citation() });
    expect(ofType(closed, 'ChangeDealStatusPayload').round.status).toBe('CLOSED');
    const closedOnly = await databaseDigest(server);
    const again = await issues({ round: roundId, status: 'CANCELLED', citation: citation() });
    expect(again[0]?.message).toBe('a CLOSED round does not change status');
    expect(await changesSince(server, closedOnly)).toEqual({});

    const round = await history();
    expect(round.statusHistory.map((entry) => [entry.status, entry.on?.label ?? null])).toEqual([
      ['IN_NEGOTIATION', null],
      ['ANNOUNCED', 'March 2025'],
      ['CLOSED', null],
    ]);
    expect(round.company.totalRaised).toEqual({ amount: '40000000000' });
  });
});
