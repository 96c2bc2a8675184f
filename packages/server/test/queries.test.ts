import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFixtures } from './fixtures.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await addFixtures(server.connection.db);
});
afterAll(() => server.close());

const slugs = (connection: { nodes: { slug: string }[] }) => connection.nodes.map((n) => n.slug);

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

  it('finds a funding round by its global ID', async () => {
    const { data: listed } = await server.query(
      '{ fundingRounds(filter: { company: "openai" }) { nodes { id status } } }',
    );
    const [round] = listed.fundingRounds.nodes;
    const { data } = await server.query(
      'query($id: ID!) { fundingRound(id: $id) { status company { slug } } }',
      {
        id: round.id,
      },
    );
    expect(data.fundingRound).toEqual({ status: 'IN_NEGOTIATION', company: { slug: 'openai' } });
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

  it('orders rounds by announcement either way, companies by slug and sources by title', async () => {
    const { data } = await server.query(`{
      newest: fundingRounds(first: 2) { nodes { stage company { slug } } }
      oldest: fundingRounds(first: 1, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }
      undatedLast: fundingRounds(first: 100, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }
      bySlug: companies(first: 2, orderBy: SLUG_ASC) { nodes { slug } }
      titles: sources(orderBy: TITLE_DESC) { nodes { title } }
    }`);
    expect(data.newest.nodes).toEqual([
      { stage: 'SERIES_B', company: { slug: 'acme-ai' } },
      { stage: 'SERIES_A', company: { slug: 'acme-ai' } },
    ]);
    expect(data.oldest.nodes).toEqual([{ announcedOn: { date: '2020-01-01' } }]);
    expect(data.undatedLast.nodes.at(-1).announcedOn).toBeNull();
    expect(slugs(data.bySlug)).toEqual(['acme-ai', 'beta-ventures']);
    expect(data.titles.nodes).toEqual([{ title: 'The rise of DeepSeek' }, { title: 'A Fixture Paper' }]);
  });

  it('filters funding rounds by company, investor, status, stage, dates and amount in USD', async () => {
    const { data } = await server.query(`{
      acme: fundingRounds(filter: { company: "acme-ai" }) { totalCount nodes { stage } }
      softbank: fundingRounds(filter: { investor: "softbank-group" }) { nodes { company { slug } } }
      pat: fundingRounds(filter: { investor: "pat-investor" }) { nodes { stage company { slug } } }
      news: fundingRounds(filter: { status: [RUMORED, IN_NEGOTIATION] }) { totalCount }
      seriesA: fundingRounds(filter: { stage: [SERIES_A] }) { nodes { amount { amount currency amountUsd } } }
      in2024: fundingRounds(filter: { announcedFrom: "2024-01-01", announcedTo: "2024-12-31" }) { nodes { stage } }
      big: fundingRounds(filter: { minAmountUsd: "10500000" }, orderBy: AMOUNT_USD_DESC) {
        nodes { amount { amountUsd } }
      }
    }`);
    expect(data.acme).toEqual({
      totalCount: 3,
      nodes: [{ stage: 'SERIES_B' }, { stage: 'SERIES_A' }, { stage: 'SEED' }],
    });
    expect(data.softbank.nodes).toEqual([{ company: { slug: 'openai' } }]);
    expect(data.pat.nodes).toEqual([{ stage: 'SEED', company: { slug: 'acme-ai' } }]);
    expect(data.news.totalCount).toBe(2);
    expect(data.seriesA.nodes).toEqual([
      { amount: { amount: '10000000', currency: 'EUR', amountUsd: '10800000' } },
    ]);
    expect(data.in2024.nodes).toEqual([{ stage: 'SERIES_A' }]);
    // A EUR 10M round counts as USD 10.8M, so it passes a USD 10.5M floor.
    expect(data.big.nodes.map((n: { amount: { amountUsd: string } }) => n.amount.amountUsd)).toEqual([
      '40000000000',
      '100000000',
      '25000000',
      '24000000',
      '23000000',
      '22000000',
      '21000000',
      '20000000',
      '19000000',
      '18000000',
      '17000000',
      '16000000',
      '15000000',
      '14000000',
      '13000000',
      '12000000',
      '11000000',
      '10800000',
    ]);
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
