import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';
import { encodeChangeCursor, schema } from '../moat.js';

const server = useReadOnlyServer({ fixtures: true });

interface PageArgs {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor?: string | null;
    endCursor?: string | null;
  };
}

graphql(`
  fragment PageOfIds on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }
`);

/** Asks for a page, expecting no errors, and returns the list `pick` finds in its data. */
function pager<TData>(document: TypedDocumentNode<TData, PageArgs>, pick: (data: TData) => Page) {
  return async (args: PageArgs): Promise<Page> => {
    const { data, errors } = await server.query(document, args);
    expect(errors).toBeUndefined();
    return pick(data);
  };
}

/** A list field to page through. */
interface Listing {
  name: string;
  page: (args: PageArgs) => Promise<Page>;
}

const listings: Listing[] = [
  {
    name: 'companies',
    page: pager(
      graphql(`
        query PageCompanies($first: Int, $after: String, $last: Int, $before: String) {
          companies(first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id } } pageInfo { ...PageOfIds }
          }
        }
      `),
      (data) => data.companies,
    ),
  },
  {
    name: 'companies by name, descending',
    page: pager(
      graphql(`
        query PageCompaniesByName($first: Int, $after: String, $last: Int, $before: String) {
          companies(orderBy: NAME_DESC, first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id } } pageInfo { ...PageOfIds }
          }
        }
      `),
      (data) => data.companies,
    ),
  },
  {
    name: 'funding rounds',
    page: pager(
      graphql(`
        query PageFundingRounds($first: Int, $after: String, $last: Int, $before: String) {
          fundingRounds(first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id } } pageInfo { ...PageOfIds }
          }
        }
      `),
      (data) => data.fundingRounds,
    ),
  },
  {
    name: 'funding rounds by amount',
    page: pager(
      graphql(`
        query PageFundingRoundsByAmount($first: Int, $after: String, $last: Int, $before: String) {
          fundingRounds(orderBy: AMOUNT_USD_DESC, first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id } } pageInfo { ...PageOfIds }
          }
        }
      `),
      (data) => data.fundingRounds,
    ),
  },
  {
    name: 'quotes',
    page: pager(
      graphql(`
        query PageQuotes($first: Int, $after: String, $last: Int, $before: String) {
          quotes(first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id } } pageInfo { ...PageOfIds }
          }
        }
      `),
      (data) => data.quotes,
    ),
  },
  {
    // Undated quotes share a sort key, so pages also turn inside a tie.
    name: 'quotes, oldest first',
    page: pager(
      graphql(`
        query PageQuotesOldestFirst($first: Int, $after: String, $last: Int, $before: String) {
          quotes(orderBy: SAID_ON_ASC, first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id } } pageInfo { ...PageOfIds }
          }
        }
      `),
      (data) => data.quotes,
    ),
  },
  {
    name: 'people',
    page: pager(
      graphql(`
        query PagePeople($first: Int, $after: String, $last: Int, $before: String) {
          people(first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id } } pageInfo { ...PageOfIds }
          }
        }
      `),
      (data) => data.people,
    ),
  },
  {
    name: "a company's investments",
    page: pager(
      graphql(`
        query PageInvestments($first: Int, $after: String, $last: Int, $before: String) {
          company(slug: "beta-ventures") {
            investments(first: $first, after: $after, last: $last, before: $before) {
              edges { cursor node { id } } pageInfo { ...PageOfIds }
            }
          }
        }
      `),
      (data) => must(data.company).investments,
    ),
  },
  {
    name: 'search results',
    page: pager(
      graphql(`
        query PageSearchResults($first: Int, $after: String, $last: Int, $before: String) {
          search(query: "filler", first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { ... on Node { id } } } pageInfo { ...PageOfIds }
          }
        }
      `),
      (data) => data.search,
    ),
  },
];

async function walkForward(listing: Listing, size: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null | undefined = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: Page = await listing.page(after ? { first: size, after } : { first: size });
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
  let before: string | null | undefined = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: Page = await listing.page(before ? { last: size, before } : { last: size });
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
    const all = (await listing.page({ first: 100 })).edges.map((e) => e.node.id);
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
      graphql(
        `query PageSizes { a: companies { nodes { slug } } b: companies(first: 100) { nodes { slug } } }`,
      ),
    );
    expect(data.a.nodes).toHaveLength(20);
    expect(data.b.nodes).toHaveLength(33);
  });

  it('reports totalCount for every page alike', async () => {
    const { data } = await server.query(
      graphql(`
        query RoundTotals {
          first: fundingRounds(first: 2) { totalCount pageInfo { endCursor } }
          filtered: fundingRounds(first: 1, filter: { company: "acme-ai" }) { totalCount }
        }
      `),
    );
    const next = await server.query(
      graphql(
        `query NextRoundTotal($after: String) { fundingRounds(first: 2, after: $after) { totalCount } }`,
      ),
      { after: data.first.pageInfo.endCursor },
    );
    expect(data.first.totalCount).toBe(29);
    expect(next.data.fundingRounds.totalCount).toBe(29);
    expect(data.filtered.totalCount).toBe(3);
  });
});

