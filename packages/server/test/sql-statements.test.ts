import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFixtures } from './fixtures.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await addFixtures(server.connection.db);
});
afterAll(() => server.close());

/** Runs a query and returns the SQL statements it cost. */
async function statementsFor(query: string): Promise<string[]> {
  server.resetStatements();
  const { errors } = await server.query(query);
  expect(errors).toBeUndefined();
  return [...server.statements];
}

const graph = (first: number) => `{
  companies(first: ${first}) {
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
}`;

describe('SQL statements per request', () => {
  it('stay the same whatever the page size: companies → rounds → investors → investments', async () => {
    const small = await statementsFor(graph(2));
    const large = await statementsFor(graph(33));
    console.log(`companies graph: ${small.length} statements at first: 2, ${large.length} at first: 33`);
    expect(large.length).toBe(small.length);
    expect(large.length).toBeLessThanOrEqual(4);
  });

  it('stay the same for nodes fetched by ID, however many', async () => {
    const { data } = await server.query('{ companies(first: 30) { nodes { id } } }');
    const ids: string[] = data.companies.nodes.map((n: { id: string }) => n.id);
    const nodes = (count: number) =>
      `{ nodes(ids: ${JSON.stringify(ids.slice(0, count))}) { ... on Company { name fundingRounds { nodes { investors { __typename } } } } } }`;
    const small = await statementsFor(nodes(2));
    const large = await statementsFor(nodes(30));
    expect(large.length).toBe(small.length);
    expect(large.length).toBeLessThanOrEqual(3);
  });

  it('stay the same for the same lists reached through search', async () => {
    const search = (first: number) =>
      `{ search(query: "filler", first: ${first}) { totalCount nodes { ... on Company { name fundingRounds { nodes { investors { ... on Company { name } } } } } } } }`;
    const small = await statementsFor(search(2));
    const large = await statementsFor(search(25));
    expect(large.length).toBe(small.length);
    expect(large.length).toBeLessThanOrEqual(6);
  });
});
