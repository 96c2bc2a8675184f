import { beforeAll, describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import type { AuditLogFilter } from '../graphql/graphql.js';
import { useApiKey, useSeededSource, useTestServer } from '../helpers.js';

const server = useTestServer();
const keys = {
  write: useApiKey(server, 'analyst', ['write']),
  admin: useApiKey(server, 'key manager', ['admin']),
};
const source = useSeededSource(server);

const CreateCompany = graphql(`
  mutation AuditedCreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { __typename } }
`);
const UpdateCompany = graphql(`
  mutation AuditedUpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { __typename } }
`);

// Three writes by the analyst's key to audit: a company created, then changed twice, citing one
// excerpt.
beforeAll(async () => {
  const citation = { source: source.id, excerpt: 'Mistral AI, a French AI lab in Paris' };
  const writes = [
    await server.send(
      CreateCompany,
      { slug: 'mistral-ai', name: 'Mistral AI', kind: 'STARTUP' },
      keys.write.key,
    ),
    await server.send(
      UpdateCompany,
      { slug: 'mistral-ai', expectedVersion: 1, description: 'A French AI lab.', citation },
      keys.write.key,
    ),
    await server.send(
      UpdateCompany,
      { slug: 'mistral-ai', expectedVersion: 2, headquarters: 'Paris', citation },
      keys.write.key,
    ),
  ];
  expect(writes.map((write) => write.__typename)).toEqual([
    'CreateCompanyPayload',
    'UpdateCompanyPayload',
    'UpdateCompanyPayload',
  ]);
});

const AuditLog = graphql(`
  query AuditLog($filter: AuditLogFilter) {
    auditLog(filter: $filter, first: 50) {
      totalCount
      nodes { mutation recordType recordId apiKey { name scopes } before after }
    }
  }
`);

describe('auditLog', () => {
  it('lists every write, newest first, to a key with the admin scope; filters by record, key and time', async () => {
    const all = await server.query(AuditLog, {}, keys.admin.key);
    expect(all.errors).toBeUndefined();
    const writes = all.data.auditLog.nodes.map(({ mutation, recordType }) => `${mutation} ${recordType}`);
    // Each update's entries (in any order, as they share their time): the claim it adds, the
    // citation it adds first, and the company.
    expect(writes.slice(0, 2)).toEqual(expect.inAnyOrder(['updateCompany Claim', 'updateCompany Company']));
    expect(writes.slice(2, 5)).toEqual(
      expect.inAnyOrder(['updateCompany Citation', 'updateCompany Claim', 'updateCompany Company']),
    );
    expect(writes[5]).toBe('createCompany Company');
    // Before them, the seed data set's import, by no key.
    const mutations = all.data.auditLog.nodes.map((entry) => entry.mutation);
    expect(new Set(mutations.slice(6))).toEqual(new Set(['import']));
    expect(all.data.auditLog.nodes[6]?.apiKey).toBeNull();
    expect(all.data.auditLog.nodes[5]).toMatchObject({
      recordType: 'Company',
      apiKey: { name: 'analyst', scopes: ['write'] },
      before: null,
      after: { slug: 'mistral-ai' },
    });
    const recordId = must(all.data.auditLog.nodes[5]).recordId;
    const company = await server.query(
      graphql(`
        query AuditedRecord($id: ID!) {
          node(id: $id) { ... on Company { slug } }
        }
      `),
      { id: recordId },
    );
    expect(company.data.node).toEqual({ slug: 'mistral-ai' });

    const count = async (filter: AuditLogFilter) =>
      (await server.query(AuditLog, { filter }, keys.admin.key)).data.auditLog.totalCount;
    expect(await count({ record: recordId })).toBe(3);
    expect(await count({ apiKey: keys.write.id })).toBe(6);
    expect(await count({ from: '2999-01-01T00:00:00Z' })).toBe(0);
    const badKey = await server.query(AuditLog, { filter: { apiKey: 'nope' } }, keys.admin.key);
    expect(badKey.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a moment before the year 1, which PostgreSQL does not keep', async () => {
    // Its UTC moment is in the year 0.
    const filter = { to: '0001-01-01T00:00:00+14:00' };
    const { errors } = await server.query(AuditLog, { filter }, keys.admin.key);
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Invalid argument filter.to: must be in the year 1 or later',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(server.loggedErrors).toEqual([]);
  });

  // Their cursors hold a moment (a Date), unlike any other list's.
  it.each([
    ['auditLog', 'recordType'],
    ['apiKeys', 'name'],
  ])('%s pages on from each endCursor, one item a page', async (list, field) => {
    const page = (after: string | null) =>
      server.query(
        `query($after: String) { ${list}(first: 1, after: $after) { nodes { id ${field} } pageInfo { endCursor hasNextPage } } }`,
        { after },
        keys.admin.key,
      );
    const first = await page(null);
    const second = await page(first.data[list].pageInfo.endCursor);
    expect(second.errors).toBeUndefined();
    expect(first.data[list].pageInfo.hasNextPage).toBe(true);
    expect(second.data[list].nodes).toHaveLength(1);
    expect(second.data[list].nodes[0].id).not.toBe(first.data[list].nodes[0].id);
  });

  it('is refused to a key without the admin scope, with a typed error', async () => {
    const result = await server.query(AuditLog, {}, keys.write.key);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'The API key "analyst" lacks the scope this needs (it has: write).',
      extensions: { code: 'NOT_AUTHORIZED' },
    });
  });
});
