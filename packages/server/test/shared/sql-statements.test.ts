import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer({ fixtures: true });

/** Runs a query and returns the SQL statements it cost. */
async function statementsFor<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<string[]> {
  server.resetStatements();
  const { errors } = await server.query(document, variables);
  expect(errors).toBeUndefined();
  return [...server.statements];
}

const Graph = graphql(`
  query CompaniesGraph($first: Int!) {
    companies(first: $first) {
      totalCount
      nodes {
        name
        totalRaised { amount }
        latestValuation { amount }
        fundingRounds(first: 5) {
          totalCount
          nodes {
            status
            amount { amount currency }
            leadInvestors { __typename }
            investors {
              __typename
              ... on Company {
                name
                investments(first: 20) {
                  totalCount
                  nodes { isLead round { stage company { name } } }
                }
              }
              ... on Person { name }
            }
            citations { excerpt source { title } }
          }
        }
      }
    }
  }
`);

describe('SQL statements per request', () => {
  it('stay the same whatever the page size: companies → rounds → investors → investments', async () => {
    const small = await statementsFor(Graph, { first: 2 });
    const large = await statementsFor(Graph, { first: 33 });
    // One relational query for the whole graph, and one for the total.
    expect(large.length).toBe(small.length);
    expect(large.length).toBe(2);
  });

  it('grow by no statement when the rounds show their claims and their company’s', async () => {
    const WithClaims = graphql(`
      query CompaniesGraphWithClaims($first: Int!) {
        companies(first: $first) {
          totalCount
          nodes {
            name
            totalRaised { amount }
            latestValuation { amount }
            fundingRounds(first: 5) {
              totalCount
              nodes {
                status
                amount { amount currency }
                amountClaims { value { amount } rank citations { excerpt source { title } } }
                company { descriptionClaims { value } }
                leadInvestors { __typename }
                investors {
                  __typename
                  ... on Company {
                    name
                    investments(first: 20) {
                      totalCount
                      nodes { isLead round { stage company { name } } }
                    }
                  }
                  ... on Person { name }
                }
                citations { excerpt source { title } }
              }
            }
          }
        }
      }
    `);
    // 33 companies, each filler with a round: a page of more than 20 rounds.
    const { data } = await server.query(WithClaims, { first: 33 });
    expect(data.companies.nodes.flatMap((company) => company.fundingRounds.nodes).length).toBeGreaterThan(20);
    const without = await statementsFor(Graph, { first: 33 });
    const withClaims = await statementsFor(WithClaims, { first: 33 });
    expect(withClaims.length).toBe(without.length);
    expect(withClaims.length).toBe(2);
  });

  it('stay the same for nodes fetched by ID, however many', async () => {
    const { data } = await server.query(
      graphql(`query ThirtyCompanies { companies(first: 30) { nodes { id } } }`),
    );
    const ids = data.companies.nodes.map((n) => n.id);
    const Nodes = graphql(`
      query CompanyNodes($ids: [ID!]!) {
        nodes(ids: $ids) { ... on Company { name fundingRounds { nodes { investors { __typename } } } } }
      }
    `);
    const small = await statementsFor(Nodes, { ids: ids.slice(0, 2) });
    const large = await statementsFor(Nodes, { ids: ids.slice(0, 30) });
    // Which table holds each ID, then one relational query per type.
    expect(large.length).toBe(small.length);
    expect(large.length).toBe(2);
  });

  it('stay the same for the same lists reached through search', async () => {
    const Search = graphql(`
      query SearchGraph($first: Int!) {
        search(query: "filler", first: $first) {
          totalCount
          nodes { ... on Company { name fundingRounds { nodes { investors { ... on Company { name } } } } } }
        }
      }
    `);
    const small = await statementsFor(Search, { first: 2 });
    const large = await statementsFor(Search, { first: 25 });
    // The ranked hits with their total, the companies they name, then all their rounds at once.
    expect(large.length).toBe(small.length);
    expect(large.length).toBe(3);
  });
});
