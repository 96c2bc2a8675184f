// Writes to roles: addRole (idempotent by person, company, title and start), endRole and
// deleteRole. Each role carries the excerpts that report it.
import { z } from 'zod';
import { dateColumns } from '../../db/date-columns.js';
import { insertCitation } from '../../db/queries/citations.js';
import { sameRole } from '../../db/queries/people.js';
import { findRecord, insertOne } from '../../db/queries/rows.js';
import { roles } from '../../db/schema.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { inOrder, isBefore, partialDate } from '../../rules/dates.js';
import { slug } from '../../rules/slug.js';
import { name as title } from '../../rules/text.js';
import { builder } from '../builder.js';
import { citeForClaims, claimedValues, writeClaims } from '../shared/claim-writes.js';
import { deleteMutation } from '../shared/deletes.js';
import { globalIdOf } from '../shared/global-ids.js';
import { writeMutation } from '../shared/mutations.js';
import { PartialDateInput } from '../shared/partial-date.js';
import { References } from '../shared/references.js';
import { CitationInput, citationSchema, citedSource } from '../sources/citation.js';
import { Role } from './role.js';

const AddRoleInput = builder.inputType('AddRoleInput', {
  description: 'A position a person holds or held at a company, with the excerpt that reports it.',
  fields: (t) => ({
    person: t.string({ required: true, description: 'Who: a person’s slug.' }),
    company: t.string({ required: true, description: 'Where: a company’s slug.' }),
    title: t.string({ required: true, description: 'The title, as reported: "CEO".' }),
    since: t.field({ type: PartialDateInput, description: 'When it began, if the source says.' }),
    until: t.field({ type: PartialDateInput, description: 'When it ended, if it has.' }),
    citation: t.field({ type: CitationInput, required: true, description: 'The excerpt that reports it.' }),
  }),
});

const EndRoleInput = builder.inputType('EndRoleInput', {
  description: 'The end of a role, with the excerpt that reports it.',
  fields: (t) => ({
    role: t.globalID({ required: true, description: 'The role (its global ID).' }),
    until: t.field({ type: PartialDateInput, required: true, description: 'When it ended.' }),
    citation: t.field({ type: CitationInput, required: true, description: 'The excerpt that reports it.' }),
  }),
});

const addRoleSchema = z
  .object({
    person: slug,
    company: slug,
    title,
    since: partialDate.nullish(),
    until: partialDate.nullish(),
    citation: citationSchema,
  })
  .refine(...inOrder('since', 'until'));

writeMutation('addRole', {
  type: Role,
  description:
    'Records a person’s role at a company, with its citation. The same person, company, title and start twice give the same role.',
  input: AddRoleInput,
  inputDescription: 'The role.',
  schema: addRoleSchema,
  result: 'The role, or why it was not recorded.',
  payload: {
    description: 'The role recorded (or already recorded).',
    field: 'role',
    fieldDescription: 'The role.',
  },
  write: async (input, write) => {
    const { tx, audit } = write;
    const references = new References(tx);
    const person = await references.one('person', input.person, 'person');
    const company = await references.one('company', input.company, 'company');
    if (!person || !company) throw references.error();
    const cited = await citedSource(tx, input.citation);
    const facts = { personId: person.id, companyId: company.id, title: input.title };
    const existing = await sameRole(tx, { ...facts, since: input.since });
    if (existing) return existing;
    const role = await insertOne(tx, roles, {
      ...facts,
      ...dateColumns('since', input.since),
      ...dateColumns('until', input.until),
    });
    const citation = await insertCitation(tx, 'roleId', role.id, cited);
    await audit('Role', null, role);
    const claims = claimedValues('Role', {
      title: input.title,
      since: input.since ?? undefined,
      until: input.until ?? undefined,
    });
    await writeClaims(write, { type: 'Role', id: role.id }, claims, citation);
    return role;
  },
});

writeMutation('endRole', {
  type: Role,
  description:
    'Records when a role ended, as a claim the excerpt supports. The same date again adds its citation to that claim; another date is a second claim, and `until` is disputed until one is preferred.',
  input: EndRoleInput,
  inputDescription: 'The role and its end.',
  schema: z.object({ role: globalIdOf('Role', 'a role'), until: partialDate, citation: citationSchema }),
  errors: [NotFoundError],
  result: 'The ended role, or why it was not changed.',
  payload: { description: 'The role, now ended.', field: 'role', fieldDescription: 'The role.' },
  write: async (input, write) => {
    const { tx, audit } = write;
    const before = await findRecord(tx, roles, input.role, { forUpdate: true });
    if (!before) throw new NotFoundError('No role has this ID.');
    const subject = { type: 'Role', id: before.id } as const;
    const cited = await citedSource(tx, input.citation);
    if (isBefore(input.until.date, before.since))
      throw new ValidationError([
        { path: ['input', 'until', 'date'], message: `must not be before the role began (${before.since})` },
      ]);
    await writeClaims(write, subject, { until: input.until }, await citeForClaims(write, subject, cited));
    const after = (await findRecord(tx, roles, input.role)) ?? before;
    await audit('Role', before, after);
    return after;
  },
});

deleteMutation({ type: 'Role', table: roles, by: 'id', description: 'Deletes a role with its citations.' });
