// The response cache: a read is answered from memory, without SQL, until a write that could
// change it commits; then the same read sees the write. Answers that depend on the API key are
// never kept.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { must, ofType } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useApiKey, useTestServer } from '../helpers.js';
import { importRecords } from '../moat.js';

const server = useTestServer({ responseCache: true });
const analyst = useApiKey(server, 'analyst', ['write']);
const admin = useApiKey(server, 'admin', ['admin']);

/**
 * Reads a document twice and returns what it read: the second answer comes from the cache, the
 * same without a single SQL statement.
 */
async function cachedRead<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: NoInfer<TVariables>,
): Promise<TData> {
  const first = await server.query(document, variables);
  expect(first.errors).toBeUndefined();
  server.resetStatements();
  expect(await server.query(document, variables)).toEqual(first);
  expect(server.statements).toEqual([]);
  return first.data;
}

const AddSource = graphql(`
  mutation CacheAddSource($input: AddSourceInput!) {
    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }
  }
`);

/** A source of the test's own, published on `publishedOn`: claims from later sources win. */
async function addSource(title: string, publishedOn = '2025-01-01') {
  const input = { title, kind: 'ARTICLE' as const, publishedAt: `${publishedOn}T00:00:00Z` };
  return ofType(await server.send(AddSource, input, analyst.key), 'AddSourcePayload').source.id;
}

const CreateCompany = graphql(`
  mutation CacheCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      __typename
      ... on CreateCompanyPayload { company { id slug } }
      ... on UserError { message }
    }
  }
`);

/** A startup of the test's own, its description cited from `source` when given. */
async function createStartup(slug: string, facts: { description?: string; source?: string } = {}) {
  const { description, source } = facts;
  const input = {
    slug,
    name: slug,
    kind: 'STARTUP' as const,
    description,
    citation: source ? { source, excerpt: `${slug} is a startup` } : undefined,
  };
  return ofType(await server.send(CreateCompany, input, analyst.key), 'CreateCompanyPayload').company;
}

const UpdateCompany = graphql(`
  mutation CacheUpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) { __typename ... on UserError { message } }
  }
`);

const Company = graphql(`
  query CacheCompany($slug: String!) {
    company(slug: $slug) {
      name
      description
      disputed
      descriptionClaims { id value }
      citations { id excerpt }
      totalRaised { amount }
      investments { totalCount }
      people { totalCount nodes { title until { label } } }
      quotesAbout { totalCount nodes { text } }
    }
  }
`);

const readCompany = async (slug: string) => (await cachedRead(Company, { slug })).company;

