// Writes to companies: createCompany (idempotent by slug) and updateCompany (optimistic
// concurrency through `expectedVersion`). Each runs in one transaction with its audit entry.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordWrite } from '../db/audit.js';
import { companies, companyKind } from '../db/schema.js';
import { holdsFacts, updateAtVersion } from '../db/versioned-writes.js';
import { ConflictError, NotFoundError, parseInput } from '../errors.js';
import { builder } from './builder.js';
import { Company, CompanyKind } from './company.js';
import { WRITE_ERRORS } from './errors.js';
import { expectedVersion, name, optionalText, slug } from './input-rules.js';

const aliases = z
  .array(z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters'))
  .max(20, 'must be at most 20 names')
  .refine((list) => new Set(list).size === list.length, 'must not repeat a name');

/** The editable facts of a company, as zod checks them (shapes and codes are checked by the scalars). */
const companyFacts = {
  name,
  kind: z.enum(companyKind.enumValues),
  description: optionalText(2000),
  country: z.string().nullish(),
  headquarters: optionalText(200),
  website: z
    .instanceof(URL)
    .transform((url) => url.href)
    .nullish(),
  aliases: aliases.optional(),
};

const createSchema = z.object({ slug, ...companyFacts });
const updateSchema = z.object({
  slug,
  expectedVersion,
  ...companyFacts,
  // A required fact may be left out of an update, but not set to null.
  name: name.optional(),
  kind: companyFacts.kind.optional(),
});

const CreateCompanyInput = builder.inputType('CreateCompanyInput', {
  description: 'A new company. Creating the same slug twice with the same facts returns the same company.',
  fields: (t) => ({
    slug: t.string({
      required: true,
      description: 'Stable, readable key: lowercase words joined by hyphens.',
    }),
    name: t.string({ required: true, description: 'The name it is known by.' }),
    kind: t.field({ type: CompanyKind, required: true, description: 'What kind of organisation it is.' }),
    description: t.string({ description: 'A short description in Moat’s words.' }),
    country: t.field({ type: 'CountryCode', description: 'Country of its headquarters.' }),
    headquarters: t.string({ description: 'City of its headquarters.' }),
    website: t.field({ type: 'URL', description: 'Its website.' }),
    aliases: t.stringList({ description: 'Other names it goes by.' }),
  }),
});

const UpdateCompanyInput = builder.inputType('UpdateCompanyInput', {
  description: 'Changes to a company. Fields left out stay as they are; null clears an optional fact.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Which company: its slug.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you read; if the company changed since, you get a ConflictError.',
    }),
    name: t.string({ description: 'The name it is known by.' }),
    kind: t.field({ type: CompanyKind, description: 'What kind of organisation it is.' }),
    description: t.string({ description: 'A short description in Moat’s words.' }),
    country: t.field({ type: 'CountryCode', description: 'Country of its headquarters.' }),
    headquarters: t.string({ description: 'City of its headquarters.' }),
    website: t.field({ type: 'URL', description: 'Its website.' }),
    aliases: t.stringList({ description: 'Other names it goes by (replaces the list).' }),
  }),
});

builder.mutationFields((t) => ({
  createCompany: t.field({
    type: Company,
    description: 'Records a company. The same input twice gives the same company, not a duplicate.',
    authScopes: { write: true },
    args: { input: t.arg({ type: CreateCompanyInput, required: true, description: 'The new company.' }) },
    errors: {
      types: [...WRITE_ERRORS, ConflictError],
      union: { name: 'CreateCompanyResult', description: 'The company, or why it was not created.' },
      result: { name: 'CreateCompanyPayload', description: 'The company created (or already recorded).' },
      dataField: { name: 'company', description: 'The company.' },
    },
    resolve: (_root, args, ctx) => {
      const { slug, ...facts } = parseInput(createSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(companies)
          .values({ slug, ...facts, aliases: facts.aliases ?? [] })
          .onConflictDoNothing({ target: companies.slug })
          .returning();
        if (created) {
          await recordWrite(tx, ctx.auth, {
            mutation: 'createCompany',
            recordType: 'Company',
            recordId: created.id,
            before: null,
            after: created,
          });
          return created;
        }
        const [existing] = await tx.select().from(companies).where(eq(companies.slug, slug));
        if (existing && holdsFacts(existing, facts)) return existing;
        throw new ConflictError(
          `A company with the slug "${slug}" is already recorded with other facts; change it with updateCompany.`,
          existing?.version ?? null,
        );
      });
    },
  }),
  updateCompany: t.field({
    type: Company,
    description: 'Changes a company’s facts, if it has not changed since you read its `version`.',
    authScopes: { write: true },
    args: { input: t.arg({ type: UpdateCompanyInput, required: true, description: 'The changes.' }) },
    errors: {
      types: [...WRITE_ERRORS, NotFoundError, ConflictError],
      union: { name: 'UpdateCompanyResult', description: 'The changed company, or why it was not changed.' },
      result: { name: 'UpdateCompanyPayload', description: 'The company as changed.' },
      dataField: { name: 'company', description: 'The company.' },
    },
    resolve: (_root, args, ctx) => {
      const { slug, expectedVersion, ...changes } = parseInput(updateSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(companies).where(eq(companies.slug, slug));
        if (!before) throw new NotFoundError(`No company has the slug "${slug}".`);
        const after = await updateAtVersion(
          tx,
          companies,
          before.id,
          expectedVersion,
          changes,
          `The company "${slug}"`,
        );
        await recordWrite(tx, ctx.auth, {
          mutation: 'updateCompany',
          recordType: 'Company',
          recordId: after.id,
          before,
          after,
        });
        return after;
      });
    },
  }),
}));
