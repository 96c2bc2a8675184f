// Writes to people and their roles: createPerson (idempotent by slug), updatePerson (optimistic
// concurrency), addRole and endRole. Each runs in one transaction with its audit entry.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordWrite } from '../db/audit.js';
import { dateColumns } from '../db/date-columns.js';
import { citations, companies, people, roles } from '../db/schema.js';
import { holdsFacts, updateAtVersion } from '../db/versioned-writes.js';
import {
  ConflictError,
  NotFoundError,
  parseInput,
  ValidationError,
  type ValidationIssue,
} from '../errors.js';
import { builder } from './builder.js';
import { CitationInput, citationSchema, citedSourceId, nextCitationPosition } from './citation-input.js';
import { WRITE_ERRORS } from './errors.js';
import { expectedVersion, name, optionalText, partialDateSchema, slug } from './input-rules.js';
import { PartialDateInput } from './partial-date.js';
import { Person, Role } from './person.js';

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  description: 'A new person. Creating the same slug twice with the same facts returns the same person.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Stable, readable key: "sam-altman".' }),
    name: t.string({ required: true, description: 'Full name.' }),
    bio: t.string({ description: 'A short biography in Moat’s words.' }),
  }),
});

const UpdatePersonInput = builder.inputType('UpdatePersonInput', {
  description: 'Changes to a person. Fields left out stay as they are; a null bio clears it.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Which person: their slug.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you read; if the person changed since, you get a ConflictError.',
    }),
    name: t.string({ description: 'Full name.' }),
    bio: t.string({ description: 'A short biography in Moat’s words.' }),
  }),
});

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

const personFacts = { name, bio: optionalText(2000) };
const createSchema = z.object({ slug, ...personFacts });
const updateSchema = z.object({ slug, expectedVersion, ...personFacts, name: name.optional() });
const roleTitle = z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');
const addRoleSchema = z
  .object({
    person: slug,
    company: slug,
    title: roleTitle,
    since: partialDateSchema,
    until: partialDateSchema,
    citation: citationSchema,
  })
  .refine((input) => !input.since || !input.until || input.since.date <= input.until.date, {
    path: ['until'],
    message: 'must not be before `since`',
  });
