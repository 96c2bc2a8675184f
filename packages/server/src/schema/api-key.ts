// API keys over GraphQL, for keys with the `admin` scope: list, create (the key is shown once)
// and revoke. The server's CLI does the same where the database is.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { createApiKey, revokeApiKey, SCOPES, type Scope } from '../auth/api-keys.js';
import { recordWrite } from '../db/audit.js';
import { type apiKeyScope, apiKeys } from '../db/schema.js';
import { NotFoundError, parseInput } from '../errors.js';
import { builder } from './builder.js';
import { countRows } from './connection-count.js';
import { WRITE_ERRORS } from './errors.js';

const ApiKeyScope = builder.enumType('ApiKeyScope', {
  description: 'What an API key may do.',
  values: {
    write: { description: 'Record and change facts (the mutations).' },
    admin: { description: 'Manage keys and read the audit log.' },
  } satisfies Record<(typeof apiKeyScope.enumValues)[number], unknown>,
});

export const ApiKey = builder.drizzleObject('apiKeys', {
  name: 'ApiKey',
  description: 'An API key, as Moat keeps it: never the key itself, which is shown once.',
  select: { columns: { keyHash: false } },
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The key’s id, as `keys list` shows it.' }),
    name: t.exposeString('name', { description: 'The name it was given, to tell keys apart.' }),
    scopes: t.expose('scopes', { type: [ApiKeyScope], description: 'What it may do.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; null while it is valid.',
    }),
  }),
});

/** A key's row as the audit log keeps it: without its hash. */
const audited = ({ keyHash: _, ...row }: typeof apiKeys.$inferSelect) => row;

builder.queryField('apiKeys', (t) =>
  t.drizzleConnection({
    type: 'apiKeys',
    description: 'Every API key, newest first, revoked ones too. Needs an API key with the `admin` scope.',
    authScopes: { admin: true },
    totalCount: (_parent, _args, ctx) => countRows(ctx.db.query.apiKeys, {}),
    resolve: (query, _parent, _args, ctx) =>
      ctx.db.query.apiKeys.findMany(query({ orderBy: { createdAt: 'desc', id: 'desc' } })),
  }),
);

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'A name to tell it apart: who or what uses it.' }),
    scopes: t.field({ type: [ApiKeyScope], required: true, description: 'What it may do.' }),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The API key to revoke.',
  fields: (t) => ({ id: t.string({ required: true, description: 'Its id, as `apiKeys` lists it.' }) }),
});

const createSchema = z.object({
  name: z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters'),
  scopes: z
    .array(z.enum(SCOPES as [Scope, ...Scope[]]))
    .min(1, 'must give at least one scope')
    .transform((scopes) => [...new Set(scopes)]),
});
const revokeSchema = z.object({ id: z.uuid('must be a key id, as `apiKeys` lists it') });

const CreateApiKeyPayload = builder
  .objectRef<{ apiKey: typeof apiKeys.$inferSelect; key: string }>('CreateApiKeyPayload')
  .implement({
    description: 'The new key: `key` is shown this once and never again.',
    fields: (t) => ({
      apiKey: t.field({ type: ApiKey, description: 'The key, as Moat keeps it.', resolve: (p) => p.apiKey }),
      key: t.exposeString('key', {
        description: 'The key itself, to send as `Authorization: Bearer <key>`.',
      }),
    }),
  });

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    description: 'Creates an API key and shows it once; only its hash is kept. Needs the `admin` scope.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The new key.' }) },
    errors: {
      types: WRITE_ERRORS,
      directResult: true,
      union: { name: 'CreateApiKeyResult', description: 'The new key, or why it was not created.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(createSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const created = await createApiKey(tx, input.name, input.scopes);
        const [apiKey] = await tx.select().from(apiKeys).where(eq(apiKeys.id, created.id));
        if (!apiKey) throw new Error('the key was not stored');
        await recordWrite(tx, ctx.auth, {
          mutation: 'createApiKey',
          recordType: 'ApiKey',
          recordId: apiKey.id,
          before: null,
          after: audited(apiKey),
        });
        return { apiKey, key: created.key };
      });
    },
  }),
  revokeApiKey: t.field({
    type: ApiKey,
    description:
      'Revokes an API key at once: requests with it are refused from now on. Needs the `admin` scope.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'The key to revoke.' }) },
    errors: {
      types: [...WRITE_ERRORS, NotFoundError],
      union: { name: 'RevokeApiKeyResult', description: 'The revoked key, or why it was not revoked.' },
      result: { name: 'RevokeApiKeyPayload', description: 'The key, now revoked.' },
      dataField: { name: 'apiKey', description: 'The key.' },
    },
    resolve: (_root, args, ctx) => {
      const { id } = parseInput(revokeSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id));
        if (!before || !(await revokeApiKey(tx, id)))
          throw new NotFoundError('No valid API key has this id.');
        const [after] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id));
        if (!after) throw new Error('the key was not stored');
        await recordWrite(tx, ctx.auth, {
          mutation: 'revokeApiKey',
          recordType: 'ApiKey',
          recordId: id,
          before: audited(before),
          after: audited(after),
        });
        return after;
      });
    },
  }),
}));
