// Writes to people: createPerson (idempotent by slug), updatePerson (optimistic concurrency) and
// deletePerson. Roles are written in role-mutations.ts.
import { z } from 'zod';
import { people } from '../../db/schema.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { slug } from '../../rules/slug.js';
import { name, optionalText } from '../../rules/text.js';
import { builder } from '../builder.js';
import { citesItsFacts, UPDATE_CITATION_DESCRIPTION } from '../shared/claim-writes.js';
import { deleteMutation } from '../shared/deletes.js';
import { expectedVersion } from '../shared/inputs.js';
import { writeMutation } from '../shared/mutations.js';
import { createBySlug, updateBySlug } from '../shared/slugged-records.js';
import { CitationInput, citationSchema, citedSource } from '../sources/citation.js';
import { Person } from './person.js';

const PERSON = { type: 'Person', table: people, label: 'person' } as const;

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  description: 'A new person. Creating the same slug twice with the same facts returns the same person.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Stable, readable key: "sam-altman".' }),
    name: t.string({ required: true, description: 'Full name.' }),
    bio: t.string({ description: 'A short biography in Moat’s words.' }),
    citation: t.field({
      type: CitationInput,
      description: 'The excerpt that reports their bio; given, the bio is a claim it supports.',
    }),
  }),
});

const UpdatePersonInput = builder.inputType('UpdatePersonInput', {
  description:
    'Changes to a person. Fields left out stay as they are. Their name is replaced; their bio is a claim (null: the source says there is none).',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Which person: their slug.' }),
    expectedVersion: t.int({
      description:
        'The `version` you read, if the update must not follow another; if the person changed since, you get a ConflictError.',
    }),
    name: t.string({ description: 'Full name.' }),
    bio: t.string({ description: 'A short biography in Moat’s words.' }),
    citation: t.field({ type: CitationInput, description: UPDATE_CITATION_DESCRIPTION }),
  }),
});

const personFacts = { name, bio: optionalText(2000) };

writeMutation('createPerson', {
  type: Person,
  description: 'Records a person. The same input twice gives the same person, not a duplicate.',
  input: CreatePersonInput,
  inputDescription: 'The new person.',
  schema: z.object({ slug, ...personFacts, citation: citationSchema.nullish() }),
  errors: [ConflictError],
  result: 'The person, or why they were not created.',
  payload: {
    description: 'The person created (or already recorded).',
    field: 'person',
    fieldDescription: 'The person.',
  },
  write: async ({ citation, ...input }, write) =>
    createBySlug(
      write,
      PERSON,
      input,
      citation && (await citedSource(write.tx, citation)),
      'change them with updatePerson',
    ),
});

writeMutation('updatePerson', {
  type: Person,
  description:
    'Renames a person and adds claims about their bio, cited; with `expectedVersion`, only if they have not changed since you read them.',
  input: UpdatePersonInput,
  inputDescription: 'The changes.',
  schema: z
    .object({
      slug,
      expectedVersion: expectedVersion.nullish(),
      ...personFacts,
      name: name.optional(),
      citation: citationSchema.nullish(),
    })
    .refine(...citesItsFacts('Person')),
  errors: [NotFoundError, ConflictError],
  result: 'The changed person, or why they were not changed.',
  payload: { description: 'The person as changed.', field: 'person', fieldDescription: 'The person.' },
  write: async ({ citation, ...input }, write) =>
    updateBySlug(write, PERSON, input, citation && (await citedSource(write.tx, citation))),
});

deleteMutation({
  type: 'Person',
  table: people,
  by: 'slug',
  description:
    'Deletes a person with their roles, their investments and their citations. Quotes they said stay, with their attribution text.',
});
