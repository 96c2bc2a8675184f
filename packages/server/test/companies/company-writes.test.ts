import { describe, expect, it } from 'vitest';
import { addedClaim, addedClaimCitation, claimAudited, must, ofType } from '../assertions.js';
import { changesSince, databaseDigest, keysWhere } from '../database.js';
import { graphql } from '../graphql/gql.js';
import type { CreateCompanyInput } from '../graphql/graphql.js';
import { useApiKey, useSeededSource, useTestServer } from '../helpers.js';

const server = useTestServer();
const keys = {
  write: useApiKey(server, 'analyst', ['write']),
  admin: useApiKey(server, 'key manager', ['admin']),
  revoked: useApiKey(server, 'former analyst', ['write'], { revoked: true }),
};
const source = useSeededSource(server);

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
      ... on UpdateCompanyPayload {
        company {
          slug name description version disputed
          descriptionClaims { value rank recordedBy citations { excerpt } }
        }
      }
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

const _mistral = {
  slug: 'mistral-ai',
  name: 'Mistral AI',
  kind: 'STARTUP',
  country: 'FR',
  aliases: ['Mistral'],
} satisfies CreateCompanyInput;

const alephAlpha = {
  slug: 'aleph-alpha',
  name: 'Aleph Alpha',
  kind: 'STARTUP',
  country: 'DE',
  aliases: ['Aleph'],
} satisfies CreateCompanyInput;

