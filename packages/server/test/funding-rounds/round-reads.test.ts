import { describe, expect, it } from 'vitest';
import { expectInvalidArgument, must, slugs } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer({ fixtures: true });

const FundingRound = graphql(`
  query FundingRoundById($id: ID!) {
    fundingRound(id: $id) { status company { slug } }
  }
`);

describe('lookups', () => {
  it('finds a funding round by its global ID', async () => {
    const { data: listed } = await server.query(
      graphql(`query OpenAIRounds { fundingRounds(filter: { company: "openai" }) { nodes { id status } } }`),
    );
    const round = must(listed.fundingRounds.nodes[0]);
    const { data } = await server.query(FundingRound, { id: round.id });
    expect(data.fundingRound).toEqual({ status: 'IN_NEGOTIATION', company: { slug: 'openai' } });
  });

  it('refuses the ID of another type where a funding round is expected', async () => {
    const { data } = await server.query(graphql(`query OpenAIId { company(slug: "openai") { id } }`));
    const { errors } = await server.query(FundingRound, { id: must(data.company).id });
    expect(errors?.[0]?.message).toContain('is not of type: FundingRound');
  });
});

describe('filters', () => {
  it('orders rounds by announcement either way, companies by slug and sources by title', async () => {
    const { data } = await server.query(
      graphql(`
        query RoundOrderings {
          newest: fundingRounds(first: 2) { nodes { stage company { slug } } }
          oldest: fundingRounds(first: 1, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }
          undatedLast: fundingRounds(first: 100, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }
          bySlug: companies(first: 2, orderBy: SLUG_ASC) { nodes { slug } }
          titles: sources(orderBy: TITLE_DESC) { nodes { title } }
        }
      `),
    );
    expect(data.newest.nodes).toEqual([
      { stage: 'SERIES_B', company: { slug: 'acme-ai' } },
      { stage: 'SERIES_A', company: { slug: 'acme-ai' } },
    ]);
    expect(data.oldest.nodes).toEqual([{ announcedOn: { date: '2020-01-01' } }]);
    expect(data.undatedLast.nodes.at(-1)?.announcedOn).toBeNull();
    expect(slugs(data.bySlug)).toEqual(['acme-ai', 'beta-ventures']);
    expect(data.titles.nodes).toEqual([{ title: 'The rise of DeepSeek' }, { title: 'A Fixture Paper' }]);
  });

  it('filters funding rounds by company, investor, status, stage, dates and amount in USD', async () => {
    const { data } = await server.query(
      graphql(`
        query RoundFilters {
          acme: fundingRounds(filter: { company: "acme-ai" }) { totalCount nodes { stage } }
          softbank: fundingRounds(filter: { investor: "softbank-group" }) { nodes { company { slug } } }
          pat: fundingRounds(filter: { investor: "pat-investor" }) { nodes { stage company { slug } } }
          news: fundingRounds(filter: { status: [RUMORED, IN_NEGOTIATION] }) { totalCount }
          seriesA: fundingRounds(filter: { stage: [SERIES_A] }) { nodes { amount { amount currency amountUsd } } }
          in2024: fundingRounds(filter: { announcedFrom: "2024-01-01", announcedTo: "2024-12-31" }) { nodes { stage } }
          big: fundingRounds(filter: { minAmountUsd: "10500000" }, orderBy: AMOUNT_USD_DESC) {
            nodes { amount { amountUsd } }
          }
        }
      `),
    );
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
    expect(data.big.nodes.map((n) => n.amount?.amountUsd)).toEqual([
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

  it('refuses a negative floor for the amount', async () => {
    const { errors } = await server.query(
      graphql(`query NegativeFloor { fundingRounds(filter: { minAmountUsd: "-5" }) { totalCount } }`),
    );
    expectInvalidArgument(errors, 'filter.minAmountUsd: must not be negative');
  });
});
