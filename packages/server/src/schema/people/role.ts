import { partialDate } from '../../db/date-columns.js';
import { builder } from '../builder.js';
import { PartialDate } from '../shared/partial-date.js';

export const Role = builder.drizzleNode('roles', {
  name: 'Role',
  description: 'A position a person holds at a company: "CEO of OpenAI".',
  // Always loaded, as Company explains; `title` also tells a role apart in unions.
  select: { columns: { id: true, title: true } },
  id: { column: (role) => role.id },
  fields: (t) => ({
    title: t.string({
      description: 'The title, as reported: "CEO", "Professor".',
      resolve: (role) => role.title,
    }),
    person: t.relation('person', { description: 'Who holds the position.' }),
    company: t.relation('company', { description: 'Where the position is held.' }),
    since: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When the role began, when known.',
      select: { columns: { since: true, sincePrecision: true } },
      resolve: (role) => partialDate(role.since, role.sincePrecision),
    }),
    until: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When the role ended; null while it lasts or when unknown.',
      select: { columns: { until: true, untilPrecision: true } },
      resolve: (role) => partialDate(role.until, role.untilPrecision),
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that report this role.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});
