import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/api-keys.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
const keys = { admin: '', write: '' };

beforeAll(async () => {
  server = await startTestServer();
  keys.admin = (await createApiKey(server.connection.db, 'key manager', ['admin'])).key;
  keys.write = (await createApiKey(server.connection.db, 'analyst', ['write'])).key;
});
afterAll(() => server.close());

const CREATE = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload { key apiKey { id name scopes revokedAt } }
    ... on UserError { message }
    ... on ValidationError { issues { path message } }
  }
}`;
const REVOKE = `mutation ($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    __typename
    ... on RevokeApiKeyPayload { apiKey { id revokedAt } }
    ... on UserError { message }
  }
}`;
const LIST = '{ apiKeys(first: 10) { totalCount nodes { name scopes revokedAt } } }';
const WRITE = `mutation { createPerson(input: { slug: "grace-hopper", name: "Grace Hopper" }) { __typename } }`;

describe('API keys over GraphQL', () => {
  it('an admin creates a key, shown once, that can write at once; the audit log keeps it without its hash', async () => {
    const created = (
      await server.query(CREATE, { input: { name: 'newsroom', scopes: ['write', 'write'] } }, keys.admin)
    ).data.createApiKey;
    expect(created).toMatchObject({
      __typename: 'CreateApiKeyPayload',
      key: expect.stringMatching(/^moat_[\w-]{43}$/),
      apiKey: { name: 'newsroom', scopes: ['write'], revokedAt: null },
    });
    expect((await server.query(WRITE, {}, created.key)).data.createPerson.__typename).toBe(
      'CreatePersonPayload',
    );
    // Newest first: the person the new key wrote, then the key's creation.
    const [, entry] = (
      await server.query('{ auditLog(first: 2) { nodes { mutation recordType after } } }', {}, keys.admin)
    ).data.auditLog.nodes;
    expect(entry).toMatchObject({
      mutation: 'createApiKey',
      recordType: 'ApiKey',
      after: { name: 'newsroom' },
    });
    expect(JSON.stringify(entry.after)).not.toMatch(/hash/i);
  });

  it('lists keys, never the keys themselves, and revokes one at once', async () => {
    const list = (await server.query(LIST, {}, keys.admin)).data.apiKeys;
    expect(list.totalCount).toBe(3);
    expect(list.nodes.map((key: { name: string }) => key.name)).toEqual([
      'newsroom',
      'analyst',
      'key manager',
    ]);
    const created = (
      await server.query(CREATE, { input: { name: 'temporary', scopes: ['write'] } }, keys.admin)
    ).data.createApiKey;
    const revoked = (await server.query(REVOKE, { input: { id: created.apiKey.id } }, keys.admin)).data
      .revokeApiKey;
    expect(revoked).toMatchObject({
      __typename: 'RevokeApiKeyPayload',
      apiKey: { revokedAt: expect.any(String) },
    });
    expect((await server.query(WRITE, {}, created.key)).data.createPerson.__typename).toBe(
      'NotAuthorizedError',
    );
    const again = (await server.query(REVOKE, { input: { id: created.apiKey.id } }, keys.admin)).data
      .revokeApiKey;
    expect(again).toEqual({ __typename: 'NotFoundError', message: 'No valid API key has this id.' });
  });

  it('needs the admin scope, and names bad input', async () => {
    const refused = (await server.query(CREATE, { input: { name: 'mine', scopes: ['admin'] } }, keys.write))
      .data.createApiKey;
    expect(refused).toMatchObject({ __typename: 'NotAuthorizedError' });
    const listed = await server.query(LIST, {}, keys.write);
    expect(listed.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_AUTHORIZED' });
    const invalid = (await server.query(CREATE, { input: { name: ' ', scopes: [] } }, keys.admin)).data
      .createApiKey;
    expect(invalid.issues).toEqual([
      { path: ['input', 'name'], message: 'must not be blank' },
      { path: ['input', 'scopes'], message: 'must give at least one scope' },
    ]);
  });
});
