// The funding round mutations of the round tests, and the round they record first.

import { graphql } from '../graphql/gql.js';
import type { RecordFundingRoundInput } from '../graphql/graphql.js';

export const RoundFacts = graphql(`
  fragment RoundFacts on FundingRound {
    id version stage status amount { amount currency } postMoneyValuation { amount } disputed
    announcedOn { label } closedOn { label }
    investors { ... on Company { slug } ... on Person { slug } }
    leadInvestors { ... on Company { slug } ... on Person { slug } }
    statusHistory { status on { label } citations { excerpt } }
    citations { excerpt }
    company { slug totalRaised { amount } }
  }
`);

export const RecordFundingRound = graphql(`
  mutation RecordFundingRound($input: RecordFundingRoundInput!) {
    recordFundingRound(input: $input) {
      __typename
      ... on RecordFundingRoundPayload { fundingRound { ...RoundFacts } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`);

export const UpdateFundingRound = graphql(`
  mutation UpdateFundingRound($input: UpdateFundingRoundInput!) {
    updateFundingRound(input: $input) {
      __typename
      ... on UpdateFundingRoundPayload { fundingRound { ...RoundFacts } }
      ... on ValidationError { issues { path message } }
      ... on ConflictError { currentVersion }
      ... on UserError { message }
    }
  }
`);

export const excerpt = 'DeepSeek raised $500 million from Meta and Hugging Face, led by Meta, in March 2025';

/** DeepSeek's Series A, led by Meta, as the tests first record it, citing `source`. */
export const seriesA = (source: string) =>
  ({
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
    citation: { source, excerpt },
  }) satisfies RecordFundingRoundInput;