const endRoleSchema = z.object({
  role: z.object({ typename: z.literal('Role', 'must be the ID of a role'), id: z.uuid() }),
  until: partialDateSchema.unwrap().unwrap(),
  citation: citationSchema,
});

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: Person,
    description: 'Records a person. The same input twice gives the same person, not a duplicate.',
    authScopes: { write: true },
    args: { input: t.arg({ type: CreatePersonInput, required: true, description: 'The new person.' }) },
    errors: {
      types: [...WRITE_ERRORS, ConflictError],
      union: { name: 'CreatePersonResult', description: 'The person, or why they were not created.' },
      result: { name: 'CreatePersonPayload', description: 'The person created (or already recorded).' },
      dataField: { name: 'person', description: 'The person.' },
    },
    resolve: (_root, args, ctx) => {
      const { slug, ...facts } = parseInput(createSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(people)
          .values({ slug, ...facts })
          .onConflictDoNothing({ target: people.slug })
          .returning();
        if (created) {
          await recordWrite(tx, ctx.auth, {
            mutation: 'createPerson',
            recordType: 'Person',
            recordId: created.id,
            before: null,
            after: created,
          });
          return created;
        }
        const [existing] = await tx.select().from(people).where(eq(people.slug, slug));
        if (existing && holdsFacts(existing, facts)) return existing;
        throw new ConflictError(
          `A person with the slug "${slug}" is already recorded with other facts; change them with updatePerson.`,
          existing?.version ?? null,
        );
      });
    },
  }),
  updatePerson: t.field({
    type: Person,
    description: 'Changes a person’s facts, if they have not changed since you read their `version`.',
    authScopes: { write: true },
    args: { input: t.arg({ type: UpdatePersonInput, required: true, description: 'The changes.' }) },
    errors: {
      types: [...WRITE_ERRORS, NotFoundError, ConflictError],
      union: { name: 'UpdatePersonResult', description: 'The changed person, or why they were not changed.' },
      result: { name: 'UpdatePersonPayload', description: 'The person as changed.' },
      dataField: { name: 'person', description: 'The person.' },
    },
    resolve: (_root, args, ctx) => {
      const { slug, expectedVersion, ...changes } = parseInput(updateSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(people).where(eq(people.slug, slug));
        if (!before) throw new NotFoundError(`No person has the slug "${slug}".`);
        const after = await updateAtVersion(
          tx,
          people,
          before.id,
          expectedVersion,
          changes,
          `The person "${slug}"`,
        );
        await recordWrite(tx, ctx.auth, {
          mutation: 'updatePerson',
          recordType: 'Person',
          recordId: after.id,
          before,
          after,
        });
        return after;
      });
    },
  }),
  addRole: t.field({
    type: Role,
    description:
      'Records a person’s role at a company, with its citation. The same person, company, title and start twice give the same role.',
    authScopes: { write: true },
    args: { input: t.arg({ type: AddRoleInput, required: true, description: 'The role.' }) },
    errors: {
      types: WRITE_ERRORS,
      union: { name: 'AddRoleResult', description: 'The role, or why it was not recorded.' },
      result: { name: 'AddRolePayload', description: 'The role recorded (or already recorded).' },
      dataField: { name: 'role', description: 'The role.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(addRoleSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const issues: ValidationIssue[] = [];
        const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.slug, input.person));
        if (!person)
          issues.push({ path: ['input', 'person'], message: `no person has the slug "${input.person}"` });
        const [company] = await tx
          .select({ id: companies.id })
          .from(companies)
          .where(eq(companies.slug, input.company));
        if (!company)
          issues.push({ path: ['input', 'company'], message: `no company has the slug "${input.company}"` });
        if (!person || !company) throw new ValidationError(issues);
        const sourceId = await citedSourceId(tx, input.citation);

        const [existing] = await tx
          .select()
          .from(roles)
          .where(
            and(
              eq(roles.personId, person.id),
              eq(roles.companyId, company.id),
              eq(roles.title, input.title),
              input.since ? eq(roles.since, input.since.date) : isNull(roles.since),
            ),
          );
        if (existing) return existing;
        const [role] = await tx
          .insert(roles)
          .values({
            personId: person.id,
            companyId: company.id,
            title: input.title,
            ...dateColumns('since', input.since),
            ...dateColumns('until', input.until),
          })
          .returning();
        if (!role) throw new Error('the role was not stored');
        await tx.insert(citations).values({ sourceId, excerpt: input.citation.excerpt, roleId: role.id });
        await recordWrite(tx, ctx.auth, {
          mutation: 'addRole',
          recordType: 'Role',
          recordId: role.id,
          before: null,
          after: role,
        });
        return role;
      });
    },
  }),
  endRole: t.field({
    type: Role,
    description:
      'Records when a role ended, with the excerpt that reports it. Ending it again on the same date changes nothing.',
    authScopes: { write: true },
    args: { input: t.arg({ type: EndRoleInput, required: true, description: 'The role and its end.' }) },
    errors: {
      types: [...WRITE_ERRORS, NotFoundError, ConflictError],
      union: { name: 'EndRoleResult', description: 'The ended role, or why it was not changed.' },
      result: { name: 'EndRolePayload', description: 'The role, now ended.' },
      dataField: { name: 'role', description: 'The role.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(endRoleSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(roles).where(eq(roles.id, input.role.id));
        if (!before) throw new NotFoundError('No role has this ID.');
        const sourceId = await citedSourceId(tx, input.citation);
        if (before.until === input.until.date && before.untilPrecision === input.until.precision)
          return before;
        if (before.until)
          throw new ConflictError(`The role already ended on ${before.until}; nothing was changed.`);
        if (before.since && input.until.date < before.since)
          throw new ValidationError([
            {
              path: ['input', 'until', 'date'],
              message: `must not be before the role began (${before.since})`,
            },
          ]);
        const [after] = await tx
          .update(roles)
          .set(dateColumns('until', input.until))
          .where(eq(roles.id, before.id))
          .returning();
        if (!after) throw new Error('the role was not stored');
        await tx.insert(citations).values({
          sourceId,
          excerpt: input.citation.excerpt,
          roleId: after.id,
          position: await nextCitationPosition(tx, 'roleId', after.id),
        });
        await recordWrite(tx, ctx.auth, {
          mutation: 'endRole',
          recordType: 'Role',
          recordId: after.id,
          before,
          after,
        });
        return after;
      });
    },
  }),
}));
