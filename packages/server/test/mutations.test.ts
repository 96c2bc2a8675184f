import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../src/auth/api-keys.js';
import { auditLog, companies } from '../src/db/schema.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
const keys = { write: '', admin: '', revoked: '' };
let writeKeyId = '';

beforeAll(async () => {
  server = await startTestServer();
  const db = server.connection.db;
  const writer = await createApiKey(db, 'analyst', ['write']);
  keys.write = writer.key;
  writeKeyId = writer.id;
  keys.admin = (await createApiKey(db, 'key manager', ['admin'])).key;
  const revoked = await createApiKey(db, 'former analyst', ['write']);
  await revokeApiKey(db, revoked.id);
  keys.revoked = revoked.key;
});
afterAll(() => server.close());

/** Sends a mutation with an API key (or none), as an app does. */
const send = (query: string, variables: Record<string, unknown>, key?: string) =>
  server.query(query, variables, key);

const CREATE = `mutation ($input: CreateCompanyInput!) {
  createCompany(input: $input) {
    __typename
    ... on CreateCompanyPayload { company { id slug name kind country aliases version } }
    ... on UserError { message }
    ... on ValidationError { issues { path message } }
    ... on ConflictError { currentVersion }
  }
}`;

const UPDATE = `mutation ($input: UpdateCompanyInput!) {
  updateCompany(input: $input) {
    __typename
    ... on UpdateCompanyPayload { company { slug name description version } }
    ... on UserError { message }
    ... on ValidationError { issues { path message } }
    ... on ConflictError { currentVersion }
  }
}`;

const mistral = {
  slug: 'mistral-ai',
  name: 'Mistral AI',
  kind: 'STARTUP',
  country: 'FR',
  aliases: ['Mistral'],
};

/** How many companies and audit entries there are: what "nothing written" compares. */
async function counts() {
  const db = server.connection.db;
  const [companyCount] = await db.select({ n: count() }).from(companies);
  const [auditCount] = await db.select({ n: count() }).from(auditLog);
  return { companies: companyCount?.n, audit: auditCount?.n };
}

describe('createCompany', () => {
  it('records a company with an audit entry naming the key, and the same input twice changes nothing', async () => {
    const first = await send(CREATE, { input: mistral }, keys.write);
    expect(first.data.createCompany).toEqual({
      __typename: 'CreateCompanyPayload',
      company: {
        id: expect.any(String),
        slug: 'mistral-ai',
        name: 'Mistral AI',
        kind: 'STARTUP',
        country: 'FR',
        aliases: ['Mistral'],
        version: 1,
      },
    });
    const before = await counts();
    const again = await send(CREATE, { input: mistral }, keys.write);
    expect(again.data.createCompany.company.id).toBe(first.data.createCompany.company.id);
    expect(await counts()).toEqual(before);

    const read = await server.query('{ company(slug: "mistral-ai") { name } }');
    expect(read.data.company.name).toBe('Mistral AI');
    const entries = await server.connection.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.mutation, 'createCompany'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ apiKeyId: writeKeyId, recordType: 'Company', before: null });
    expect(entries[0]?.after).toMatchObject({ slug: 'mistral-ai', name: 'Mistral AI', version: 1 });
  });

  it('refuses the slug of a company recorded with other facts: ConflictError, nothing written', async () => {
    const before = await counts();
    const result = await send(CREATE, { input: { ...mistral, name: 'Mistral' } }, keys.write);
    expect(result.data.createCompany).toEqual({
      __typename: 'ConflictError',
      message:
        'A company with the slug "mistral-ai" is already recorded with other facts; change it with updateCompany.',
      currentVersion: 1,
    });
    expect(await counts()).toEqual(before);
  });

  it('names every problem of an input by its path: ValidationError, nothing written', async () => {
    const before = await counts();
    const result = await send(
      CREATE,
      { input: { slug: 'Bad Slug', name: '  ', kind: 'STARTUP', aliases: ['x', 'x'] } },
      keys.write,
    );
    expect(result.data.createCompany.__typename).toBe('ValidationError');
    expect(result.data.createCompany.issues).toEqual([
      {
        path: ['input', 'slug'],
        message: 'must be lowercase letters and digits joined by hyphens, like "openai"',
      },
      { path: ['input', 'name'], message: 'must not be blank' },
      { path: ['input', 'aliases'], message: 'must not repeat a name' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a country code that is not ISO 3166 before anything runs', async () => {
    const before = await counts();
    const result = await send(CREATE, { input: { ...mistral, slug: 'x-ai', country: 'France' } }, keys.write);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toBe(
      'Variable "$input" got invalid value "France" at "input.country"; Value is not a valid country code: France',
    );
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['no key', undefined, 'This needs an API key: send "Authorization: Bearer <key>".'],
    ['an unknown key', 'moat_not-a-key', 'The API key is not known.'],
    ['a revoked key', 'revoked', 'The API key has been revoked.'],
    [
      'a key without the write scope',
      'admin',
      'The API key "key manager" lacks the scope this needs (it has: admin).',
    ],
  ])('refuses a write with %s: NotAuthorizedError, nothing written', async (_case, key, message) => {
    const before = await counts();
    const presented = key === 'revoked' ? keys.revoked : key === 'admin' ? keys.admin : key;
    const result = await send(CREATE, { input: { ...mistral, slug: 'cohere' } }, presented);
    expect(result.data.createCompany).toEqual({ __typename: 'NotAuthorizedError', message });
    expect(await counts()).toEqual(before);
  });
});

describe('updateCompany', () => {
  it('changes facts, raises the version and records before and after', async () => {
    const result = await send(
      UPDATE,
      { input: { slug: 'mistral-ai', expectedVersion: 1, description: 'A French AI lab.' } },
      keys.write,
    );
    expect(result.data.updateCompany).toEqual({
      __typename: 'UpdateCompanyPayload',
      company: { slug: 'mistral-ai', name: 'Mistral AI', description: 'A French AI lab.', version: 2 },
    });
    const [entry] = await server.connection.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.mutation, 'updateCompany'));
    expect(entry?.before).toMatchObject({ description: null, version: 1 });
    expect(entry?.after).toMatchObject({ description: 'A French AI lab.', version: 2 });
  });

  it('refuses a stale version (ConflictError with the current one), an unknown slug and a null name', async () => {
    const stale = await send(
      UPDATE,
      { input: { slug: 'mistral-ai', expectedVersion: 1, name: 'X' } },
      keys.write,
    );
    expect(stale.data.updateCompany).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const missing = await send(UPDATE, { input: { slug: 'nobody', expectedVersion: 1 } }, keys.write);
    expect(missing.data.updateCompany).toEqual({
      __typename: 'NotFoundError',
      message: 'No company has the slug "nobody".',
    });
    const nullName = await send(
      UPDATE,
      { input: { slug: 'mistral-ai', expectedVersion: 2, name: null } },
      keys.write,
    );
    expect(nullName.data.updateCompany.issues).toEqual([
      { path: ['input', 'name'], message: expect.any(String) },
    ]);
    const read = await server.query('{ company(slug: "mistral-ai") { name version } }');
    expect(read.data.company).toEqual({ name: 'Mistral AI', version: 2 });
  });

  it('lets exactly one of 20 concurrent updates of one version win; the others get ConflictError', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(
          UPDATE,
          { input: { slug: 'mistral-ai', expectedVersion: 2, headquarters: `City ${i}` } },
          keys.write,
        ),
      ),
    );
    const kinds = results.map((result) => result.data.updateCompany.__typename);
    expect(kinds.filter((kind) => kind === 'UpdateCompanyPayload')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'ConflictError')).toHaveLength(19);
    const read = await server.query('{ company(slug: "mistral-ai") { version } }');
    expect(read.data.company.version).toBe(3);
  });
});

