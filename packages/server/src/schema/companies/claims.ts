// What sources claim about a company, property by property, and which of its properties are disputed.
import { builder } from '../builder.js';
import {
  CompanyKindClaim,
  claimsDescription,
  claimsOf,
  DateClaim,
  disputedDescription,
  FactProperty,
  TextClaim,
} from '../claims/claim.js';
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
  disputed: t.field({
    type: [FactProperty],
    description: disputedDescription,
    select: { columns: { disputed: true } },
    resolve: (company) => company.disputed as never,
  }),
}));
