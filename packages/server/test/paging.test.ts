import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFixtures } from './fixtures.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await addFixtures(server.connection.db);
});
afterAll(() => server.close());

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** A list field to page through, as `(pageArgs) => query` whose result is found at `path`. */
interface Listing {
  name: string;
  query: (pageArgs: string) => string;
  path: string[];
}

const PAGE = 'edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const item = '... on Node { id }';

const listings: Listing[] = [
  { name: 'companies', query: (a) => `{ companies(${a}) { ${PAGE} } }`, path: ['companies'] },
  {
    name: 'companies by name, descending',
    query: (a) => `{ companies(orderBy: NAME_DESC, ${a}) { ${PAGE} } }`,
    path: ['companies'],
  },
  { name: 'funding rounds', query: (a) => `{ fundingRounds(${a}) { ${PAGE} } }`, path: ['fundingRounds'] },
  {
    name: 'funding rounds by amount',
    query: (a) => `{ fundingRounds(orderBy: AMOUNT_USD_DESC, ${a}) { ${PAGE} } }`,
    path: ['fundingRounds'],
  },
  { name: 'quotes', query: (a) => `{ quotes(${a}) { ${PAGE} } }`, path: ['quotes'] },
  { name: 'people', query: (a) => `{ people(${a}) { ${PAGE} } }`, path: ['people'] },
  {
    name: "a company's investments",
    query: (a) => `{ company(slug: "beta-ventures") { investments(${a}) { ${PAGE} } } }`,
    path: ['company', 'investments'],
  },
  {
    name: 'search results',
    query: (a) =>
      `{ search(query: "filler", ${a}) { edges { cursor node { ${item} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    path: ['search'],
  },
];

async function fetchPage(listing: Listing, pageArgs: string): Promise<Page> {
  const { data, errors } = await server.query(listing.query(pageArgs));
  expect(errors).toBeUndefined();
  return listing.path.reduce((value, key) => value[key], data);
}

async function walkForward(listing: Listing, size: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: Page = await fetchPage(
      listing,
      after ? `first: ${size}, after: "${after}"` : `first: ${size}`,
    );
    expect(page.edges.length).toBeLessThanOrEqual(size);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    expect(page.edges.length).toBe(size);
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

async function walkBackward(listing: Listing, size: number): Promise<string[]> {
  const ids: string[] = [];
  let before: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: Page = await fetchPage(
      listing,
      before ? `last: ${size}, before: "${before}"` : `last: ${size}`,
    );
    expect(page.edges.length).toBeLessThanOrEqual(size);
    ids.unshift(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasPreviousPage) return ids;
    expect(page.edges.length).toBe(size);
    before = page.pageInfo.startCursor;
  }
  throw new Error('paging did not end');
}

describe.each(listings)('paging through $name', (listing) => {
  it('visits every item once, forward and backward, at any page size', async () => {
    const all = (await fetchPage(listing, 'first: 100')).edges.map((e) => e.node.id);
    expect(all.length).toBeGreaterThan(2);
    expect(new Set(all).size).toBe(all.length);
    for (const size of [1, 2, 7]) {
      expect(await walkForward(listing, size)).toEqual(all);
    }
    for (const size of [2, 7]) expect(await walkBackward(listing, size)).toEqual(all);
  });
});

describe('page sizes', () => {
  it('defaults to 20 and accepts 100', async () => {
    const { data } = await server.query(
      '{ a: companies { nodes { slug } } b: companies(first: 100) { nodes { slug } } }',
    );
    expect(data.a.nodes).toHaveLength(20);
    expect(data.b.nodes).toHaveLength(33);
  });

  it('reports totalCount for every page alike', async () => {
    const { data } = await server.query(`{
      first: fundingRounds(first: 2) { totalCount pageInfo { endCursor } }
      filtered: fundingRounds(first: 1, filter: { company: "acme-ai" }) { totalCount }
    }`);
    const next = await server.query(
      `{ fundingRounds(first: 2, after: "${data.first.pageInfo.endCursor}") { totalCount } }`,
    );
    expect(data.first.totalCount).toBe(29);
    expect(next.data.fundingRounds.totalCount).toBe(29);
    expect(data.filtered.totalCount).toBe(3);
  });
});
