import { describe, expect, it } from 'vitest';
import { addedClaim, addedClaimCitation, claimAudited, ofType } from '../assertions.js';
import { changesSince, type DatabaseDigest, databaseDigest, keysWhere } from '../database.js';
import type { RecordFundingRoundInput } from '../graphql/graphql.js';
import { useWriteTestServer, uuidOf } from '../helpers.js';
import { excerpt, RecordFundingRound, seriesA } from './documents.js';

const { server, analyst, source } = useWriteTestServer();

/** The ID of the company with `slug`, as a digest holds it. */
const companyId = (digest: DatabaseDigest, slug: string) =>
  keysWhere(digest, 'companies', (company) => company.slug === slug)[0];

const record = async (input: RecordFundingRoundInput) => server.send(RecordFundingRound, input, analyst.key);
/** The issues a ValidationError names for `input`. */
const issues = async (input: RecordFundingRoundInput) =>
  ofType(await record(input), 'ValidationError').issues;

describe('recordFundingRound', () => {
  it('records a round with investors, leads, its first status and citation; the same round twice is one', async () => {
    const before = await databaseDigest(server);
    const result = ofType(await record(seriesA(source.id)), 'RecordFundingRoundPayload');
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
      disputed: [],
    });
    // The round, its two investments, its first status, the two citations, a claim of each fact
    // the round's citation supports, and the audit entries of the round and its claims.
    const claims = {
      stage: 'SERIES_A',
      amount: { amount: '500000000', currency: 'USD', usd: '500000000' },
      postMoneyValuation: { amount: '3000000000', currency: 'USD', usd: null },
      announcedOn: { date: '2025-03-01', precision: 'MONTH' },
      investors: [
        { companyId: companyId(before, 'meta'), personId: null, isLead: true },
        { companyId: companyId(before, 'hugging-face'), personId: null, isLead: false },
      ],
    };
    const round = { funding_round_id: uuidOf(result.fundingRound.id) };
    const facts = Object.entries(claims);
    expect(await changesSince(server, before)).toEqual({
      funding_rounds: { added: [expect.objectContaining({ stage: 'SERIES_A', version: 1 })] },
      investments: {
        added: expect.arrayContaining([
          expect.objectContaining({ is_lead: true }),
          expect.objectContaining({ is_lead: false }),
        ]),
      },
      deal_status_changes: { added: [expect.objectContaining({ status: 'ANNOUNCED' })] },
      citations: { added: [expect.objectContaining({ excerpt }), expect.objectContaining({ excerpt })] },
      claims: {
        added: expect.inAnyOrder(facts.map(([property, value]) => addedClaim(round, property, value))),
      },
      claim_citations: { added: facts.map(() => addedClaimCitation) },
      audit_log: {
        added: expect.inAnyOrder([
          expect.objectContaining({ mutation: 'recordFundingRound', record_type: 'FundingRound' }),
          ...facts.map(([property, value]) => claimAudited('recordFundingRound', property, value)),
        ]),
      },
    });
    const written = await databaseDigest(server);
    const again = await record(seriesA(source.id));
    expect(ofType(again, 'RecordFundingRoundPayload').fundingRound.id).toBe(result.fundingRound.id);
    expect(await changesSince(server, written)).toEqual({});
  });

  it('refuses a lead who is not an investor, negative money, a bad currency and unknown investors; nothing written', async () => {
    const before = await databaseDigest(server);
    const round = { ...seriesA(source.id), stage: 'SERIES_B' as const };
    expect(
      await issues({
        ...round,
        amount: '-5',
        closedOn: { date: '2025-01-01' },
        leadInvestors: [{ person: 'sam-altman' }],
      }),
    ).toEqual([
      { path: ['input', 'amount'], message: 'must not be negative' },
      { path: ['input', 'closedOn', 'date'], message: 'must not be before `announcedOn`' },
      { path: ['input', 'leadInvestors', '0'], message: 'must also be among `investors`' },
    ]);
    expect(
      await issues({
        ...round,
        investors: [{ company: 'meta' }, { person: 'no-one' }, { company: 'openai', person: 'sam-altman' }],
        leadInvestors: [],
      }),
    ).toEqual([{ path: ['input', 'investors', '2'], message: 'give a company or a person, not both' }]);
    expect(await issues({ ...round, investors: [{ person: 'no-one' }], leadInvestors: [] })).toEqual([
      { path: ['input', 'investors', '0', 'person'], message: 'no person has the slug "no-one"' },
    ]);
    const { investors: _, ...withoutInvestors } = seriesA(source.id);
    expect(await issues({ ...withoutInvestors, stage: 'SEED' })).toEqual([
      { path: ['input', 'leadInvestors', '0'], message: 'must also be among `investors`' },
    ]);
    const currency = await server.query(
      RecordFundingRound,
      { input: { ...seriesA(source.id), currency: 'XYZ1' } },
      analyst.key,
    );
    expect(currency.errors?.[0]?.message).toContain('currency');
    expect(await changesSince(server, before)).toEqual({});
  });

  it('keeps a currency code given in lower case in capitals', async () => {
    const result = await record({
      ...seriesA(source.id),
      stage: 'STRATEGIC',
      currency: 'eur',
      amountUsd: null,
    });
    const { fundingRound } = ofType(result, 'RecordFundingRoundPayload');
    expect(fundingRound.amount).toEqual({ amount: '500000000', currency: 'EUR' });
  });
});
