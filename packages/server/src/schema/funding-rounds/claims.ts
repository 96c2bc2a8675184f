// What sources claim about a funding round.
import { builder } from '../builder.js';
import { claimsField, DateClaim, FundingStageClaim, InvestorsClaim, MoneyClaim } from '../claims/claim.js';
import { FundingRound } from './funding-round.js';

builder.drizzleObjectFields(FundingRound, (t) => ({
  stageClaims: t.relation('claims', claimsField(FundingStageClaim, 'stage', 'its stage')),
  amountClaims: t.relation('claims', claimsField(MoneyClaim, 'amount', 'the money it raised')),
  preMoneyValuationClaims: t.relation(
    'claims',
    claimsField(MoneyClaim, 'preMoneyValuation', 'the valuation before it'),
  ),
  postMoneyValuationClaims: t.relation(
    'claims',
    claimsField(MoneyClaim, 'postMoneyValuation', 'the valuation after it'),
  ),
  announcedOnClaims: t.relation('claims', claimsField(DateClaim, 'announcedOn', 'when it was announced')),
  closedOnClaims: t.relation('claims', claimsField(DateClaim, 'closedOn', 'when it closed')),
  investorsClaims: t.relation('claims', claimsField(InvestorsClaim, 'investors', 'its investors and leads')),
}));
