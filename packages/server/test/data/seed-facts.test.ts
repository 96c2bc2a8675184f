import { describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';
import { DEFAULT_QUERY } from '../moat.js';

const server = useReadOnlyServer();

graphql(`
  fragment CitedIn on Citation { excerpt source { title kind } }
`);

describe('the seed data set, as the article reports it', () => {
  it('has the SoftBank-led OpenAI round: $40B at $300B post-money, in negotiation, cited', async () => {
    const { data, errors } = await server.query(
      graphql(`
        query SeededOpenAIRound {
          company(slug: "openai") {
            name
            fundingRounds { totalCount nodes {
              stage status
              amount { amount currency amountUsd }
              preMoneyValuation { amount }
              postMoneyValuation { amount currency amountUsd }
              leadInvestors { __typename ... on Company { slug name } }
              investors { __typename ... on Company { slug } }
              citations { ...CitedIn }
            } }
            totalRaised { amount }
            latestValuation { amount }
          }
        }
      `),
    );
    expect(errors).toBeUndefined();
    const openai = must(data.company);
    expect(openai.name).toBe('OpenAI');
    expect(openai.fundingRounds.totalCount).toBe(1);
    const round = must(openai.fundingRounds.nodes[0]);
    expect(round).toMatchObject({
      stage: 'UNKNOWN',
      status: 'IN_NEGOTIATION',
      amount: { amount: '40000000000', currency: 'USD', amountUsd: '40000000000' },
      preMoneyValuation: null,
      postMoneyValuation: { amount: '300000000000', currency: 'USD', amountUsd: '300000000000' },
      leadInvestors: [{ __typename: 'Company', slug: 'softbank-group', name: 'SoftBank Group' }],
      investors: [{ __typename: 'Company', slug: 'softbank-group' }],
    });
    expect(round.citations.map((c) => c.excerpt)).toContain(
      "SoftBank Group's negotiations to lead a staggering $40 billion funding round for OpenAI, which could effectively double its valuation to $300 billion",
    );
    expect(round.citations[0]?.source).toEqual({ title: 'The rise of DeepSeek', kind: 'ARTICLE' });
    // A round in negotiation is news, not money raised.
    expect(openai.totalRaised).toBeNull();
    expect(openai.latestValuation).toBeNull();
  });

  it('has every company and person of the article under its slug', async () => {
    const { data } = await server.query(
      graphql(`
        query SeededCompaniesAndPeople {
          companies(first: 100) { totalCount nodes { slug name kind country } }
          people(first: 100) { totalCount nodes { slug name roles { title company { slug } } } }
        }
      `),
    );
    expect(data.companies.nodes.map((c) => c.slug).sort()).toEqual([
      'deepseek',
      'hugging-face',
      'meta',
      'new-york-university',
      'openai',
      'softbank-group',
    ]);
    expect(data.companies.nodes).toContainEqual({
      slug: 'deepseek',
      name: 'DeepSeek',
      kind: 'STARTUP',
      country: 'CN',
    });
    expect(data.people.nodes).toEqual([
      {
        slug: 'gary-marcus',
        name: 'Gary Marcus',
        roles: [{ title: 'Professor', company: { slug: 'new-york-university' } }],
      },
      { slug: 'sam-altman', name: 'Sam Altman', roles: [{ title: 'CEO', company: { slug: 'openai' } }] },
    ]);
  });

  it("has Gary Marcus's sentence on the R1 paper verbatim, about DeepSeek and OpenAI", async () => {
    const { data } = await server.query(
      graphql(`
        query SeededMarcusQuotes {
          person(slug: "gary-marcus") {
            quotes { nodes { text form attribution speaker { slug } about { slug } citations { ...CitedIn } } }
          }
        }
      `),
    );
    const quote = must(data.person?.quotes.nodes.find((q) => q.form === 'VERBATIM'));
    expect(quote).toMatchObject({
      text: 'DeepSeek’s paper on the R1 model is more informative than anything I have seen from OpenAI since GPT-3.',
      attribution: 'Gary Marcus',
      speaker: { slug: 'gary-marcus' },
      about: [{ slug: 'deepseek' }, { slug: 'openai' }],
    });
    expect(quote.citations[0]?.excerpt).toContain(quote.text);
  });

  it("has Altman's chips, data and capital as a paraphrase", async () => {
    const { data } = await server.query(
      graphql(`
        query SeededAltmanParaphrases {
          quotes(filter: { speaker: "sam-altman", form: PARAPHRASE }, first: 10) { nodes { text form } }
        }
      `),
    );
    expect(data.quotes.nodes).toContainEqual({
      text: 'Three things fuel the AI engine: chips, data and capital.',
      form: 'PARAPHRASE',
    });
  });

  it("attributes the Hugging Face executives' view to Hugging Face, with no named speaker", async () => {
    const { data } = await server.query(
      graphql(`
        query SeededHuggingFaceQuotes {
          company(slug: "hugging-face") {
            quotes { totalCount nodes { form speaker { slug } attribution attributedTo { slug } about { slug } } }
          }
        }
      `),
    );
    const quotes = must(data.company).quotes;
    expect(quotes.totalCount).toBe(2);
    for (const quote of quotes.nodes ?? []) {
      expect(quote).toMatchObject({
        form: 'PARAPHRASE',
        speaker: null,
        attribution: 'Hugging Face executives',
        attributedTo: { slug: 'hugging-face' },
      });
    }
  });

  it('cites every company, person, role, quote and round', async () => {
    const { data } = await server.query(
      graphql(`
        query SeededCitations {
          companies(first: 100) { nodes { slug citations { excerpt } people { nodes { title citations { excerpt } } } } }
          people(first: 100) { nodes { slug citations { excerpt } } }
          quotes(first: 100) { totalCount nodes { text citations { excerpt } } }
          fundingRounds(first: 100) { nodes { id citations { excerpt } } }
        }
      `),
    );
    const facts = [
      ...data.companies.nodes,
      ...data.companies.nodes.flatMap((c) => c.people.nodes),
      ...data.people.nodes,
      ...data.quotes.nodes,
      ...data.fundingRounds.nodes,
    ];
    expect(data.quotes.totalCount).toBe(7);
    expect(facts.length).toBe(6 + 2 + 2 + 7 + 1);
    for (const fact of facts) expect(fact.citations.length, JSON.stringify(fact)).toBeGreaterThan(0);
  });
});

describe('the seed data set, as claims', () => {
  it('cites for each value the excerpt that reports it, and all of them where they all do', async () => {
    const { data, errors } = await server.query(
      graphql(`
        query SeededClaims {
          deepseek: company(slug: "deepseek") {
            countryClaims { value citations { excerpt } }
            descriptionClaims { citations { excerpt } }
            disputed
          }
          openai: company(slug: "openai") {
            fundingRounds { nodes {
              amountClaims { value { amount } rank citations { excerpt } }
              investorsClaims { citations { excerpt } }
              citations { excerpt }
              disputed
            } }
          }
        }
      `),
    );
    expect(errors).toBeUndefined();
    const deepseek = must(data.deepseek);
    expect(deepseek.countryClaims).toEqual([
      { value: 'CN', citations: [{ excerpt: 'The rise of DeepSeek, a Chinese AI startup' }] },
    ]);
    expect(deepseek.descriptionClaims.map((claim) => claim.citations.length)).toEqual([2]);
    expect(deepseek.disputed).toEqual([]);
    const round = must(must(data.openai).fundingRounds.nodes[0]);
    const report = must(round.citations[0]);
    // The round's other excerpt says the deal is unconfirmed: its status, not its amount.
    expect(round.citations).toHaveLength(2);
    expect(round.amountClaims).toEqual([
      { value: { amount: '40000000000' }, rank: 'NORMAL', citations: [report] },
    ]);
    expect(round.investorsClaims).toEqual([{ citations: [report] }]);
    expect(round.disputed).toEqual([]);
  });
});

describe("GraphiQL's default query", () => {
  it('shows OpenAI, its reported round, who leads it and the excerpt that reports it', async () => {
    // The server's own text, as GraphiQL sends it.
    const { data, errors } = await server.query(DEFAULT_QUERY);
    expect(errors).toBeUndefined();
    expect(data.company.name).toBe('OpenAI');
    const [round] = data.company.fundingRounds.nodes;
    expect(round.status).toBe('IN_NEGOTIATION');
    expect(round.amount).toEqual({ amount: '40000000000', currency: 'USD' });
    expect(round.leadInvestors).toEqual([{ name: 'SoftBank Group', slug: 'softbank-group' }]);
    expect(round.citations[0].excerpt).toContain('$40 billion funding round for OpenAI');
  });
});
