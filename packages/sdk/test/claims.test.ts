import { startMoatServer } from '@moat/server/testing.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoatClient, type MoatClient } from '../src/index.js';
import { disputeRoundAmount } from './helpers.js';

// Claims are written, so these tests get a server of their own.
let moat: MoatClient;
let stop: () => Promise<void> = async () => {};
beforeAll(async () => {
  const server = await startMoatServer();
  moat = createMoatClient({ url: server.url, apiKey: server.writeKey });
  stop = server.stop;
});
afterAll(() => stop());

describe('claims and disputes through the SDK', () => {
  it('an update with a citation adds a claim; two sources that disagree leave the amount disputed', async () => {
    const { round, wire, blog } = await disputeRoundAmount(moat, 'cohere', 'Cohere');
    const { fundingRound } = await moat.fundingRound({ id: round });
    // The later claim wins while the dispute lasts.
    expect(fundingRound?.amount).toMatchObject({ amount: '270000000', currency: 'USD' });
    expect(fundingRound?.disputed).toEqual(['AMOUNT']);
    expect(
      fundingRound?.amountClaims.map((claim) => ({
        amount: claim.value?.amount,
        rank: claim.rank,
        property: claim.property,
        recordedBy: claim.recordedBy,
        citations: claim.citations.map((citation) => [citation.source.title, citation.excerpt]),
      })),
    ).toEqual([
      {
        amount: '270000000',
        rank: 'NORMAL',
        property: 'AMOUNT',
        recordedBy: 'tests (write)',
        citations: [[blog.title, blog.excerpt]],
      },
      {
        amount: '250000000',
        rank: 'NORMAL',
        property: 'AMOUNT',
        recordedBy: 'tests (write)',
        citations: [[wire.title, wire.excerpt]],
      },
    ]);
    // The stage both agree on is not disputed.
    expect(fundingRound?.stageClaims.map((claim) => claim.value)).toEqual(['SERIES_C']);
  });

  it('rankClaim PREFERRED gives the property its value and settles the dispute', async () => {
    const { round } = await disputeRoundAmount(moat, 'writer', 'Writer');
    const before = (await moat.fundingRound({ id: round })).fundingRound;
    const chosen = before?.amountClaims.find((claim) => claim.value?.amount === '250000000');
    if (!chosen) throw new Error('the wire’s claim is missing');

    const { rankClaim } = await moat.rankClaim({ input: { claim: chosen.id, rank: 'PREFERRED' } });
    if (rankClaim.__typename !== 'RankClaimPayload') throw new Error(rankClaim.message);
    expect(rankClaim.claim).toMatchObject({
      __typename: 'MoneyClaim',
      id: chosen.id,
      rank: 'PREFERRED',
      deprecationReason: null,
      moneyValue: { amount: '250000000', currency: 'USD' },
    });
    const { fundingRound } = await moat.fundingRound({ id: round });
    expect(fundingRound?.amount?.amount).toBe('250000000');
    expect(fundingRound?.disputed).toEqual([]);
    expect(fundingRound?.amountClaims.map((claim) => [claim.value?.amount, claim.rank])).toEqual([
      ['250000000', 'PREFERRED'],
      ['270000000', 'NORMAL'],
    ]);
    const { disputes } = await moat.disputes({ filter: { company: 'writer' } });
    expect(disputes.totalCount).toBe(0);
  });

  it('disputes lists the disputed amount with its round and both claims, filtered by company and type', async () => {
    const { round, wire, blog } = await disputeRoundAmount(moat, 'character-ai', 'Character AI');
    const { disputes } = await moat.disputes({ filter: { company: 'character-ai' } });
    expect(disputes.totalCount).toBe(1);
    const [dispute] = disputes.nodes;
    expect(dispute?.property).toBe('AMOUNT');
    expect(dispute?.record).toMatchObject({
      __typename: 'FundingRound',
      id: round,
      stage: 'SERIES_C',
      company: { slug: 'character-ai', name: 'Character AI' },
    });
    expect(
      dispute?.claims.map((claim) => [
        claim.__typename === 'MoneyClaim' && claim.moneyValue?.amount,
        claim.citations[0]?.excerpt,
      ]),
    ).toEqual([
      ['270000000', blog.excerpt],
      ['250000000', wire.excerpt],
    ]);
    const companies = await moat.disputes({ filter: { company: 'character-ai', type: 'COMPANY' } });
    expect(companies.disputes.totalCount).toBe(0);
    const rounds = await moat.disputes({ filter: { company: 'character-ai', type: 'FUNDING_ROUND' } });
    expect(rounds.disputes.nodes.map((node) => node.property)).toEqual(['AMOUNT']);
  });

  it('companyClaims reads every claim on a company; the company lists its headquarters as disputed', async () => {
    const { addSource } = await moat.addSource({ input: { title: 'Aleph Alpha profile', kind: 'ARTICLE' } });
    if (addSource.__typename !== 'AddSourcePayload') throw new Error(addSource.message);
    const cite = (excerpt: string) => ({ source: addSource.source.id, excerpt });
    await moat.createCompany({ input: { slug: 'aleph-alpha', name: 'Aleph Alpha', kind: 'STARTUP' } });
    for (const [headquarters, excerpt] of [
      ['Heidelberg', 'Aleph Alpha, based in Heidelberg.'],
      ['Berlin', 'The Berlin start-up Aleph Alpha …'],
    ] as const) {
      const { updateCompany } = await moat.updateCompany({
        input: { slug: 'aleph-alpha', headquarters, citation: cite(excerpt) },
      });
      if (updateCompany.__typename !== 'UpdateCompanyPayload') throw new Error(updateCompany.message);
    }
    const { company } = await moat.company({ slug: 'aleph-alpha' });
    expect(company?.headquarters).toBe('Berlin');
    expect(company?.disputed).toEqual(['HEADQUARTERS']);
    const claims = (await moat.companyClaims({ slug: 'aleph-alpha' })).company;
    expect(claims?.disputed).toEqual(['HEADQUARTERS']);
    expect(
      claims?.headquartersClaims.map((claim) => [claim.value, claim.citations.map((c) => c.excerpt)]),
    ).toEqual([
      ['Berlin', ['The Berlin start-up Aleph Alpha …']],
      ['Heidelberg', ['Aleph Alpha, based in Heidelberg.']],
    ]);
    expect(claims?.kindClaims).toEqual([]);
  });

  it('a fact without a citation narrows to ValidationError at input.citation; nothing is claimed', async () => {
    const { round } = await disputeRoundAmount(moat, 'adept', 'Adept');
    const { updateFundingRound } = await moat.updateFundingRound({
      input: { round, amount: '300000000' },
    });
    if (updateFundingRound.__typename !== 'ValidationError')
      throw new Error(`expected a ValidationError, got ${updateFundingRound.__typename}`);
    expect(updateFundingRound.issues.map((issue) => issue.path)).toEqual([['input', 'citation']]);
    const { fundingRound } = await moat.fundingRound({ id: round });
    expect(fundingRound?.amountClaims.map((claim) => claim.value?.amount)).toEqual([
      '270000000',
      '250000000',
    ]);
  });
});