describe('createCompany', () => {
  it('records a company with an audit entry naming the key, and the same input twice changes nothing', async () => {
    const before = await databaseDigest(server);
    const first = await server.send(CreateCompany, alephAlpha, keys.write.key);
    expect(first).toEqual({
      __typename: 'CreateCompanyPayload',
      company: {
        id: expect.any(String),
        slug: 'aleph-alpha',
        name: 'Aleph Alpha',
        kind: 'STARTUP',
        country: 'DE',
        aliases: ['Aleph'],
        version: 1,
      },
    });
    const recorded = { slug: 'aleph-alpha', name: 'Aleph Alpha', version: 1 };
    expect(await changesSince(server, before)).toEqual({
      companies: { added: [expect.objectContaining(recorded)] },
      audit_log: {
        added: [
          expect.objectContaining({
            api_key_id: keys.write.id,
            mutation: 'createCompany',
            record_type: 'Company',
            before: null,
            after: expect.objectContaining(recorded),
          }),
        ],
      },
    });

    const written = await databaseDigest(server);
    const again = await server.send(CreateCompany, alephAlpha, keys.write.key);
    expect(ofType(again, 'CreateCompanyPayload').company.id).toBe(
      ofType(first, 'CreateCompanyPayload').company.id,
    );
    expect(await changesSince(server, written)).toEqual({});
    const read = await server.query(CompanyNamed, { slug: 'aleph-alpha' });
    expect(read.data.company?.name).toBe('Aleph Alpha');
  });

  it('refuses the slug of a company recorded with other facts: ConflictError, nothing written', async () => {
    const before = await databaseDigest(server);
    const result = await server.send(
      CreateCompany,
      { slug: 'openai', name: 'OpenAI Inc.', kind: 'CORPORATION' },
      keys.write.key,
    );
    expect(result).toEqual({
      __typename: 'ConflictError',
      message:
        'A company with the slug "openai" is already recorded with other facts; change it with updateCompany.',
      currentVersion: 1,
    });
    expect(await changesSince(server, before)).toEqual({});
  });

  it('names every problem of an input by its path: ValidationError, nothing written', async () => {
    const before = await databaseDigest(server);
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
    expect(await changesSince(server, before)).toEqual({});
  });

  it('refuses a country code that is not ISO 3166 before anything runs', async () => {
    const before = await databaseDigest(server);
    const input = { ...alephAlpha, slug: 'x-ai', country: 'France' };
    const result = await server.query(CreateCompany, { input }, keys.write.key);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toBe(
      'Variable "$input" got invalid value "France" at "input.country"; Value is not a valid country code: France',
    );
    expect(await changesSince(server, before)).toEqual({});
  });

  // A search's cursor: well formed, but not one a list of quotes gives out.
  const OFFSET_CURSOR = Buffer.from('OffsetConnection:1').toString('base64');

  // Its payload's pages are checked with the operation, before the company is written: refused
  // after it, the client would get an error for a write that was made.
  it.each([
    [
      'a page too large',
      'fundingRounds(first: 500) { totalCount }',
      'Invalid argument first: must be at most 100, the largest page Moat returns',
    ],
    ['a made-up cursor', 'quotes(after: "bogus") { totalCount }', 'Invalid cursor: bogus'],
    ['a cursor of no list', 'people(before: "eA==") { totalCount }', 'Invalid cursor: eA=='],
    [
      'both ends of a page',
      'quotes(first: 1, last: 1) { totalCount }',
      'Invalid argument last: must not be given with first',
    ],
    [
      'a cursor of another list',
      `quotesAbout(after: "${OFFSET_CURSOR}") { totalCount }`,
      `Invalid cursor: ${OFFSET_CURSOR}`,
    ],
  ])('refuses a payload asking for %s before it writes', async (_case, page, message) => {
    const before = await databaseDigest(server);
    const { data, errors } = await server.query(
      `mutation($input: CreateCompanyInput!) {
        createCompany(input: $input) { ... on CreateCompanyPayload { company { slug ${page} } } }
      }`,
      { input: { ...alephAlpha, slug: 'mistral' } },
      keys.write.key,
    );
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message,
        path: ['createCompany'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(await changesSince(server, before)).toEqual({});
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
    const before = await databaseDigest(server);
    const presented = key === 'revoked' ? keys.revoked.key : key === 'admin' ? keys.admin.key : key;
    const result = await server.send(CreateCompany, { ...alephAlpha, slug: 'cohere' }, presented);
    expect(result).toEqual({ __typename: 'NotAuthorizedError', message });
    expect(await changesSince(server, before)).toEqual({});
  });
});

describe('updateCompany', () => {
  it('changes facts, raises the version and records before and after', async () => {
    const before = await databaseDigest(server);
    const description = 'A university in New York City.';
    const excerpt = 'New York University, in New York City';
    const result = await server.send(
      UpdateCompany,
      {
        slug: 'new-york-university',
        expectedVersion: 1,
        description,
        citation: { source: source.id, excerpt },
      },
      keys.write.key,
    );
    // The seed's description stays beside the new one. Both cite one undated source, so the
    // later recorded is read, and the description is disputed.
    expect(result).toEqual({
      __typename: 'UpdateCompanyPayload',
      company: {
        slug: 'new-york-university',
        name: 'New York University',
        description,
        version: 2,
        disputed: ['DESCRIPTION'],
        descriptionClaims: [
          { value: description, rank: 'NORMAL', recordedBy: 'analyst', citations: [{ excerpt }] },
          {
            value: 'University where Gary Marcus is a professor.',
            rank: 'NORMAL',
            recordedBy: null,
            citations: [{ excerpt: 'Gary Marcus, a renowned professor at New York University' }],
          },
        ],
      },
    });
    const [id] = keysWhere(before, 'companies', (company) => company.slug === 'new-york-university');
    const [sourceId] = keysWhere(before, 'sources', () => true);
    // The company, its new citation and claim with the link between them, and an audit entry each.
    expect(await changesSince(server, before)).toEqual({
      companies: { changed: { [must(id)]: { description, disputed: ['description'], version: 2 } } },
      citations: { added: [expect.objectContaining({ company_id: id, source_id: sourceId, excerpt })] },
      claims: { added: [addedClaim({ company_id: must(id) }, 'description', description)] },
      claim_citations: { added: [addedClaimCitation] },
      audit_log: {
        added: expect.inAnyOrder([
          expect.objectContaining({
            mutation: 'updateCompany',
            record_type: 'Citation',
            before: null,
            after: expect.objectContaining({ excerpt }),
          }),
          claimAudited('updateCompany', 'description', description),
          expect.objectContaining({
            mutation: 'updateCompany',
            record_type: 'Company',
            record_id: id,
            before: expect.objectContaining({
              description: 'University where Gary Marcus is a professor.',
              version: 1,
            }),
            after: expect.objectContaining({ description, version: 2 }),
          }),
        ]),
      },
    });
  });

  it('refuses a stale version (ConflictError with the current one), an unknown slug and a null name; nothing written', async () => {
    const headquarters = await server.send(
      UpdateCompany,
      {
        slug: 'meta',
        expectedVersion: 1,
        headquarters: 'Menlo Park',
        citation: { source: source.id, excerpt: 'Meta, based in Menlo Park' },
      },
      keys.write.key,
    );
    expect(headquarters.__typename).toBe('UpdateCompanyPayload');
    const before = await databaseDigest(server);
    const stale = await server.send(
      UpdateCompany,
      { slug: 'meta', expectedVersion: 1, name: 'X' },
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
      { slug: 'meta', expectedVersion: 2, name: null },
      keys.write.key,
    );
    expect(ofType(nullName, 'ValidationError').issues).toEqual([
      { path: ['input', 'name'], message: expect.any(String) },
    ]);
    expect(await changesSince(server, before)).toEqual({});
    const read = await server.query(CompanyNamed, { slug: 'meta' });
    expect(read.data.company).toEqual({ name: 'Meta', version: 2 });
  });
});
