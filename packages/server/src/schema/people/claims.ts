// What sources claim about a person and their roles.
import { builder } from '../builder.js';
import { claimsField, DateClaim, TextClaim } from '../claims/claim.js';
import { Person } from './person.js';
import { Role } from './role.js';

builder.drizzleObjectFields(Person, (t) => ({
  bioClaims: t.relation('claims', claimsField(TextClaim, 'bio', 'their biography')),
}));

builder.drizzleObjectFields(Role, (t) => ({
  titleClaims: t.relation('claims', claimsField(TextClaim, 'title', 'its title')),
  sinceClaims: t.relation('claims', claimsField(DateClaim, 'since', 'when it began')),
  untilClaims: t.relation('claims', claimsField(DateClaim, 'until', 'when it ended')),
}));
