import { describe, expect, it } from 'vitest';
import { expectInvalidArgument, must, ofType } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer({ fixtures: true });

const Search = graphql(`
  query Search($q: String!) {
    search(query: $q) { totalCount edges { score node {
      __typename ... on Company { slug } ... on Person { slug } ... on Quote { text }
    } } }
  }
`);

const search = async (query: string) => {
  const { data, errors } = await server.query(Search, { q: query });
  expect(errors).toBeUndefined();
  return data.search;
};
/** The best match, and its score. */
const best = async (query: string) => must((await search(query)).edges[0]);

describe('search', () => {
  it('tolerates typos and ignores case, best match first', async () => {
    const typo = await search('deepsek');
    const [first, second] = typo.edges;
    expect(first?.node).toEqual({ __typename: 'Company', slug: 'deepseek' });
    // Quotes that mention DeepSeek follow the company itself.
    expect(second?.node.__typename).toBe('Quote');
    expect(must(second).score).toBeLessThan(must(first).score);
    expect((await best('HUGGING FACE')).node).toEqual({ __typename: 'Company', slug: 'hugging-face' });
    const scores = typo.edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds people, aliases and quote text', async () => {
    expect((await best('gary marcsu')).node).toEqual({
      __typename: 'Person',
      slug: 'gary-marcus',
    });
    expect((await best('Acme Artificial')).node).toEqual({
      __typename: 'Company',
      slug: 'acme-ai',
    });
    const quote = (await best('reinforcement learning')).node;
    expect(quote.__typename).toBe('Quote');
    expect(ofType(quote, 'Quote').text).toContain('reinforcement learning at scale');
  });

  it('returns an empty connection when nothing matches', async () => {
    expect(await search('qwxzv')).toEqual({ totalCount: 0, edges: [] });
  });

  it('refuses a query shorter than 2 characters', async () => {
    const { errors } = await server.query(graphql(`query BlankSearch { search(query: " ") { totalCount } }`));
    expectInvalidArgument(errors, 'query: must have at least 2 characters');
  });
});
