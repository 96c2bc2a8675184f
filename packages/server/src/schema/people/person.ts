import { INVESTMENTS_NEWEST, QUOTES_NEWEST } from '../../db/queries/orderings.js';
import { builder } from '../builder.js';
import { pagedBy } from '../shared/cursors.js';

export const Person = builder.drizzleNode('people', {
  name: 'Person',
  description: 'A person in the AI industry: a founder, an executive, an investor, a critic.',
  // Always loaded, as Company explains.
  select: { columns: { id: true, slug: true, name: true } },
  id: { column: (person) => person.id },
  fields: (t) => ({
    slug: t.string({ description: 'Stable, readable key: "sam-altman".', resolve: (person) => person.slug }),
    name: t.string({ description: 'Full name.', resolve: (person) => person.name }),
    bio: t.exposeString('bio', { nullable: true, description: 'A short biography in Moat’s words.' }),
    version: t.exposeInt('version', {
      description: 'Raised by every change; pass it as `expectedVersion` to updatePerson.',
    }),
    roles: t.relation('roles', {
      description: 'Positions this person holds or held, with their companies and dates.',
      query: { orderBy: { title: 'asc', id: 'asc' } },
    }),
    quotes: t.relatedConnection('quotes', {
      description: 'What this person said, verbatim or paraphrased; newest first.',
      ...pagedBy(QUOTES_NEWEST),
      totalCount: true,
    }),
    investments: t.relatedConnection('investments', {
      description: 'Rounds this person joined as an investor; newest rounds first.',
      ...pagedBy(INVESTMENTS_NEWEST),
      totalCount: true,
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that support what Moat says of this person.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});
