import { describe, expect, it } from 'vitest';
import { ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import { graphql } from '../graphql/gql.js';
import type { CreateApiKeyInput } from '../graphql/graphql.js';
import { useApiKey, useTestServer } from '../helpers.js';

const server = useTestServer();
const keys = {
  admin: useApiKey(server, 'key manager', ['admin']),
  write: useApiKey(server, 'analyst', ['write']),
};

const CreateApiKey = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload { key apiKey { id name scopes rateLimit revokedAt } }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);
const RevokeApiKey = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on RevokeApiKeyPayload { apiKey { id revokedAt } }
      ... on UserError { message }
    }
  }
`);
const ApiKeys = graphql(
  `query ApiKeys { apiKeys(first: 10) { totalCount nodes { name scopes revokedAt } } }`,
);
const Write = graphql(`
  mutation WriteWithNewKey {
    createPerson(input: { slug: "grace-hopper", name: "Grace Hopper" }) { __typename }
  }
`);

const create = (input: CreateApiKeyInput, apiKey = keys.admin.key) =>
  server.send(CreateApiKey, input, apiKey);
const revoke = (id: string) => server.send(RevokeApiKey, { id }, keys.admin.key);
/** What a write with `apiKey` gives. */
const write = async (apiKey: string) => (await server.query(Write, {}, apiKey)).data.createPerson.__typename;

describe('API keys over GraphQL', () => {
  it('an admin creates a key, shown once, that can write at once; the audit log keeps it without its hash', async () => {
    const created = await create({ name: 'newsroom', scopes: ['write', 'write'] });
    expect(created).toMatchObject({
      __typename: 'CreateApiKeyPayload',
      key: expect.stringMatching(/^moat_[\w-]{43}$/),
      apiKey: { name: 'newsroom', scopes: ['write'], rateLimit: null, revokedAt: null },
    });
    expect(await write(ofType(created, 'CreateApiKeyPayload').key)).toBe('CreatePersonPayload');
    // Newest first: the person the new key wrote, then the key's creation.
    const log = await server.query(
      graphql(`query LatestAuditEntries { auditLog(first: 2) { nodes { mutation recordType after } } }`),
      {},
      keys.admin.key,
    );
    const [, entry] = log.data.auditLog.nodes;
    expect(entry).toMatchObject({
      mutation: 'createApiKey',
      recordType: 'ApiKey',
      after: { name: 'newsroom' },
    });
    expect(JSON.stringify(entry?.after)).not.toMatch(/hash/i);
  });

  it('gives a key a rate limit of its own', async () => {
    const created = await create({ name: 'partner', scopes: ['write'], rateLimit: 600 });
    expect(ofType(created, 'CreateApiKeyPayload').apiKey).toMatchObject({ name: 'partner', rateLimit: 600 });
  });

  it('lists keys, never the keys themselves, and revokes one at once', async () => {
    expect(await create({ name: 'listed', scopes: ['write'] })).toMatchObject({
      __typename: 'CreateApiKeyPayload',
    });
    const list = (await server.query(ApiKeys, {}, keys.admin.key)).data.apiKeys;
    const names = list.nodes.map((key) => key.name);
    // Newest first: this test's key, any other test's, then the two the file began with.
    expect([names[0], ...names.slice(-2)]).toEqual(['listed', 'analyst', 'key manager']);
    expect(list.totalCount).toBe(names.length);
    const created = ofType(await create({ name: 'temporary', scopes: ['write'] }), 'CreateApiKeyPayload');
    expect(await revoke(created.apiKey.id)).toMatchObject({
      __typename: 'RevokeApiKeyPayload',
      apiKey: { revokedAt: expect.any(String) },
    });
    const revoked = await databaseDigest(server);
    expect(await write(created.key)).toBe('NotAuthorizedError');
    expect(await revoke(created.apiKey.id)).toEqual({
      __typename: 'NotFoundError',
      message: 'No valid API key has this id.',
    });
    expect(await changesSince(server, revoked)).toEqual({});
  });

  it('needs the admin scope, and names bad input; nothing written', async () => {
    const before = await databaseDigest(server);
    const refused = await create({ name: 'mine', scopes: ['admin'] }, keys.write.key);
    expect(refused).toMatchObject({ __typename: 'NotAuthorizedError' });
    const listed = await server.query(ApiKeys, {}, keys.write.key);
    expect(listed.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_AUTHORIZED' });
    const invalid = await create({ name: ' ', scopes: [], rateLimit: 0 });
    expect(ofType(invalid, 'ValidationError').issues).toEqual([
      { path: ['input', 'name'], message: 'must not be blank' },
      { path: ['input', 'scopes'], message: 'must give at least one scope' },
      { path: ['input', 'rateLimit'], message: 'must be 1 point a minute or more' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });
});