const cursor = (text: string) => Buffer.from(text).toString('base64');
const drizzleCursor = (...values: string[]) => cursor(`DC:T:${JSON.stringify(values)}`);
const id = '4b606eda-3264-5df5-b00a-c8f62eadc99e';

/** Every `endCursor` in a response's data. */
function endCursorsIn(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'endCursor' && typeof inner === 'string' ? [inner] : endCursorsIn(inner),
  );
}

/** Sends `query` with `after` as $cursor: refused as "Invalid cursor" at `path`, no SQL run. */
async function expectRefusedBeforeSql(query: string, after: string, path: string[]) {
  server.resetStatements();
  const { errors } = await server.query(query, { cursor: after });
  expect(errors).toEqual([
    expect.objectContaining({
      message: `Invalid cursor: ${after}`,
      path,
      extensions: { code: 'BAD_USER_INPUT' },
    }),
  ]);
  expect(server.statements).toEqual([]);
}

describe('a cursor no page of the list gave out', () => {
  // Each reached SQL as a parameter of another type, and the client got "Unexpected error.".
  it.each([
    [
      'text where a date is compared',
      'query($cursor: String) { quotes(before: $cursor, last: 1) { nodes { id } } }',
      drizzleCursor('S:DeepSeek', `S:${id}`),
      ['quotes'],
    ],
    [
      'a number where a date is compared',
      'query($cursor: String) { fundingRounds(after: $cursor) { nodes { id } } }',
      cursor('DC:I:0'),
      ['fundingRounds'],
    ],
    [
      'a date where an amount is compared',
      'query($cursor: String) { fundingRounds(after: $cursor, orderBy: AMOUNT_USD_DESC) { nodes { id } } }',
      drizzleCursor('S:2024-01-01', `S:${id}`),
      ['fundingRounds'],
    ],
    [
      'a name with a NUL character',
      'query($cursor: String) { companies(after: $cursor) { nodes { id } } }',
      drizzleCursor('S:Meta\u0000', `S:${id}`),
      ['companies'],
    ],
    [
      'an ID that is not a UUID',
      'query($cursor: String) { people(after: $cursor) { nodes { id } } }',
      drizzleCursor('S:Sam Altman', 'S:sam-altman'),
      ['people'],
    ],
    [
      'text where a date is compared, in a company’s rounds',
      'query($cursor: String) { company(slug: "openai") { fundingRounds(after: $cursor) { nodes { id } } } }',
      drizzleCursor('S:DeepSeek', `S:${id}`),
      ['company'],
    ],
    [
      'a negative offset',
      'query($cursor: String) { disputes(after: $cursor) { nodes { property } } }',
      cursor('OffsetConnection:-2'),
      ['disputes'],
    ],
    [
      'an offset past any integer PostgreSQL keeps',
      'query($cursor: String) { search(query: "open", after: $cursor) { nodes { __typename } } }',
      cursor('OffsetConnection:99999999999999999999'),
      ['search'],
    ],
  ])('refuses %s, before any SQL statement runs', (_case, query, after, path) =>
    expectRefusedBeforeSql(query, after, path),
  );
});

