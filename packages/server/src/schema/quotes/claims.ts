// What sources claim about a quote.
import { builder } from '../builder.js';
import { claimsField, DateClaim, QuoteFormClaim, TextClaim } from '../claims/claim.js';
import { Quote } from './quote.js';

builder.drizzleObjectFields(Quote, (t) => ({
  textClaims: t.relation('claims', claimsField(TextClaim, 'text', 'its words')),
  formClaims: t.relation('claims', claimsField(QuoteFormClaim, 'form', 'whether it is verbatim')),
  saidOnClaims: t.relation('claims', claimsField(DateClaim, 'saidOn', 'when it was said')),
}));
