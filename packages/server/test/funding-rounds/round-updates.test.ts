import { beforeAll, describe, expect, it } from 'vitest';
import { must, ofType } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import type { UpdateFundingRoundInput } from '../graphql/graphql.js';
import { useWriteTestServer } from '../helpers.js';
import { RecordFundingRound, roundCounts, seriesA, UpdateFundingRound } from './documents.js';

const { server, analyst, source } = useWriteTestServer();
let roundId = '';
beforeAll(async () => {
  const recorded = await server.send(RecordFundingRound, seriesA(source.id), analyst.key);
  roundId = ofType(recorded, 'RecordFundingRoundPayload').fundingRound.id;
});

const update = async (input: Omit<UpdateFundingRoundInput, 'round'>) =>
  server.send(UpdateFundingRound, { round: roundId, ...input }, analyst.key);
const updated = async (input: Omit<UpdateFundingRoundInput, 'round'>) =>
  ofType(await update(input), 'UpdateFundingRoundPayload').fundingRound;
const issues = async (input: Omit<UpdateFundingRoundInput, 'round'>) =>
  ofType(await update(input), 'ValidationError').issues;
const counts = () => roundCounts(server);

describe('updateFundingRound', () => {
  it('updates a round at the version read; given investors replace the list, leads alone keep it', async () => {
    const round = await updated({
      expectedVersion: 1,
      amount: '600000000',
      amountUsd: '600000000',
      investors: [{ company: 'meta' }, { company: 'hugging-face' }, { person: 'sam-altman' }],
    });
    expect(round).toMatchObject({
      version: 2,
      amount: { amount: '600000000' },
      leadInvestors: [{ slug: 'meta' }],
      company: { totalRaised: { amount: '600000000' } },
    });
    // Leads come first; the others in no promised order.
    const slugs = (list: { slug?: string }[]) => list.map((investor) => investor.slug);
    expect(slugs(round.investors)[0]).toBe('meta');
    expect(slugs(round.investors).sort()).toEqual(['hugging-face', 'meta', 'sam-altman']);
    const leads = await updated({ expectedVersion: 2, leadInvestors: [{ company: 'hugging-face' }] });
    expect(leads).toMatchObject({ version: 3, leadInvestors: [{ slug: 'hugging-face' }] });
    expect(slugs(leads.investors).sort()).toEqual(['hugging-face', 'meta', 'sam-altman']);
  });

  it('refuses a stale version, a lead outside the round, and a closing before the announcement', async () => {
    const before = await counts();
    const stale = await update({ expectedVersion: 1, stage: 'SERIES_B' });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 3 });
    expect(await issues({ expectedVersion: 3, leadInvestors: [{ company: 'openai' }] })).toEqual([
      { path: ['input', 'leadInvestors', '0'], message: 'must also be among the round’s investors' },
    ]);
    expect(await issues({ expectedVersion: 3, closedOn: { date: '2025-02-01' } })).toEqual([
      { path: ['input', 'closedOn', 'date'], message: 'must not be before the announcement (2025-03-01)' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('names the date the input gives when announcing would come after closing', async () => {
    const { data } = await server.query(
      graphql(`
        query RoundVersion($id: ID!) {
          node(id: $id) { ... on FundingRound { version } }
        }
      `),
      { id: roundId },
    );
    const version = must(data.node && 'version' in data.node ? data.node.version : undefined);
    const closed = await updated({ expectedVersion: version, closedOn: { date: '2025-04-01' } });
    expect(closed.closedOn).toEqual({ label: '2025-04-01' });
    expect(
      await issues({ expectedVersion: version + 1, announcedOn: { date: '2025-05-01', precision: 'MONTH' } }),
    ).toEqual([
      { path: ['input', 'announcedOn', 'date'], message: 'must not be after the closing (2025-04-01)' },
    ]);
  });
});