describe('a cursor of another list', () => {
  // A well-formed cursor of one kind, given to a list of another kind.
  const byName = drizzleCursor('S:DeepSeek', `S:${id}`);
  const byDay = drizzleCursor('S:2024-01-01', `S:${id}`);
  const byId = cursor(`DC:S:${id}`);
  const byOffset = cursor('OffsetConnection:1');
  const byChange = encodeChangeCursor({ transactionId: '1', position: 1 });

  // Each connection in the schema, where its page's arguments go, and a cursor it cannot read.
  const lists: Record<string, [query: string, foreign: string]> = {
    'Query.apiKeys': ['apiKeys($page) { pageInfo { endCursor } }', byDay],
    'Query.auditLog': ['auditLog($page) { pageInfo { endCursor } }', byName],
    'Query.changes': ['changes($page) { pageInfo { endCursor } }', byOffset],
    'Query.companies': ['companies($page) { pageInfo { endCursor } }', byChange],
    'Query.disputes': ['disputes($page) { pageInfo { endCursor } }', byName],
    'Query.fundingRounds': [
      'fundingRounds(orderBy: AMOUNT_USD_DESC, $page) { pageInfo { endCursor } }',
      byName,
    ],
    'Query.people': ['people($page) { pageInfo { endCursor } }', byId],
    'Query.quotes': ['quotes($page) { pageInfo { endCursor } }', byName],
    'Query.search': ['search(query: "open", $page) { pageInfo { endCursor } }', byDay],
    'Query.sources': ['sources($page) { pageInfo { endCursor } }', byOffset],
    'Company.fundingRounds': [
      'company(slug: "openai") { fundingRounds($page) { pageInfo { endCursor } } }',
      byName,
    ],
    'Company.investments': [
      'company(slug: "softbank-group") { investments($page) { pageInfo { endCursor } } }',
      byId,
    ],
    'Company.people': ['company(slug: "openai") { people($page) { pageInfo { endCursor } } }', byOffset],
    'Company.quotes': [
      'company(slug: "hugging-face") { quotes($page) { pageInfo { endCursor } } }',
      byChange,
    ],
    'Company.quotesAbout': [
      'company(slug: "openai") { quotesAbout($page) { pageInfo { endCursor } } }',
      byName,
    ],
    'Person.investments': [
      'person(slug: "pat-investor") { investments($page) { pageInfo { endCursor } } }',
      byName,
    ],
    'Person.quotes': ['person(slug: "gary-marcus") { quotes($page) { pageInfo { endCursor } } }', byOffset],
    'Source.citations': [
      'person(slug: "gary-marcus") { citations { source { citations($page) { pageInfo { endCursor } } } } }',
      byName,
    ],
  };

  it('is listed below for every connection in the schema', () => {
    const connections = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => field.args.some((arg) => arg.name === 'after'))
          .filter((field) => field.args.some((arg) => arg.name === 'first'))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(connections.sort()).toEqual(Object.keys(lists).sort());
  });

  // Checked with the whole operation, before its first field runs: the refusal comes at its first
  // field, here one that would read the database, and in a mutation's payload before the write
  // (see company-writes.test.ts).
  it.each(Object.entries(lists))('%s refuses it, before any SQL statement runs', (_list, [query, foreign]) =>
    expectRefusedBeforeSql(
      `query($cursor: String) { read: sources(first: 1) { totalCount } ${query.replace('$page', 'after: $cursor')} }`,
      foreign,
      ['read'],
    ),
  );

  // The admin lists are paged in admin/api-keys.test.ts and admin/audit-log.test.ts, disputes (of
  // which the fixtures have none) in claims/disputes.test.ts.
  const elsewhere = ['Query.apiKeys', 'Query.auditLog', 'Query.disputes'];
  const open = Object.entries(lists).filter(([list]) => !elsewhere.includes(list));

  it.each(open)('%s takes its own endCursor', async (_list, [query]) => {
    const page = (cursor: string | null) =>
      server.query(`query($cursor: String) { ${query.replace('$page', 'first: 1, after: $cursor')} }`, {
        cursor,
      });
    const first = await page(null);
    expect(first.errors).toBeUndefined();
    const [endCursor] = endCursorsIn(first.data);
    expect(endCursor).toEqual(expect.any(String));
    const next = await page(endCursor ?? null);
    expect(next.errors).toBeUndefined();
  });
});

describe('a page without items', () => {
  const PageOfNothing = `query($after: String) {
    search(query: "zzzzqqq", first: 5, after: $after) { pageInfo { startCursor endCursor } }
  }`;

  it('of an offset list has no cursors, as a drizzle list’s has none', async () => {
    for (const after of [null, cursor('OffsetConnection:4')]) {
      const { data } = await server.query(PageOfNothing, { after });
      expect(data.search.pageInfo).toEqual({ startCursor: null, endCursor: null });
    }
    const people = await server.query(
      '{ people(first: 1, after: "%s") { pageInfo { startCursor endCursor } } }'.replace(
        '%s',
        drizzleCursor('S:zzz', `S:${id}`),
      ),
    );
    expect(people.data.people.pageInfo).toEqual({ startCursor: null, endCursor: null });
  });
});
