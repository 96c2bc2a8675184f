import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFixtures } from './fixtures.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await addFixtures(server.connection.db);
});
afterAll(() => server.close());

describe('lookups', () => {
  it('round-trips every kind of object through node and nodes', async () => {
    const { data } = await server.query(`{
      company(slug: "openai") {
        id
        people { nodes { id person { id } } }
        fundingRounds { nodes { id investments { id } citations { id source { id } } } }
        quotesAbout { nodes { id } }
      }
    }`);
    const company = data.company;
    const round = company.fundingRounds.nodes[0];
    const ids: Record<string, string> = {
      Company: company.id,
      Role: company.people.nodes[0].id,
      Person: company.people.nodes[0].person.id,
      FundingRound: round.id,
      Investment: round.investments[0].id,
      Citation: round.citations[0].id,
      Source: round.citations[0].source.id,
      Quote: company.quotesAbout.nodes[0].id,
    };
    for (const [typename, id] of Object.entries(ids)) {
      const { data: found, errors } = await server.query(
        'query($id: ID!) { node(id: $id) { __typename id } }',
        {
          id,
        },
      );
      expect(errors, typename).toBeUndefined();
      expect(found.node).toEqual({ __typename: typename, id });
    }
    const { data: many } = await server.query('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', {
      ids: Object.values(ids),
    });
    expect(many.nodes.map((n: { __typename: string }) => n.__typename)).toEqual(Object.keys(ids));
  });
});

describe('search', () => {
  const search = async (query: string) => {
    const { data, errors } = await server.query(
      `query($q: String!) { search(query: $q) { totalCount edges { score node {
        __typename ... on Company { slug } ... on Person { slug } ... on Quote { text }
      } } } }`,
      { q: query },
    );
    expect(errors).toBeUndefined();
    return data.search;
  };

  it('tolerates typos and ignores case, best match first', async () => {
    const typo = await search('deepsek');
    expect(typo.edges[0].node).toEqual({ __typename: 'Company', slug: 'deepseek' });
    // Quotes that mention DeepSeek follow the company itself.
    expect(typo.edges[1].node.__typename).toBe('Quote');
    expect(typo.edges[1].score).toBeLessThan(typo.edges[0].score);
    const upper = await search('HUGGING FACE');
    expect(upper.edges[0].node).toEqual({ __typename: 'Company', slug: 'hugging-face' });
    const scores = typo.edges.map((e: { score: number }) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds people, aliases and quote text', async () => {
    expect((await search('gary marcsu')).edges[0].node).toEqual({
      __typename: 'Person',
      slug: 'gary-marcus',
    });
    expect((await search('Acme Artificial')).edges[0].node).toEqual({
      __typename: 'Company',
      slug: 'acme-ai',
    });
    const quote = await search('reinforcement learning');
    expect(quote.edges[0].node.__typename).toBe('Quote');
    expect(quote.edges[0].node.text).toContain('reinforcement learning at scale');
  });

  it('returns an empty connection when nothing matches', async () => {
    expect(await search('qwxzv')).toEqual({ totalCount: 0, edges: [] });
  });
});