describe('auditLog', () => {
  const AUDIT = `query ($filter: AuditLogFilter) {
    auditLog(filter: $filter, first: 50) {
      totalCount
      nodes { mutation recordType recordId apiKey { name scopes } before after }
    }
  }`;

  it('lists every write, newest first, to a key with the admin scope; filters by record, key and time', async () => {
    const all = await send(AUDIT, {}, keys.admin);
    expect(all.errors).toBeUndefined();
    const mutations = all.data.auditLog.nodes.map((entry: any) => entry.mutation);
    expect(mutations.slice(0, 3)).toEqual(['updateCompany', 'updateCompany', 'createCompany']);
    // Before them, the seed data set's import, by no key.
    expect(new Set(mutations.slice(3))).toEqual(new Set(['import']));
    expect(all.data.auditLog.nodes[3].apiKey).toBeNull();
    expect(all.data.auditLog.nodes[2]).toMatchObject({
      recordType: 'Company',
      apiKey: { name: 'analyst', scopes: ['write'] },
      before: null,
      after: { slug: 'mistral-ai' },
    });
    const recordId = all.data.auditLog.nodes[0].recordId;
    const company = await server.query(`{ node(id: "${recordId}") { ... on Company { slug } } }`);
    expect(company.data.node).toEqual({ slug: 'mistral-ai' });

    const byRecord = await send(AUDIT, { filter: { record: recordId } }, keys.admin);
    expect(byRecord.data.auditLog.totalCount).toBe(3);
    const byKey = await send(AUDIT, { filter: { apiKey: writeKeyId } }, keys.admin);
    expect(byKey.data.auditLog.totalCount).toBe(3);
    const future = await send(AUDIT, { filter: { from: '2999-01-01T00:00:00Z' } }, keys.admin);
    expect(future.data.auditLog.totalCount).toBe(0);
    const badKey = await send(AUDIT, { filter: { apiKey: 'nope' } }, keys.admin);
    expect(badKey.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is refused to a key without the admin scope, with a typed error', async () => {
    const result = await send(AUDIT, {}, keys.write);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'The API key "analyst" lacks the scope this needs (it has: write).',
      extensions: { code: 'NOT_AUTHORIZED' },
    });
  });
});

describe('50 concurrent writers', () => {
  it('leave consistent counts: 25 companies each created twice at once give 25 rows and 25 audit entries', async () => {
    const before = await counts();
    const inputs = Array.from({ length: 50 }, (_, i) => ({
      slug: `lab-${i % 25}`,
      name: `Lab ${i % 25}`,
      kind: 'RESEARCH_LAB',
    }));
    const results = await Promise.all(inputs.map((input) => send(CREATE, { input }, keys.write)));
    expect(results.every((result) => result.data.createCompany.__typename === 'CreateCompanyPayload')).toBe(
      true,
    );
    const ids = new Map<string, Set<string>>();
    for (const result of results) {
      const { slug, id } = result.data.createCompany.company;
      ids.set(slug, (ids.get(slug) ?? new Set()).add(id));
    }
    expect([...ids.values()].every((set) => set.size === 1)).toBe(true);
    expect(await counts()).toEqual({
      companies: (before.companies ?? 0) + 25,
      audit: (before.audit ?? 0) + 25,
    });
  });
});
