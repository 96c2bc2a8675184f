import { describe, expect, it } from 'vitest';
import { ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import type { RecordFundingRoundInput, UpdateFundingRoundInput } from '../graphql/graphql.js';
import { useWriteTestServer } from '../helpers.js';
import { RecordFundingRound, seriesA, UpdateFundingRound } from './documents.js';

const { server, analyst, source } = useWriteTestServer();

type Changes = Omit<UpdateFundingRoundInput, 'round'>;

/** Records `input` as a round of its own and returns its ID. */
async function recordRound(input: Partial<RecordFundingRoundInput>) {
  const recorded = await server.send(RecordFundingRound, { ...seriesA(source.id), ...input }, analyst.key);
  return ofType(recorded, 'RecordFundingRoundPayload').fundingRound.id;
}
const updateRound = async (round: string, input: Changes) =>
  server.send(UpdateFundingRound, { round, ...input }, analyst.key);
const updated = async (round: string, input: Changes) =>
  ofType(await updateRound(round, input), 'UpdateFundingRoundPayload').fundingRound;
const issues = async (round: string, input: Changes) =>
  ofType(await updateRound(round, input), 'ValidationError').issues;
/** The excerpt an update cites for the facts it gives. */
const citing = (excerpt: string) => ({ source: source.id, excerpt });

describe('updateFundingRound', () => {
  it('updates a round at the version read; given investors replace the list, leads alone keep it', async () => {
    const round = await recordRound({
      company: 'hugging-face',
      investors: [{ company: 'meta' }, { company: 'softbank-group' }],
    });
    const changed = await updated(round, {
      expectedVersion: 1,
      amount: '600000000',
      amountUsd: '600000000',
      investors: [{ company: 'meta' }, { company: 'softbank-group' }, { person: 'sam-altman' }],
      citation: citing('Hugging Face raised $600 million from Meta, SoftBank and Sam Altman'),
    });
    // The update's claims disagree with the round's first ones, from the same source: the later
    // recorded wins, and the facts are disputed.
    expect(changed).toMatchObject({
      version: 2,
      amount: { amount: '600000000' },
      leadInvestors: [{ slug: 'meta' }],
      company: { totalRaised: { amount: '600000000' } },
      disputed: ['AMOUNT', 'INVESTORS'],
    });
    // Leads come first; the others in no promised order.
    const slugs = (list: { slug?: string }[]) => list.map((investor) => investor.slug);
    expect(slugs(changed.investors)[0]).toBe('meta');
    expect(slugs(changed.investors).sort()).toEqual(['meta', 'sam-altman', 'softbank-group']);
    const leads = await updated(round, {
      expectedVersion: 2,
      leadInvestors: [{ company: 'softbank-group' }],
      citation: citing('SoftBank led the round'),
    });
    expect(leads).toMatchObject({
      version: 3,
      leadInvestors: [{ slug: 'softbank-group' }],
      disputed: ['AMOUNT', 'INVESTORS'],
    });
    expect(slugs(leads.investors).sort()).toEqual(['meta', 'sam-altman', 'softbank-group']);
  });

  it('refuses a stale version, a lead outside the round, and a closing before the announcement; nothing written', async () => {
    const round = await recordRound({
      company: 'meta',
      investors: [{ company: 'hugging-face' }],
      leadInvestors: [],
    });
    const citation = citing('Meta raised $550 million');
    expect((await updated(round, { expectedVersion: 1, amount: '550000000', citation })).version).toBe(2);
    const before = await databaseDigest(server);
    const stale = await updateRound(round, { expectedVersion: 1, stage: 'SERIES_B', citation });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    expect(
      await issues(round, { expectedVersion: 2, leadInvestors: [{ company: 'openai' }], citation }),
    ).toEqual([
      { path: ['input', 'leadInvestors', '0'], message: 'must also be among the round’s investors' },
    ]);
    expect(await issues(round, { expectedVersion: 2, closedOn: { date: '2025-02-01' }, citation })).toEqual([
      { path: ['input', 'closedOn', 'date'], message: 'must not be before the announcement (2025-03-01)' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('names the date the input gives when announcing would come after closing; nothing written', async () => {
    const round = await recordRound({ company: 'new-york-university', investors: [], leadInvestors: [] });
    const citation = citing('The round closed on 1 April 2025');
    const closed = await updated(round, { expectedVersion: 1, closedOn: { date: '2025-04-01' }, citation });
    expect(closed.closedOn).toEqual({ label: '2025-04-01' });
    const before = await databaseDigest(server);
    const announced = { date: '2025-05-01', precision: 'MONTH' as const };
    expect(await issues(round, { expectedVersion: 2, announcedOn: announced, citation })).toEqual([
      { path: ['input', 'announcedOn', 'date'], message: 'must not be after the closing (2025-04-01)' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });
});
