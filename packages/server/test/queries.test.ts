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

describe('filters', () => {
  it('filters quotes by speaker, attribution, subject and form', async () => {
    const { data } = await server.query(`{
      marcus: quotes(filter: { speaker: "gary-marcus" }) { totalCount }
      altman: quotes(filter: { speaker: "sam-altman" }) { totalCount }
      hf: quotes(filter: { attributedTo: "hugging-face" }) { totalCount nodes { speaker { slug } } }
      aboutDeepseek: quotes(filter: { about: "deepseek" }) { totalCount }
      verbatim: quotes(filter: { form: VERBATIM }) { nodes { attribution } }
      marcusAboutOpenai: quotes(filter: { speaker: "gary-marcus", about: "openai" }) { totalCount }
      dated: quotes(filter: { saidFrom: "2020-01-01" }) { totalCount }
    }`);
    expect(data.marcus.totalCount).toBe(2);
    expect(data.dated.totalCount).toBe(2);
    expect(data.altman.totalCount).toBe(3);
    expect(data.hf).toEqual({ totalCount: 2, nodes: [{ speaker: null }, { speaker: null }] });
    expect(data.aboutDeepseek.totalCount).toBe(3);
    expect(data.verbatim.nodes).toEqual([{ attribution: 'Pat Investor' }, { attribution: 'Gary Marcus' }]);
    expect(data.marcusAboutOpenai.totalCount).toBe(1);
  });

  it('filters quotes by date and orders them by date either way, undated ones last', async () => {
    const texts = (c: { nodes: { text: string }[] }) => c.nodes.map((n) => n.text);
    const { data } = await server.query(`{
      in2024: quotes(filter: { saidFrom: "2024-01-01", saidTo: "2024-12-31" }) { nodes { text saidOn { label } } }
      newest: quotes(first: 3) { nodes { text } }
      oldest: quotes(first: 3, orderBy: SAID_ON_ASC) { nodes { text } }
      all: quotes(first: 100, orderBy: SAID_ON_ASC) { nodes { saidOn { date } } }
      pat: person(slug: "pat-investor") { quotes { nodes { text } } }
    }`);
    expect(data.in2024.nodes).toEqual([{ text: 'Acme is growing.', saidOn: { label: 'February 2024' } }]);
    expect(texts(data.newest).slice(0, 2)).toEqual(['Acme is growing.', 'Acme ships fast.']);
    expect(texts(data.oldest).slice(0, 2)).toEqual(['Acme ships fast.', 'Acme is growing.']);
    expect(data.all.nodes.at(-1).saidOn).toBeNull();
    expect(texts(data.pat.quotes)).toEqual(['Acme is growing.', 'Acme ships fast.']);
  });

  it('lists sources, and the citations of a source', async () => {
    const { data } = await server.query(`{
      sources { totalCount nodes { title kind publisher url publishedAt citations(first: 1) { totalCount } } }
      articles: sources(filter: { kind: ARTICLE }) { totalCount }
      papers: sources(filter: { kind: PAPER }) { totalCount }
    }`);
    expect(data.sources).toEqual({
      totalCount: 2,
      nodes: [
        {
          title: 'A Fixture Paper',
          kind: 'PAPER',
          publisher: null,
          url: null,
          publishedAt: null,
          citations: { totalCount: 0 },
        },
        {
          title: 'The rise of DeepSeek',
          kind: 'ARTICLE',
          publisher: null,
          url: null,
          publishedAt: null,
          // 22 facts, and the 2 excerpts of the round again for the first step of its status history.
          citations: { totalCount: 24 },
        },
      ],
    });
    expect(data.articles.totalCount).toBe(1);
    expect(data.papers.totalCount).toBe(1);
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
