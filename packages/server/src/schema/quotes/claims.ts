// What sources claim about a quote.
import { builder } from '../builder.js';
import { claimsDescription, claimsOf, DateClaim, QuoteFormClaim, TextClaim } from '../claims/claim.js';
import { Quote } from './quote.js';

builder.drizzleObjectFields(Quote, (t) => ({
  textClaims: t.relation('claims', {
    type: TextClaim,
    description: claimsDescription('its words'),
    query: claimsOf('text'),
  }),
  formClaims: t.relation('claims', {
    type: QuoteFormClaim,
    description: claimsDescription('whether it is verbatim'),
    query: claimsOf('form'),
  }),
  saidOnClaims: t.relation('claims', {
    type: DateClaim,
    description: claimsDescription('when it was said'),
    query: claimsOf('saidOn'),
  }),
}));
