import { describe, expect, it } from 'vitest';
import { operations, subscriptions } from '../src/generated/operations.js';
import { testClient } from './helpers.js';

const moat = testClient();
const ARTICLE = 'The rise of DeepSeek';
const ROUND_EXCERPT =
  "SoftBank Group's negotiations to lead a staggering $40 billion funding round for OpenAI, which could effectively double its valuation to $300 billion";

describe('one method per operation, each returning the seeded facts', () => {
  it('has exactly the operations of src/operations', () => {
    expect(Object.keys(operations).sort()).toEqual([
      'addCitation',
      'addRole',
      'addSource',
      'apiKeys',
      'auditLog',
      'changeDealStatus',
      'changes',
      'companies',
      'company',
      'companyClaims',
      'createApiKey',
      'createCompany',
      'createPerson',
      'deleteCitation',
      'deleteCompany',
      'deleteFundingRound',
      'deletePerson',
      'deleteQuote',
      'deleteRole',
      'deleteSource',
      'disputes',
      'endRole',
      'fundingRound',
      'fundingRounds',
      'node',
      'people',
      'person',
      'quotes',
      'rankClaim',
      'recordFundingRound',
      'recordQuote',
      'revokeApiKey',
      'search',
      'sources',
      'updateCompany',
      'updateFundingRound',
      'updatePerson',
    ]);
    for (const name of Object.keys(operations))
      expect(typeof moat[name as keyof typeof operations]).toBe('function');
    // Subscriptions stream: they have methods of their own.
    expect(Object.keys(subscriptions)).toEqual(['liveChanges']);
    expect(typeof moat.liveChanges).toBe('function');
  });

  it('company: OpenAI with its SoftBank-led round, its CEO and the quotes about it', async () => {
    const { company } = await moat.company({ slug: 'openai' });
    expect(company).toMatchObject({ slug: 'openai', name: 'OpenAI', kind: 'CORPORATION', totalRaised: null });
    expect(company?.people.nodes.map((role) => [role.title, role.person.slug])).toEqual([
      ['CEO', 'sam-altman'],
    ]);
    expect(company?.fundingRounds.totalCount).toBe(1);
    const round = company?.fundingRounds.nodes[0];
    expect(round).toMatchObject({
      status: 'IN_NEGOTIATION',
      stage: 'UNKNOWN',
      amount: { amount: '40000000000', currency: 'USD', amountUsd: '40000000000' },
      postMoneyValuation: { amount: '300000000000', currency: 'USD' },
      leadInvestors: [{ __typename: 'Company', slug: 'softbank-group', name: 'SoftBank Group' }],
    });
    expect(round?.citations.map((citation) => citation.excerpt)).toContain(ROUND_EXCERPT);
    expect(round?.citations[0]?.source.title).toBe(ARTICLE);
    expect(company?.quotesAbout.nodes.map((quote) => quote.attribution).sort()).toEqual([
      'Gary Marcus',
      'Sam Altman',
    ]);
  });

  it('company: an unknown slug gives null, not an error', async () => {
    expect(await moat.company({ slug: 'no-such-company' })).toEqual({ company: null });
  });

  it('companies: the six companies of the article, filtered and ordered', async () => {
    const all = await moat.companies();
    expect(all.companies.totalCount).toBe(6);
    expect(all.companies.nodes.map((company) => company.name)).toEqual([
      'DeepSeek',
      'Hugging Face',
      'Meta',
      'New York University',
      'OpenAI',
      'SoftBank Group',
    ]);
    const startups = await moat.companies({ filter: { kind: ['STARTUP'] }, orderBy: 'NAME_DESC' });
    expect(startups.companies.nodes.map((company) => [company.slug, company.country])).toEqual([
      ['hugging-face', 'US'],
      ['deepseek', 'CN'],
    ]);
  });

  it('person: Gary Marcus, his role and his verbatim quote with its citation', async () => {
    const { person } = await moat.person({ slug: 'gary-marcus' });
    expect(person?.name).toBe('Gary Marcus');
    expect(person?.roles.map((role) => [role.title, role.company.slug])).toEqual([
      ['Professor', 'new-york-university'],
    ]);
    const verbatim = person?.quotes.nodes.find((quote) => quote.form === 'VERBATIM');
    expect(verbatim?.text).toBe(
      'DeepSeek’s paper on the R1 model is more informative than anything I have seen from OpenAI since GPT-3.',
    );
    expect(verbatim?.about.map((company) => company.slug).sort()).toEqual(['deepseek', 'openai']);
    expect(verbatim?.citations[0]?.source.title).toBe(ARTICLE);
  });

  it('people: both people of the article, by company too', async () => {
    const { people } = await moat.people();
    expect(people.nodes.map((person) => person.slug)).toEqual(['gary-marcus', 'sam-altman']);
    const openai = await moat.people({ filter: { company: 'openai' } });
    expect(openai.people.nodes.map((person) => person.name)).toEqual(['Sam Altman']);
  });

  it('quotes: seven, and the Hugging Face view is attributed to the company with no speaker', async () => {
    const { quotes } = await moat.quotes({ first: 100 });
    expect(quotes.totalCount).toBe(7);
    const huggingFace = await moat.quotes({ filter: { attributedTo: 'hugging-face' } });
    expect(huggingFace.quotes.totalCount).toBe(2);
    for (const quote of huggingFace.quotes.nodes) {
      expect(quote).toMatchObject({
        speaker: null,
        attribution: 'Hugging Face executives',
        form: 'PARAPHRASE',
      });
      expect(quote.attributedTo?.slug).toBe('hugging-face');
    }
  });

  it('fundingRounds and fundingRound: the round SoftBank leads, looked up by its ID', async () => {
    const { fundingRounds } = await moat.fundingRounds({ filter: { investor: 'softbank-group' } });
    expect(fundingRounds.totalCount).toBe(1);
    const id = fundingRounds.nodes[0]?.id ?? '';
    const { fundingRound } = await moat.fundingRound({ id });
    expect(fundingRound?.company.slug).toBe('openai');
    expect(fundingRound?.statusHistory.map((change) => change.status)).toEqual(['IN_NEGOTIATION']);
    expect(fundingRound?.investments).toEqual([
      {
        id: expect.any(String),
        isLead: true,
        investor: {
          __typename: 'Company',
          id: expect.any(String),
          slug: 'softbank-group',
          name: 'SoftBank Group',
        },
      },
    ]);
  });

  it('sources: the article, with how many facts cite it', async () => {
    const { sources } = await moat.sources();
    expect(sources.nodes).toEqual([
      expect.objectContaining({ title: ARTICLE, kind: 'ARTICLE', citations: { totalCount: 24 } }),
    ]);
  });

  it('search: a misspelt "deepsek" finds DeepSeek first, with its score', async () => {
    const { search } = await moat.search({ query: 'deepsek' });
    const first = search.edges[0];
    expect(first?.node).toMatchObject({ __typename: 'Company', slug: 'deepseek', name: 'DeepSeek' });
    expect(first?.score).toBeGreaterThan(0);
    expect(search.edges.some((edge) => edge.node.__typename === 'Quote')).toBe(true);
  });

  it('node: any object by the global ID another call gave', async () => {
    const { company } = await moat.company({ slug: 'deepseek' });
    const { node } = await moat.node({ id: company?.id ?? '' });
    expect(node).toMatchObject({ __typename: 'Company', slug: 'deepseek', country: 'CN' });
    const round = (await moat.fundingRounds()).fundingRounds.nodes[0];
    const found = await moat.node({ id: round?.id ?? '' });
    expect(found.node?.__typename === 'FundingRound' && found.node.amount?.amount).toBe('40000000000');
  });
});
