// What sources claim about a person and their roles, and which properties are disputed.
import { builder } from '../builder.js';
import {
  claimsDescription,
  claimsOf,
  DateClaim,
  disputedDescription,
  FactProperty,
  TextClaim,
} from '../claims/claim.js';
import { Person } from './person.js';
import { Role } from './role.js';

builder.drizzleObjectFields(Person, (t) => ({
  bioClaims: t.relation('claims', {
    type: TextClaim,
    description: claimsDescription('their biography'),
    query: claimsOf('bio'),
  }),
  disputed: t.field({
    type: [FactProperty],
    description: disputedDescription,
    select: { columns: { disputed: true } },
    resolve: (person) => person.disputed as never,
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
  disputed: t.field({
    type: [FactProperty],
    description: disputedDescription,
    select: { columns: { disputed: true } },
    resolve: (role) => role.disputed as never,
  }),
}));
