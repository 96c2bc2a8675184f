// What sources claim about a funding round.
import { builder } from '../builder.js';
import {
  claimsDescription,
  claimsOf,
  DateClaim,
  FundingStageClaim,
  InvestorsClaim,
  MoneyClaim,
} from '../claims/claim.js';
import { FundingRound } from './funding-round.js';

builder.drizzleObjectFields(FundingRound, (t) => ({
  stageClaims: t.relation('claims', {
    type: FundingStageClaim,
    description: claimsDescription('its stage'),
    query: claimsOf('stage'),
  }),
  amountClaims: t.relation('claims', {
    type: MoneyClaim,
    description: claimsDescription('the money it raised'),
    query: claimsOf('amount'),
  }),
  preMoneyValuationClaims: t.relation('claims', {
    type: MoneyClaim,
    description: claimsDescription('the valuation before it'),
    query: claimsOf('preMoneyValuation'),
  }),
  postMoneyValuationClaims: t.relation('claims', {
    type: MoneyClaim,
    description: claimsDescription('the valuation after it'),
    query: claimsOf('postMoneyValuation'),
  }),
  announcedOnClaims: t.relation('claims', {
    type: DateClaim,
    description: claimsDescription('when it was announced'),
    query: claimsOf('announcedOn'),
  }),
  closedOnClaims: t.relation('claims', {
    type: DateClaim,
    description: claimsDescription('when it closed'),
    query: claimsOf('closedOn'),
  }),
  investorsClaims: t.relation('claims', {
    type: InvestorsClaim,
    description: claimsDescription('its investors and leads'),
    query: claimsOf('investors'),
  }),
}));
