import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let openaiId: string;
beforeAll(async () => {
  server = await startTestServer();
  openaiId = (await server.query('{ company(slug: "openai") { id } }')).data.company.id;
});
afterAll(() => server.close());

const globalId = (text: string) => Buffer.from(text).toString('base64');
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

describe('unknown things are null, not errors', () => {
  it('answers null for a well-formed ID that names no row', async () => {
    const { data, errors } = await server.query(
      `query($missing: ID!, $company: ID!, $round: ID!) {
        node(id: $missing) { id }
        nodes(ids: [$company, $missing]) { id }
        fundingRound(id: $round) { id }
      }`,
      {
        missing: globalId(`Company:${MISSING_UUID}`),
        company: openaiId,
        round: globalId(`FundingRound:${MISSING_UUID}`),
      },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null, nodes: [{ id: openaiId }, null], fundingRound: null });
  });
});

describe('malformed IDs and arguments get a clear error naming what is wrong', () => {
  it.each([
    ['not base64 at all', 'garbage'],
    ['an unknown type', globalId(`Spaceship:${MISSING_UUID}`)],
    ['a key that is not a UUID', globalId('Company:42')],
  ])('refuses a global ID that is %s', async (_case, id) => {
    const { status, data, errors } = await server.query('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(status).toBe(200);
    expect(data.node).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: `Invalid global ID ${JSON.stringify(id)}: not an ID that Moat gave out.`,
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it.each([
    ['companies(first: 101) { totalCount }', 'first: must be at most 100'],
    ['fundingRounds(last: 500) { totalCount }', 'last: must be at most 100'],
    ['people(first: -1) { totalCount }', 'first: must not be negative'],
    ['company(slug: "openai") { quotesAbout(first: 1000) { totalCount } }', 'first: must be at most 100'],
    ['search(query: " ") { totalCount }', 'query: must have at least 2 characters'],
  ])('refuses %s', async (field, problem) => {
    const { errors } = await server.query(`{ ${field} }`);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.message).toBe(
      `Invalid argument ${problem}${problem.includes('at most 100') ? ', the largest page Moat returns' : ''}`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor it did not give out', async () => {
    const { errors } = await server.query('{ companies(after: "not-a-cursor") { nodes { slug } } }');
    expect(errors?.[0]?.message).toBe('Invalid cursor: not-a-cursor');
  });

  it.each([
    [
      'an unknown enum value',
      '{ companies(filter: { kind: [SPACESHIP] }) { totalCount } }',
      'Value "SPACESHIP" does not exist in "CompanyKind" enum.',
    ],
    [
      'a bad country code',
      '{ companies(filter: { country: "XYZ" }) { totalCount } }',
      'Value is not a valid country code: XYZ',
    ],
    [
      'a bad date',
      '{ fundingRounds(filter: { announcedFrom: "2024-13-45" }) { totalCount } }',
      'Value is not a valid LocalDate: 2024-13-45',
    ],
    [
      'a bad decimal',
      '{ fundingRounds(filter: { minAmountUsd: "lots" }) { totalCount } }',
      'Decimal must be a string of at most 40 digits',
    ],
    [
      'a missing argument',
      '{ company { name } }',
      'Field "company" argument "slug" of type "String!" is required',
    ],
    [
      'an argument of the wrong type',
      '{ company(slug: 5) { name } }',
      'String cannot represent a non string value: 5',
    ],
  ])('answers HTTP 400 for %s', async (_case, query, message) => {
    const { status, errors } = await server.query(query);
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toContain(message);
  });

  it.each(['application/json', 'application/graphql-response+json'])(
    'answers HTTP 400 with the parser message for a syntax error (accept: %s)',
    async (accept) => {
      const { status, errors } = await server.post({ query: '{ companies { nodes { slug } ' }, accept);
      expect(status).toBe(400);
      expect(errors).toEqual([
        expect.objectContaining({
          message: 'Syntax Error: Expected Name, found <EOF>.',
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        }),
      ]);
    },
  );

  it('answers HTTP 400 for a request that is not GraphQL', async () => {
    const response = await server.post({ notAQuery: true });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('Unexpected parameter "notAQuery" in the request body.');
  });
});

describe('unexpected failures', () => {
  it('reach the client as "Unexpected error." and are logged on the server with their cause', async () => {
    const broken = await startTestServer();
    try {
      await broken.connection.close();
      const { data, errors } = await broken.query('{ company(slug: "openai") { name } }');
      expect(data).toEqual({ company: null });
      expect(errors).toEqual([
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['company'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(JSON.stringify(errors)).not.toMatch(/select|PGlite|stack|at /i);
      // The cause, SQL and all, stays in the server's log.
      expect(String(broken.loggedErrors[0])).toMatch(/Failed query: select/);
    } finally {
      await broken.close().catch(() => {});
    }
  });
});

describe('operations too large to serve', () => {
  it('refuses a query that could ask for millions of rows, before touching the database', async () => {
    server.resetStatements();
    const { status, data, errors } = await server.query(`{
      companies(first: 100) { nodes { fundingRounds(first: 100) { nodes {
        investors { ... on Company { investments(first: 100) { nodes { round { company { name } } } } } }
      } } } }
    }`);
    expect(status).toBe(200);
    expect(data).toBeNull();
    expect(errors?.[0]?.message).toMatch(
      /^Query is too complex: its complexity is \d+, the limit is 250000\. Ask for smaller pages or fewer nested lists\.$/,
    );
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(server.statements).toEqual([]);
  });

  it('refuses a query nested too deeply', async () => {
    const deep = `{ company(slug: "openai") { ${'quotesAbout(first: 1) { nodes { about { '.repeat(5)} name ${'} } }'.repeat(5)} } }`;
    const { errors } = await server.query(deep);
    expect(errors?.[0]?.message).toMatch(/^Query is too deep: its depth is \d+, the limit is 15\./);
  });
});