describe('the response cache', () => {
  it('answers a repeated read from memory, and an update of a company with a citation at once', async () => {
    const source = await addSource('cache: update report');
    await createStartup('cache-update', { description: 'Makes chips.', source });
    expect(await readCompany('cache-update')).toMatchObject({
      name: 'cache-update',
      description: 'Makes chips.',
    });

    const input = {
      slug: 'cache-update',
      name: 'Cache Update Inc.',
      description: 'Makes chips and boards.',
      citation: { source, excerpt: 'it makes chips and boards' },
    };
    ofType(await server.send(UpdateCompany, input, analyst.key), 'UpdateCompanyPayload');
    expect(await readCompany('cache-update')).toMatchObject({
      name: 'Cache Update Inc.',
      description: 'Makes chips and boards.',
    });
  });

  it('keeps what a write cannot have changed: another company, and lists of other records', async () => {
    const Sources = graphql(`query CacheSourceCount { sources { totalCount } }`);
    await createStartup('cache-bystander');
    await createStartup('cache-written');
    const bystander = await readCompany('cache-bystander');
    const sources = await cachedRead(Sources, {});

    const input = { slug: 'cache-written', name: 'Cache Written' };
    ofType(await server.send(UpdateCompany, input, analyst.key), 'UpdateCompanyPayload');
    server.resetStatements();
    expect((await server.query(Company, { slug: 'cache-bystander' })).data.company).toEqual(bystander);
    expect((await server.query(Sources, {})).data).toEqual(sources);
    expect(server.statements).toEqual([]);
  });

  it('lists, counts, finds and searches a company created after the read', async () => {
    const Count = graphql(`query CacheCompanyCount { companies { totalCount } }`);
    const Listed = graphql(`
      query CacheListedCompanies($name: String!) { companies(filter: { name: $name }) { nodes { slug } } }
    `);
    const Search = graphql(`
      query CacheSearch($query: String!) {
        search(query: $query) { totalCount nodes { __typename ... on Company { slug } } }
      }
    `);
    const { companies } = await cachedRead(Count, {});
    expect(await cachedRead(Listed, { name: 'cache-created' })).toEqual({ companies: { nodes: [] } });
    expect(await cachedRead(Company, { slug: 'cache-created' })).toEqual({ company: null });
    const { search } = await cachedRead(Search, { query: 'cache-created' });
    expect(search.nodes).not.toContainEqual({ __typename: 'Company', slug: 'cache-created' });

    await createStartup('cache-created');
    expect(await cachedRead(Count, {})).toEqual({ companies: { totalCount: companies.totalCount + 1 } });
    expect(await cachedRead(Listed, { name: 'cache-created' })).toEqual({
      companies: { nodes: [{ slug: 'cache-created' }] },
    });
    expect((await cachedRead(Company, { slug: 'cache-created' })).company?.name).toBe('cache-created');
    const found = (await cachedRead(Search, { query: 'cache-created' })).search;
    expect(found.totalCount).toBe(search.totalCount + 1);
    expect(found.nodes[0]).toEqual({ __typename: 'Company', slug: 'cache-created' });
  });

  it('counts a new round in its company’s total and its investor’s investments', async () => {
    const RecordRound = graphql(`
      mutation CacheRecordRound($input: RecordFundingRoundInput!) {
        recordFundingRound(input: $input) { __typename ... on UserError { message } }
      }
    `);
    const source = await addSource('cache: round report');
    await createStartup('cache-raiser');
    await createStartup('cache-backer');
    expect(await readCompany('cache-raiser')).toMatchObject({ totalRaised: null });
    expect(await readCompany('cache-backer')).toMatchObject({ investments: { totalCount: 0 } });

    const round = {
      company: 'cache-raiser',
      stage: 'SEED' as const,
      status: 'ANNOUNCED' as const,
      currency: 'USD',
      amount: '5000000',
      amountUsd: '5000000',
      investors: [{ company: 'cache-backer' }],
      citation: { source, excerpt: 'cache-raiser raised $5 million from cache-backer' },
    };
    ofType(await server.send(RecordRound, round, analyst.key), 'RecordFundingRoundPayload');
    expect(await readCompany('cache-raiser')).toMatchObject({ totalRaised: { amount: '5000000' } });
    expect(await readCompany('cache-backer')).toMatchObject({ investments: { totalCount: 1 } });
  });

  it('shows a disputed value as soon as a claim disagrees, and settles it when a claim is ranked', async () => {
    const RankClaim = graphql(`
      mutation CacheRankClaim($input: RankClaimInput!) {
        rankClaim(input: $input) { __typename ... on UserError { message } }
      }
    `);
    const Disputes = graphql(`
      query CacheDisputes($company: String!) { disputes(filter: { company: $company }) { totalCount } }
    `);
    const january = await addSource('cache: January', '2025-01-10');
    const february = await addSource('cache: February', '2025-02-01');
    await createStartup('cache-claims', { description: 'Makes robots.', source: january });
    expect(await readCompany('cache-claims')).toMatchObject({ description: 'Makes robots.', disputed: [] });
    expect(await cachedRead(Disputes, { company: 'cache-claims' })).toEqual({ disputes: { totalCount: 0 } });

    const input = {
      slug: 'cache-claims',
      description: 'Makes drones.',
      citation: { source: february, excerpt: 'cache-claims makes drones' },
    };
    ofType(await server.send(UpdateCompany, input, analyst.key), 'UpdateCompanyPayload');
    const disputed = must(await readCompany('cache-claims'));
    expect(disputed).toMatchObject({ description: 'Makes drones.', disputed: ['DESCRIPTION'] });
    expect(await cachedRead(Disputes, { company: 'cache-claims' })).toEqual({ disputes: { totalCount: 1 } });

    const robots = must(disputed.descriptionClaims.find((claim) => claim.value === 'Makes robots.'));
    ofType(
      await server.send(RankClaim, { claim: robots.id, rank: 'PREFERRED' }, analyst.key),
      'RankClaimPayload',
    );
    expect(await readCompany('cache-claims')).toMatchObject({ description: 'Makes robots.', disputed: [] });
    expect(await cachedRead(Disputes, { company: 'cache-claims' })).toEqual({ disputes: { totalCount: 0 } });
  });

  it('drops a deleted citation from its fact', async () => {
    const AddCitation = graphql(`
      mutation CacheAddCitation($input: AddCitationInput!) {
        addCitation(input: $input) { __typename ... on UserError { message } }
      }
    `);
    const DeleteCitation = graphql(`
      mutation CacheDeleteCitation($input: DeleteCitationInput!) {
        deleteCitation(input: $input) { __typename ... on UserError { message } }
      }
    `);
    const source = await addSource('cache: citations report');
    const company = await createStartup('cache-citations', { source });
    const citation = { source, excerpt: 'cache-citations is cited twice' };
    ofType(await server.send(AddCitation, { fact: company.id, citation }, analyst.key), 'AddCitationPayload');
    const cited = must(await readCompany('cache-citations')).citations;
    expect(cited.map((c) => c.excerpt)).toEqual([
      'cache-citations is a startup',
      'cache-citations is cited twice',
    ]);

    const second = must(cited[1]);
    ofType(await server.send(DeleteCitation, { id: second.id }, analyst.key), 'DeleteCitationPayload');
    expect(must(await readCompany('cache-citations')).citations.map((c) => c.excerpt)).toEqual([
      'cache-citations is a startup',
    ]);
  });

  it('shows a company a record file imports', async () => {
    expect(await cachedRead(Company, { slug: 'cache-imported' })).toEqual({ company: null });
    const file = [
      { type: 'Moat', version: 2 },
      { type: 'Source', key: 'cache-import', kind: 'ARTICLE', title: 'cache: import report' },
      {
        type: 'Company',
        slug: 'cache-imported',
        name: 'Cache Imported',
        kind: 'STARTUP',
        citations: [{ source: 'cache-import', excerpt: 'Cache Imported is a startup' }],
      },
    ];
    await importRecords(server.connection.db, file.map((line) => JSON.stringify(line)).join('\n'));
    expect((await cachedRead(Company, { slug: 'cache-imported' })).company?.name).toBe('Cache Imported');
  });

  it('lists a new role among its company’s people and shows when it ended', async () => {
    const CreatePerson = graphql(`
      mutation CacheCreatePerson($input: CreatePersonInput!) {
        createPerson(input: $input) { __typename ... on UserError { message } }
      }
    `);
    const AddRole = graphql(`
      mutation CacheAddRole($input: AddRoleInput!) {
        addRole(input: $input) { __typename ... on AddRolePayload { role { id } } ... on UserError { message } }
      }
    `);
    const EndRole = graphql(`
      mutation CacheEndRole($input: EndRoleInput!) {
        endRole(input: $input) { __typename ... on UserError { message } }
      }
    `);
    const source = await addSource('cache: roles report');
    await createStartup('cache-roles');
    ofType(
      await server.send(CreatePerson, { slug: 'cache-founder', name: 'Cache Founder' }, analyst.key),
      'CreatePersonPayload',
    );
    expect(await readCompany('cache-roles')).toMatchObject({ people: { totalCount: 0, nodes: [] } });

    const added = await server.send(
      AddRole,
      {
        person: 'cache-founder',
        company: 'cache-roles',
        title: 'CEO',
        citation: { source, excerpt: 'Cache Founder leads cache-roles' },
      },
      analyst.key,
    );
    const role = ofType(added, 'AddRolePayload').role;
    expect(await readCompany('cache-roles')).toMatchObject({
      people: { totalCount: 1, nodes: [{ title: 'CEO', until: null }] },
    });

    const ended = {
      role: role.id,
      until: { date: '2026-03-01', precision: 'MONTH' as const },
      citation: { source, excerpt: 'Cache Founder left in March 2026' },
    };
    ofType(await server.send(EndRole, ended, analyst.key), 'EndRolePayload');
    expect(await readCompany('cache-roles')).toMatchObject({
      people: { totalCount: 1, nodes: [{ title: 'CEO', until: { label: 'March 2026' } }] },
    });
  });

  it('counts a new quote among those about its company', async () => {
    const RecordQuote = graphql(`
      mutation CacheRecordQuote($input: RecordQuoteInput!) {
        recordQuote(input: $input) { __typename ... on UserError { message } }
      }
    `);
    const source = await addSource('cache: quotes report');
    await createStartup('cache-quoted');
    expect(await readCompany('cache-quoted')).toMatchObject({ quotesAbout: { totalCount: 0, nodes: [] } });

    const quote = {
      text: 'cache-quoted will win',
      form: 'VERBATIM' as const,
      attribution: 'An analyst',
      about: ['cache-quoted'],
      citation: { source, excerpt: 'an analyst said: cache-quoted will win' },
    };
    ofType(await server.send(RecordQuote, quote, analyst.key), 'RecordQuotePayload');
    expect(await readCompany('cache-quoted')).toMatchObject({
      quotesAbout: { totalCount: 1, nodes: [{ text: 'cache-quoted will win' }] },
    });
  });

  it('answers, uncached, a query within the limits that the fields the cache adds would exceed', async () => {
    // Breadth 201 as sent (a field asked for 100 times counts 100 times); the cache would ask each
    // of its 103 selection sets for more.
    const query = `{ company(slug: "openai") { ${'fundingRounds(first: 1) { totalCount } '.repeat(100)}} }`;
    const first = await server.query(query);
    expect(first.errors).toBeUndefined();
    expect(first.data.company.fundingRounds.totalCount).toBeGreaterThan(0);
    server.resetStatements();
    expect(await server.query(query)).toEqual(first);
    expect(server.statements).not.toEqual([]);
  });

  it('refuses a bad page size with the path of its field, as without the cache', async () => {
    const answer = await server.query('{ companies(first: 500) { totalCount } }');
    expect(answer.data).toBeNull();
    expect(answer.errors?.map(({ message, path }) => ({ message, path }))).toEqual([
      {
        message: 'Invalid argument first: must be at most 100, the largest page Moat returns',
        path: ['companies'],
      },
    ]);
  });

  it('never keeps an answer that depends on the API key', async () => {
    const ApiKeys = graphql(`query CacheApiKeys { apiKeys { totalCount } }`);
    const asAdmin = await server.query(ApiKeys, {}, admin.key);
    expect(asAdmin.data.apiKeys.totalCount).toBeGreaterThanOrEqual(2);
    server.resetStatements();
    expect(await server.query(ApiKeys, {}, admin.key)).toEqual(asAdmin);
    expect(server.statements).not.toEqual([]);

    const anonymous = await server.query(ApiKeys, {});
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_AUTHORIZED']);
  });
});
