import { describe, expect, it } from 'vitest';
import { auditEntries, ofType, rowCounts } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import type { CreateCompanyInput } from '../graphql/graphql.js';
import { useApiKey, useTestServer } from '../helpers.js';
import { tables } from '../moat.js';

const server = useTestServer();
const keys = {
  write: useApiKey(server, 'analyst', ['write']),
  admin: useApiKey(server, 'key manager', ['admin']),
  revoked: useApiKey(server, 'former analyst', ['write'], { revoked: true }),
};

const CreateCompany = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      __typename
      ... on CreateCompanyPayload { company { id slug name kind country aliases version } }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
      ... on ConflictError { currentVersion }
    }
  }
`);

const UpdateCompany = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      __typename
      ... on UpdateCompanyPayload { company { slug name description version } }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
      ... on ConflictError { currentVersion }
    }
  }
`);

const CompanyNamed = graphql(`
  query CompanyNamed($slug: String!) {
    company(slug: $slug) { name version }
  }
`);

const mistral = {
  slug: 'mistral-ai',
  name: 'Mistral AI',
  kind: 'STARTUP',
  country: 'FR',
  aliases: ['Mistral'],
} satisfies CreateCompanyInput;

/** How many companies and audit entries there are: what "nothing written" compares. */
const counts = () => rowCounts(server, { companies: tables.companies, audit: tables.auditLog });

describe('createCompany', () => {
  it('records a company with an audit entry naming the key, and the same input twice changes nothing', async () => {
    const first = await server.send(CreateCompany, mistral, keys.write.key);
    expect(first).toEqual({
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
    const again = await server.send(CreateCompany, mistral, keys.write.key);
    expect(ofType(again, 'CreateCompanyPayload').company.id).toBe(
      ofType(first, 'CreateCompanyPayload').company.id,
    );
    expect(await counts()).toEqual(before);

    const read = await server.query(CompanyNamed, { slug: 'mistral-ai' });
    expect(read.data.company?.name).toBe('Mistral AI');
    const entries = await auditEntries(server, 'createCompany');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ apiKeyId: keys.write.id, recordType: 'Company', before: null });
    expect(entries[0]?.after).toMatchObject({ slug: 'mistral-ai', name: 'Mistral AI', version: 1 });
  });

  it('refuses the slug of a company recorded with other facts: ConflictError, nothing written', async () => {
    const before = await counts();
    const result = await server.send(CreateCompany, { ...mistral, name: 'Mistral' }, keys.write.key);
    expect(result).toEqual({
      __typename: 'ConflictError',
      message:
        'A company with the slug "mistral-ai" is already recorded with other facts; change it with updateCompany.',
      currentVersion: 1,
    });
    expect(await counts()).toEqual(before);
  });

  it('names every problem of an input by its path: ValidationError, nothing written', async () => {
    const before = await counts();
    const result = await server.send(
      CreateCompany,
      { slug: 'Bad Slug', name: '  ', kind: 'STARTUP', aliases: ['x', 'x'] },
      keys.write.key,
    );
    expect(result.__typename).toBe('ValidationError');
    expect(ofType(result, 'ValidationError').issues).toEqual([
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
    const input = { ...mistral, slug: 'x-ai', country: 'France' };
    const result = await server.query(CreateCompany, { input }, keys.write.key);
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
    const presented = key === 'revoked' ? keys.revoked.key : key === 'admin' ? keys.admin.key : key;
    const result = await server.send(CreateCompany, { ...mistral, slug: 'cohere' }, presented);
    expect(result).toEqual({ __typename: 'NotAuthorizedError', message });
    expect(await counts()).toEqual(before);
  });
});

describe('updateCompany', () => {
  it('changes facts, raises the version and records before and after', async () => {
    const result = await server.send(
      UpdateCompany,
      { slug: 'mistral-ai', expectedVersion: 1, description: 'A French AI lab.' },
      keys.write.key,
    );
    expect(result).toEqual({
      __typename: 'UpdateCompanyPayload',
      company: { slug: 'mistral-ai', name: 'Mistral AI', description: 'A French AI lab.', version: 2 },
    });
    const [entry] = await auditEntries(server, 'updateCompany');
    expect(entry?.before).toMatchObject({ description: null, version: 1 });
    expect(entry?.after).toMatchObject({ description: 'A French AI lab.', version: 2 });
  });

  it('refuses a stale version (ConflictError with the current one), an unknown slug and a null name', async () => {
    const stale = await server.send(
      UpdateCompany,
      { slug: 'mistral-ai', expectedVersion: 1, name: 'X' },
      keys.write.key,
    );
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const missing = await server.send(UpdateCompany, { slug: 'nobody', expectedVersion: 1 }, keys.write.key);
    expect(missing).toEqual({
      __typename: 'NotFoundError',
      message: 'No company has the slug "nobody".',
    });
    const nullName = await server.send(
      UpdateCompany,
      { slug: 'mistral-ai', expectedVersion: 2, name: null },
      keys.write.key,
    );
    expect(ofType(nullName, 'ValidationError').issues).toEqual([
      { path: ['input', 'name'], message: expect.any(String) },
    ]);
    const read = await server.query(CompanyNamed, { slug: 'mistral-ai' });
    expect(read.data.company).toEqual({ name: 'Mistral AI', version: 2 });
  });
});
