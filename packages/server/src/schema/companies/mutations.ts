// Writes to companies: createCompany (idempotent by slug), updateCompany (optimistic concurrency
// through `expectedVersion`) and deleteCompany.
import { z } from 'zod';
import { companies, companyKind } from '../../db/schema.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { slug } from '../../rules/slug.js';
import { name, optionalText } from '../../rules/text.js';
import { builder } from '../builder.js';
import { citesItsFacts, UPDATE_CITATION_DESCRIPTION } from '../shared/claim-writes.js';
import { deleteMutation } from '../shared/deletes.js';
import { expectedVersion, webAddress } from '../shared/inputs.js';
import { writeMutation } from '../shared/mutations.js';
import { createBySlug, updateBySlug } from '../shared/slugged-records.js';
import { CitationInput, citationSchema, citedSource } from '../sources/citation.js';
import { Company, CompanyKind } from './company.js';

const COMPANY = { type: 'Company', table: companies, label: 'company' } as const;

/** The editable facts of a company, as zod checks them (shapes and codes are checked by the scalars). */
const companyFacts = {
  name,
  kind: z.enum(companyKind.enumValues),
  description: optionalText(2000),
  country: z.string().nullish(),
  headquarters: optionalText(200),
  website: webAddress,
  aliases: z
    .array(name)
    .max(20, 'must be at most 20 names')
    .refine((list) => new Set(list).size === list.length, 'must not repeat a name')
    .optional(),
};

const createSchema = z.object({ slug, ...companyFacts, citation: citationSchema.nullish() });
const updateSchema = z
  .object({
    slug,
    expectedVersion: expectedVersion.nullish(),
    ...companyFacts,
    // A required fact may be left out of an update, but not set to null.
    name: name.optional(),
    kind: companyFacts.kind.optional(),
    citation: citationSchema.nullish(),
  })
  .refine(...citesItsFacts('Company'));

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
    citation: t.field({
      type: CitationInput,
      description: 'The excerpt that reports its facts; given, each fact is a claim it supports.',
    }),
  }),
});

const UpdateCompanyInput = builder.inputType('UpdateCompanyInput', {
  description:
    'Changes to a company. Fields left out stay as they are. Its name and aliases are replaced; its facts are claims (null: the source says there is none).',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Which company: its slug.' }),
    expectedVersion: t.int({
      description:
        'The `version` you read, if the update must not follow another; if the company changed since, you get a ConflictError.',
    }),
    name: t.string({ description: 'The name it is known by.' }),
    kind: t.field({ type: CompanyKind, description: 'What kind of organisation it is.' }),
    description: t.string({ description: 'A short description in Moat’s words.' }),
    country: t.field({ type: 'CountryCode', description: 'Country of its headquarters.' }),
    headquarters: t.string({ description: 'City of its headquarters.' }),
    website: t.field({ type: 'URL', description: 'Its website.' }),
    aliases: t.stringList({ description: 'Other names it goes by (replaces the list).' }),
    citation: t.field({ type: CitationInput, description: UPDATE_CITATION_DESCRIPTION }),
  }),
});

writeMutation('createCompany', {
  type: Company,
  description: 'Records a company. The same input twice gives the same company, not a duplicate.',
  input: CreateCompanyInput,
  inputDescription: 'The new company.',
  schema: createSchema,
  errors: [ConflictError],
  result: 'The company, or why it was not created.',
  payload: {
    description: 'The company created (or already recorded).',
    field: 'company',
    fieldDescription: 'The company.',
  },
  write: async ({ citation, ...input }, write) =>
    createBySlug(
      write,
      COMPANY,
      input,
      citation && (await citedSource(write.tx, citation)),
      'change it with updateCompany',
    ),
});

writeMutation('updateCompany', {
  type: Company,
  description:
    'Renames a company and adds claims about its facts, cited; with `expectedVersion`, only if it has not changed since you read it.',
  input: UpdateCompanyInput,
  inputDescription: 'The changes.',
  schema: updateSchema,
  errors: [NotFoundError, ConflictError],
  result: 'The changed company, or why it was not changed.',
  payload: { description: 'The company as changed.', field: 'company', fieldDescription: 'The company.' },
  write: async ({ citation, ...input }, write) =>
    updateBySlug(write, COMPANY, input, citation && (await citedSource(write.tx, citation))),
});

deleteMutation({
  type: 'Company',
  table: companies,
  by: 'slug',
  description:
    'Deletes a company with its roles, its funding rounds (their investments, status history and citations), its investments in other rounds, its citations and its place among quotes’ subjects. Quotes attributed to it stay, with their attribution text.',
});
