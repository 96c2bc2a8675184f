// API keys over GraphQL, for keys with the `admin` scope: list, create (the key is shown once)
// and revoke. The server's CLI does the same where the database is.
import { z } from 'zod';
import { createApiKey, revokeApiKey, SCOPES, type Scope } from '../../auth/api-keys.js';
import { findApiKey } from '../../db/queries/api-keys.js';
import { countRows } from '../../db/queries/lists.js';
import type { ApiKeyRow, ApiKeyScopeValue } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import { name } from '../../rules/text.js';
import { builder } from '../builder.js';
import { pageArgsOfForm } from '../shared/cursors.js';
import { writeMutation } from '../shared/mutations.js';

const ApiKeyScope = builder.enumType('ApiKeyScope', {
  description: 'What an API key may do.',
  values: {
    write: { description: 'Record and change facts (the mutations).' },
    admin: { description: 'Manage keys and read the audit log.' },
  } satisfies Record<ApiKeyScopeValue, unknown>,
});

export const ApiKey = builder.drizzleObject('apiKeys', {
  name: 'ApiKey',
  description: 'An API key, as Moat keeps it: never the key itself, which is shown once.',
  select: { columns: { keyHash: false } },
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The key’s id, as `keys list` shows it.' }),
    name: t.exposeString('name', { description: 'The name it was given, to tell keys apart.' }),
    scopes: t.expose('scopes', { type: [ApiKeyScope], description: 'What it may do.' }),
    rateLimit: t.exposeInt('rateLimit', {
      nullable: true,
      description:
        'Points a minute it may spend (an operation costs a point for each 100 of its complexity); null: the server’s limit for every key.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; null while it is valid.',
    }),
  }),
});

/** A key's row as the audit log keeps it: without its hash. */
const audited = ({ keyHash: _, ...row }: ApiKeyRow) => row;

builder.queryField('apiKeys', (t) =>
  t.drizzleConnection({
    type: 'apiKeys',
    description: 'Every API key, newest first, revoked ones too. Needs an API key with the `admin` scope.',
    authScopes: { admin: true },
    validate: pageArgsOfForm('moment'),
    totalCount: (_parent, _args, ctx) => countRows(ctx.db.query.apiKeys, {}),
    resolve: (query, _parent, _args, ctx) =>
      ctx.db.query.apiKeys.findMany(query({ orderBy: { createdAt: 'desc', id: 'desc' } } as const)),
  }),
);

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'A name to tell it apart: who or what uses it.' }),
    scopes: t.field({ type: [ApiKeyScope], required: true, description: 'What it may do.' }),
    rateLimit: t.int({
      required: false,
      description: 'Points a minute it may spend; left out, the server’s limit for every key.',
    }),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The API key to revoke.',
  fields: (t) => ({ id: t.string({ required: true, description: 'Its id, as `apiKeys` lists it.' }) }),
});

const createSchema = z.object({
  name,
  scopes: z
    .array(z.enum(SCOPES as [Scope, ...Scope[]]))
    .min(1, 'must give at least one scope')
    .transform((scopes) => [...new Set(scopes)]),
  rateLimit: z.int().min(1, 'must be 1 point a minute or more').nullish(),
});
const revokeSchema = z.object({ id: z.uuid('must be a key id, as `apiKeys` lists it') });

const CreateApiKeyPayload = builder
  .objectRef<{ apiKey: ApiKeyRow; key: string }>('CreateApiKeyPayload')
  .implement({
    description: 'The new key: `key` is shown this once and never again.',
    fields: (t) => ({
      apiKey: t.field({ type: ApiKey, description: 'The key, as Moat keeps it.', resolve: (p) => p.apiKey }),
      key: t.exposeString('key', {
        description: 'The key itself, to send as `Authorization: Bearer <key>`.',
      }),
    }),
  });

writeMutation('createApiKey', {
  type: CreateApiKeyPayload,
  description: 'Creates an API key and shows it once; only its hash is kept. Needs the `admin` scope.',
  scope: 'admin',
  input: CreateApiKeyInput,
  inputDescription: 'The new key.',
  schema: createSchema,
  result: 'The new key, or why it was not created.',
  write: async (input, { tx, audit }) => {
    const created = await createApiKey(tx, input.name, input.scopes, input.rateLimit ?? null);
    const apiKey = await findApiKey(tx, created.id);
    if (!apiKey) throw new Error('the key was not stored');
    await audit('ApiKey', null, audited(apiKey));
    return { apiKey, key: created.key };
  },
});

writeMutation('revokeApiKey', {
  type: ApiKey,
  description:
    'Revokes an API key at once: requests with it are refused from now on. Needs the `admin` scope.',
  scope: 'admin',
  input: RevokeApiKeyInput,
  inputDescription: 'The key to revoke.',
  schema: revokeSchema,
  errors: [NotFoundError],
  result: 'The revoked key, or why it was not revoked.',
  payload: { description: 'The key, now revoked.', field: 'apiKey', fieldDescription: 'The key.' },
  write: async ({ id }, { tx, audit }) => {
    const before = await findApiKey(tx, id);
    if (!before || !(await revokeApiKey(tx, id))) throw new NotFoundError('No valid API key has this id.');
    const after = await findApiKey(tx, id);
    if (!after) throw new Error('the key was not stored');
    await audit('ApiKey', audited(before), audited(after));
    return after;
  },
});
