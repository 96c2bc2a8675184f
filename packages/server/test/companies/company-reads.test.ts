import { describe, expect, it } from 'vitest';
import { must, slugs } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer({ fixtures: true });

describe('lookups', () => {
  it('finds a company and a person by slug, and null for an unknown slug without an error', async () => {
    const { data, errors } = await server.query(
      graphql(`
        query LookupsBySlug {
          openai: company(slug: "openai") { name kind }
          altman: person(slug: "sam-altman") { name bio }
          nobody: company(slug: "no-such-company") { name }
          noone: person(slug: "no-such-person") { name }
        }
      `),
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      openai: { name: 'OpenAI', kind: 'CORPORATION' },
      altman: { name: 'Sam Altman', bio: 'Chief executive of OpenAI.' },
      nobody: null,
      noone: null,
    });
  });
});

describe('filters', () => {
  it('filters companies by kind, country and name (case-insensitive, aliases too)', async () => {
    const { data } = await server.query(
      graphql(`
        query CompanyFilters {
          investors: companies(filter: { kind: [INVESTOR] }) { totalCount nodes { slug } }
          universities: companies(filter: { kind: [UNIVERSITY, CORPORATION] }) { nodes { slug } }
          chinese: companies(filter: { country: "CN" }) { totalCount nodes { slug } }
          named: companies(filter: { name: "HUGGING" }) { nodes { slug } }
          alias: companies(filter: { name: "artificial intel" }) { nodes { slug } }
          combined: companies(filter: { kind: [STARTUP], country: "US" }) { nodes { slug } }
          none: companies(filter: { name: "zzz" }) { totalCount nodes { slug } }
        }
      `),
    );
    expect(data.investors).toEqual({
      totalCount: 2,
      nodes: [{ slug: 'beta-ventures' }, { slug: 'softbank-group' }],
    });
    expect(slugs(data.universities)).toEqual(['meta', 'new-york-university', 'openai']);
    expect(data.chinese).toEqual({ totalCount: 1, nodes: [{ slug: 'deepseek' }] });
    expect(slugs(data.named)).toEqual(['hugging-face']);
    expect(slugs(data.alias)).toEqual(['acme-ai']);
    expect(slugs(data.combined)).toEqual(['hugging-face']);
    expect(data.none).toEqual({ totalCount: 0, nodes: [] });
  });

  it('orders companies by name either way', async () => {
    const { data } = await server.query(
      graphql(`
        query CompaniesByName {
          asc: companies(first: 3) { nodes { slug } }
          desc: companies(first: 3, orderBy: NAME_DESC) { nodes { slug } }
        }
      `),
    );
    expect(slugs(data.asc)).toEqual(['acme-ai', 'beta-ventures', 'deepseek']);
    expect(slugs(data.desc)).toEqual(['softbank-group', 'openai', 'new-york-university']);
  });
});

describe('computed facts', () => {
  it('counts only ANNOUNCED and CLOSED rounds in totals and the latest valuation', async () => {
    const { data } = await server.query(
      graphql(`
        query AcmeFacts {
          company(slug: "acme-ai") {
            totalRaised { amount currency amountUsd }
            latestValuation { amount currency amountUsd }
            foundedOn { date precision label }
            website
            aliases
            fundingRounds { nodes { stage announcedOn { label precision } closedOn { label } } }
          }
        }
      `),
    );
    const company = must(data.company);
    expect(company.totalRaised).toEqual({ amount: '15800000', currency: 'USD', amountUsd: '15800000' });
    expect(company.latestValuation).toEqual({
      amount: '50000000',
      currency: 'EUR',
      amountUsd: '54000000',
    });
    expect(company.foundedOn).toEqual({ date: '2021-01-01', precision: 'YEAR', label: '2021' });
    expect(company.website).toBe('https://acme.example/');
    expect(company.aliases).toEqual(['Acme Artificial Intelligence']);
    expect(company.fundingRounds.nodes).toEqual([
      { stage: 'SERIES_B', announcedOn: { label: 'Q1 2025', precision: 'QUARTER' }, closedOn: null },
      { stage: 'SERIES_A', announcedOn: { label: '2024-06-10', precision: 'DAY' }, closedOn: null },
      {
        stage: 'SEED',
        announcedOn: { label: 'March 2023', precision: 'MONTH' },
        closedOn: { label: '2023-04-15' },
      },
    ]);
  });

  it("lists a company's investments, lead or not, and a person's", async () => {
    const { data } = await server.query(
      graphql(`
        query InvestmentsOfCompanyAndPerson {
          company(slug: "beta-ventures") {
            all: investments(first: 1) { totalCount }
            newest: investments(first: 3) { nodes { round { stage announcedOn { date } company { slug } } } }
            led: investments(lead: true) { totalCount }
            followed: investments(lead: false) { totalCount }
            people { totalCount nodes { title since { label } until { label } person { slug } } }
          }
          person(slug: "pat-investor") {
            investments { nodes { isLead investor { ... on Person { slug } } round { company { slug } } } }
          }
        }
      `),
    );
    const company = must(data.company);
    expect(company.all.totalCount).toBe(27);
    expect(company.newest.nodes.map((n) => n.round)).toEqual([
      { stage: 'SERIES_A', announcedOn: { date: '2024-06-10' }, company: { slug: 'acme-ai' } },
      { stage: 'SEED', announcedOn: { date: '2023-03-01' }, company: { slug: 'acme-ai' } },
      { stage: 'SEED', announcedOn: { date: '2020-01-25' }, company: { slug: 'filler-25' } },
    ]);
    expect(company.led.totalCount).toBe(27);
    expect(company.followed.totalCount).toBe(0);
    expect(company.people).toEqual({
      totalCount: 1,
      nodes: [
        { title: 'Partner', since: { label: 'May 2019' }, until: null, person: { slug: 'pat-investor' } },
      ],
    });
    expect(data.person?.investments.nodes).toEqual([
      { isLead: false, investor: { slug: 'pat-investor' }, round: { company: { slug: 'acme-ai' } } },
    ]);
  });
});
