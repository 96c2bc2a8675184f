// The documents of the claims tests: sources to cite, the claims of each type of record, rankClaim
// and the disputes list.
import { graphql } from '../graphql/gql.js';

export const AddClaimSource = graphql(`
  mutation AddClaimSource($input: AddSourceInput!) {
    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }
  }
`);

/** What the tests read of any claim: everything but its value. */
export const ClaimFacts = graphql(`
  fragment ClaimFacts on Claim {
    id property rank deprecationReason recordedBy
    citations { excerpt source { title } }
  }
`);

export const CreateClaimedCompany = graphql(`
  mutation CreateClaimedCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      __typename
      ... on CreateCompanyPayload { company { id slug } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`);

export const RoundClaims = graphql(`
  fragment RoundClaims on FundingRound {
    id stage amount { amount currency } postMoneyValuation { amount } disputed
    amountClaims { ...ClaimFacts value { amount currency } record { ... on FundingRound { id } } }
    postMoneyValuationClaims { id rank value { amount } }
    stageClaims { id rank value }
    company { slug totalRaised { amount } latestValuation { amount } }
  }
`);

export const RecordClaimedRound = graphql(`
  mutation RecordClaimedRound($input: RecordFundingRoundInput!) {
    recordFundingRound(input: $input) {
      __typename
      ... on RecordFundingRoundPayload { fundingRound { ...RoundClaims } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`);

export const UpdateClaimedRound = graphql(`
  mutation UpdateClaimedRound($input: UpdateFundingRoundInput!) {
    updateFundingRound(input: $input) {
      __typename
      ... on UpdateFundingRoundPayload { fundingRound { ...RoundClaims } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`);

export const RoundWithClaims = graphql(`
  query RoundWithClaims($id: ID!) { fundingRound(id: $id) { ...RoundClaims } }
`);

export const RankClaim = graphql(`
  mutation RankClaim($input: RankClaimInput!) {
    rankClaim(input: $input) {
      __typename
      ... on RankClaimPayload { claim { ...ClaimFacts } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`);

export const Disputes = graphql(`
  query Disputes($filter: DisputeFilter, $first: Int, $after: String) {
    disputes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        property
        record { __typename ... on Node { id } }
        claims {
          ...ClaimFacts
          ... on MoneyClaim { money: value { amount } }
          ... on TextClaim { text: value }
        }
      }
    }
  }
`);

export const CompanyClaims = graphql(`
  fragment CompanyClaims on Company {
    kind description disputed
    kindClaims { ...ClaimFacts value }
    descriptionClaims { ...ClaimFacts value }
  }
`);

export const UpdateClaimedCompany = graphql(`
  mutation UpdateClaimedCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      __typename
      ... on UpdateCompanyPayload { company { ...CompanyClaims } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`);

export const PersonClaims = graphql(`
  fragment PersonClaims on Person { bio disputed bioClaims { ...ClaimFacts value } }
`);

export const CreateClaimedPerson = graphql(`
  mutation CreateClaimedPerson($input: CreatePersonInput!) {
    createPerson(input: $input) { __typename ... on CreatePersonPayload { person { ...PersonClaims } } }
  }
`);

export const UpdateClaimedPerson = graphql(`
  mutation UpdateClaimedPerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) { __typename ... on UpdatePersonPayload { person { ...PersonClaims } } }
  }
`);

export const RoleClaims = graphql(`
  fragment RoleClaims on Role {
    id title until { label } disputed
    untilClaims { ...ClaimFacts value { label } }
    titleClaims { ...ClaimFacts value }
  }
`);

export const AddClaimedRole = graphql(`
  mutation AddClaimedRole($input: AddRoleInput!) {
    addRole(input: $input) { __typename ... on AddRolePayload { role { ...RoleClaims } } }
  }
`);

export const EndClaimedRole = graphql(`
  mutation EndClaimedRole($input: EndRoleInput!) {
    endRole(input: $input) { __typename ... on EndRolePayload { role { ...RoleClaims } } }
  }
`);

export const RecordClaimedQuote = graphql(`
  mutation RecordClaimedQuote($input: RecordQuoteInput!) {
    recordQuote(input: $input) {
      __typename
      ... on RecordQuotePayload {
        quote {
          text form saidOn { label } disputed
          textClaims { ...ClaimFacts value }
          formClaims { ...ClaimFacts value }
          saidOnClaims { ...ClaimFacts value { label } }
        }
      }
    }
  }
`);
