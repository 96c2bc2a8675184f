import { describe, expect, it } from 'vitest';
import { paginate } from '../src/index.js';
import { recordingFetch, testClient } from './helpers.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('paginate', () => {
  it('walks every page of a list larger than one page, with no duplicates', async () => {
    const { fetch, requests } = recordingFetch();
    const moat = testClient({ fetch });
    const companies = await collect(paginate(moat.companies, { first: 2, orderBy: 'SLUG_ASC' }));
    expect(companies.map((company) => company.slug)).toEqual([
      'deepseek',
      'hugging-face',
      'meta',
      'new-york-university',
      'openai',
      'softbank-group',
    ]);
    expect(new Set(companies.map((company) => company.id)).size).toBe(6);
    // Three pages of two, each request asking after the previous page's end.
    expect(requests.map((request) => request.body.variables.after === undefined)).toEqual([
      true,
      false,
      false,
    ]);
    expect(requests.every((request) => request.body.variables.first === 2)).toBe(true);
  });

  it('gives the same items as one big page, for quotes in their order', async () => {
    const moat = testClient();
    const { quotes } = await moat.quotes({ first: 100 });
    const paged = await collect(paginate(moat.quotes, { first: 3 }));
    expect(paged.map((quote) => quote.id)).toEqual(quotes.nodes.map((quote) => quote.id));
    expect(paged).toHaveLength(7);
  });

  it('yields edges, with their scores, for search', async () => {
    const moat = testClient();
    const edges = await collect(paginate(moat.search, { query: 'deepseek', first: 2 }));
    const { search } = await moat.search({ query: 'deepseek', first: 100 });
    expect(edges.length).toBe(search.totalCount);
    expect(edges.length).toBeGreaterThan(2);
    expect(edges[0]).toMatchObject({ node: { __typename: 'Company', slug: 'deepseek' } });
    expect(edges.map((edge) => edge.score)).toEqual(search.edges.map((edge) => edge.score));
  });

  it('starts after the given cursor and stops early when the loop breaks', async () => {
    const { fetch, requests } = recordingFetch();
    const moat = testClient({ fetch });
    const { companies } = await moat.companies({ first: 4 });
    const rest = await collect(paginate(moat.companies, { first: 4, after: companies.pageInfo.endCursor }));
    expect(rest.map((company) => company.slug)).toEqual(['openai', 'softbank-group']);

    requests.splice(0);
    for await (const company of paginate(moat.companies, { first: 1 })) {
      expect(company.slug).toBe('deepseek');
      break;
    }
    expect(requests).toHaveLength(1);
  });
});
