// What the round mutations take: the GraphQL inputs and the zod rules beside them.
import { z } from 'zod';
import { dealStatus, fundingStage } from '../../db/schema.js';
import { isBefore, partialDate } from '../../rules/dates.js';
import { notNegative } from '../../rules/decimals.js';
import { slug } from '../../rules/slug.js';
import { builder } from '../builder.js';
import { citesItsFacts, UPDATE_CITATION_DESCRIPTION } from '../shared/claim-writes.js';
import { globalIdOf } from '../shared/global-ids.js';
import { expectedVersion } from '../shared/inputs.js';
import { PartialDateInput } from '../shared/partial-date.js';
import { CitationInput, citationSchema } from '../sources/citation.js';
import { DealStatus, FundingStage } from './funding-round.js';

const InvestorInput = builder.inputType('InvestorInput', {
  description: 'An investor in a round: a company or a person, by slug (give exactly one).',
  fields: (t) => ({
    company: t.string({ description: 'A company’s slug.' }),
    person: t.string({ description: 'A person’s slug.' }),
  }),
});

/** The amounts a round may report, each in the round's currency and, where known, in USD. */
const MONEY_DESCRIPTIONS = {
  amount: 'Money raised, in `currency`.',
  amountUsd: 'Money raised, in US dollars, when the source gives it or the currency is USD.',
  preMoneyValuation: 'Valuation before the round, in `currency`.',
  preMoneyValuationUsd: 'Valuation before the round, in US dollars.',
  postMoneyValuation: 'Valuation after the round, in `currency`.',
  postMoneyValuationUsd: 'Valuation after the round, in US dollars.',
} as const;

/** The builder of an input type's fields. */
type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

/** The facts of a round that recordFundingRound and updateFundingRound both take. */
const roundFields = (t: InputFields) => {
  const money = (field: keyof typeof MONEY_DESCRIPTIONS) =>
    t.field({ type: 'Decimal', description: MONEY_DESCRIPTIONS[field] });
  return {
    amount: money('amount'),
    amountUsd: money('amountUsd'),
    preMoneyValuation: money('preMoneyValuation'),
    preMoneyValuationUsd: money('preMoneyValuationUsd'),
    postMoneyValuation: money('postMoneyValuation'),
    postMoneyValuationUsd: money('postMoneyValuationUsd'),
    announcedOn: t.field({ type: PartialDateInput, description: 'When it was announced or first reported.' }),
    closedOn: t.field({ type: PartialDateInput, description: 'When it closed.' }),
    investors: t.field({ type: [InvestorInput], description: 'Everyone investing in the round.' }),
    leadInvestors: t.field({
      type: [InvestorInput],
      description: 'The investors leading it; each must also be among `investors`.',
    }),
  };
};

export const RecordFundingRoundInput = builder.inputType('RecordFundingRoundInput', {
  description: 'A funding round as a source reports it, with the excerpt that reports it.',
  fields: (t) => ({
    company: t.string({ required: true, description: 'The company raising the money: its slug.' }),
    stage: t.field({ type: FundingStage, required: true, description: 'The stage of the round.' }),
    status: t.field({ type: DealStatus, required: true, description: 'How far the deal has come.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'The currency of its amounts.' }),
    ...roundFields(t),
    citation: t.field({ type: CitationInput, required: true, description: 'The excerpt that reports it.' }),
  }),
});

export const UpdateFundingRoundInput = builder.inputType('UpdateFundingRoundInput', {
  description:
    'What a source says of a round. Fields left out stay as they are; each fact given is a claim (null: the source says there is none). Its currency is replaced; its status changes through changeDealStatus.',
  fields: (t) => ({
    round: t.globalID({ required: true, description: 'The round (its global ID).' }),
    expectedVersion: t.int({
      description:
        'The `version` you read, if the update must not follow another; if the round changed since, you get a ConflictError.',
    }),
    stage: t.field({ type: FundingStage, description: 'The stage of the round.' }),
    currency: t.field({ type: 'Currency', description: 'The currency of its amounts.' }),
    ...roundFields(t),
    citation: t.field({ type: CitationInput, description: UPDATE_CITATION_DESCRIPTION }),
  }),
});

const investor = z
  .object({ company: slug.nullish(), person: slug.nullish() })
  .refine((investor) => !investor.company !== !investor.person, 'give a company or a person, not both');
export type InvestorRef = z.infer<typeof investor>;
export const investorKey = (investor: InvestorRef) =>
  investor.company ? `company:${investor.company}` : `person:${investor.person}`;

const amount = notNegative.nullish();
const roundFacts = z.object({
  amount,
  amountUsd: amount,
  preMoneyValuation: amount,
  preMoneyValuationUsd: amount,
  postMoneyValuation: amount,
  postMoneyValuationUsd: amount,
  announcedOn: partialDate.nullish(),
  closedOn: partialDate.nullish(),
  investors: z
    .array(investor)
    .max(100, 'must name at most 100 investors')
    .refine((list) => new Set(list.map(investorKey)).size === list.length, 'must not name an investor twice')
    .nullish(),
  leadInvestors: z.array(investor).max(100, 'must name at most 100 investors').nullish(),
});

/**
 * Checks that hold across a round's facts: closing after announcing, each lead named once and
 * among the investors given. A new round without investors has none; an update that gives
 * leads alone has them checked against the round's own investors, later.
 */
const checkRoundFacts =
  (isNewRound: boolean) => (facts: z.infer<typeof roundFacts>, ctx: z.core.$RefinementCtx) => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (isBefore(facts.closedOn?.date, facts.announcedOn?.date))
      issue(['closedOn', 'date'], 'must not be before `announcedOn`');
    const checkMembership = isNewRound || facts.investors != null;
    const investors = new Set((facts.investors ?? []).map(investorKey));
    const leads = new Set<string>();
    (facts.leadInvestors ?? []).forEach((lead, index) => {
      const key = investorKey(lead);
      if (checkMembership && !investors.has(key))
        issue(['leadInvestors', String(index)], 'must also be among `investors`');
      else if (leads.has(key)) issue(['leadInvestors', String(index)], 'must not name an investor twice');
      leads.add(key);
    });
  };

export const recordRoundSchema = roundFacts
  .extend({
    company: slug,
    stage: z.enum(fundingStage.enumValues),
    status: z.enum(dealStatus.enumValues),
    currency: z.string(),
    citation: citationSchema,
  })
  .superRefine(checkRoundFacts(true));

export const updateRoundSchema = roundFacts
  .extend({
    round: globalIdOf('FundingRound', 'a funding round'),
    expectedVersion: expectedVersion.nullish(),
    stage: z.enum(fundingStage.enumValues).optional(),
    currency: z.string().optional(),
    citation: citationSchema.nullish(),
  })
  .superRefine(checkRoundFacts(false))
  .refine(
    ...citesItsFacts('FundingRound', [
      'amountUsd',
      'preMoneyValuationUsd',
      'postMoneyValuationUsd',
      'leadInvestors',
    ]),
  );
