// What sources claim about a company, property by property.
import { builder } from '../builder.js';
import { CompanyKindClaim, claimsDescription, claimsOf, DateClaim, TextClaim } from '../claims/claim.js';
import { Company } from './company.js';

builder.drizzleObjectFields(Company, (t) => ({
  kindClaims: t.relation('claims', {
    type: CompanyKindClaim,
    description: claimsDescription('its kind'),
    query: claimsOf('kind'),
  }),
  descriptionClaims: t.relation('claims', {
    type: TextClaim,
    description: claimsDescription('its description'),
    query: claimsOf('description'),
  }),
  countryClaims: t.relation('claims', {
    type: TextClaim,
    description: claimsDescription('the country of its headquarters'),
    query: claimsOf('country'),
  }),
  headquartersClaims: t.relation('claims', {
    type: TextClaim,
    description: claimsDescription('the city of its headquarters'),
    query: claimsOf('headquarters'),
  }),
  foundedOnClaims: t.relation('claims', {
    type: DateClaim,
    description: claimsDescription('when it was founded'),
    query: claimsOf('foundedOn'),
  }),
  websiteClaims: t.relation('claims', {
    type: TextClaim,
    description: claimsDescription('its website'),
    query: claimsOf('website'),
  }),
}));
