// What sources claim about a company, property by property.
import { builder } from '../builder.js';
import { CompanyKindClaim, claimsField, DateClaim, TextClaim } from '../claims/claim.js';
import { Company } from './company.js';

builder.drizzleObjectFields(Company, (t) => ({
  kindClaims: t.relation('claims', claimsField(CompanyKindClaim, 'kind', 'its kind')),
  descriptionClaims: t.relation('claims', claimsField(TextClaim, 'description', 'its description')),
  countryClaims: t.relation('claims', claimsField(TextClaim, 'country', 'the country of its headquarters')),
  headquartersClaims: t.relation(
    'claims',
    claimsField(TextClaim, 'headquarters', 'the city of its headquarters'),
  ),
  foundedOnClaims: t.relation('claims', claimsField(DateClaim, 'foundedOn', 'when it was founded')),
  websiteClaims: t.relation('claims', claimsField(TextClaim, 'website', 'its website')),
}));
