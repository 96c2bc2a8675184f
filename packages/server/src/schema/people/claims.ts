// What sources claim about a person and their roles.
import { builder } from '../builder.js';
import { claimsDescription, claimsOf, DateClaim, TextClaim } from '../claims/claim.js';
import { Person } from './person.js';
import { Role } from './role.js';

builder.drizzleObjectFields(Person, (t) => ({
  bioClaims: t.relation('claims', {
    type: TextClaim,
    description: claimsDescription('their biography'),
    query: claimsOf('bio'),
  }),
}));

builder.drizzleObjectFields(Role, (t) => ({
  titleClaims: t.relation('claims', {
    type: TextClaim,
    description: claimsDescription('its title'),
    query: claimsOf('title'),
  }),
  sinceClaims: t.relation('claims', {
    type: DateClaim,
    description: claimsDescription('when it began'),
    query: claimsOf('since'),
  }),
  untilClaims: t.relation('claims', {
    type: DateClaim,
    description: claimsDescription('when it ended'),
    query: claimsOf('until'),
  }),
}));
