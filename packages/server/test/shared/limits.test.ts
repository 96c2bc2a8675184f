// The limits README promises under "Errors": an operation's depth, breadth and complexity, a
// batch of operations, a request body's size. Each is tested at its edge: the largest request
// allowed is served, one step more is refused before any SQL runs.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoatYoga, listen, serverUrl } from '../../src/server.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer();

/** `count` aliases of one field: `f1: name f2: name …`, each counted as a field of its own. */
const aliases = (count: number, field: string) =>
  Array.from({ length: count }, (_, i) => `f${i + 1}: ${field}`).join(' ');

/** A JSON request body of exactly `bytes`: a query padded in a variable it ignores. */
function bodyOf(bytes: number): string {
  const body = (padding: string) =>
    JSON.stringify({ query: '{ sources { totalCount } }', variables: { padding } });
  const text = body('x'.repeat(bytes - body('').length));
  expect(text).toHaveLength(bytes);
  return text;
}

/** The answer to a body over the limit. */
const TOO_LARGE = {
  status: 413,
  errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
};

/** Runs `query`, expecting no SQL statement to run for it. */
async function refusedBeforeRunning(query: string) {
  server.resetStatements();
  const response = await server.query(query);
  expect(server.statements).toEqual([]);
  return response;
}

/** The error of an operation refused for `measure` at `value`, over the limit `limit`. */
function tooComplex(measure: 'depth' | 'breadth' | 'complexity', value: number, limit: number, path: string) {
  const adjective = { depth: 'deep', breadth: 'broad', complexity: 'complex' }[measure];
  return {
    message: `Query is too ${adjective}: its ${measure} is ${value}, the limit is ${limit}. Ask for smaller pages or fewer nested lists.`,
    locations: [expect.any(Object)],
    path: [path],
    extensions: { code: 'QUERY_TOO_COMPLEX', [measure]: value, limit },
  };
}

/**
 * A query `depth` fields deep: the company, then quotes about it, the companies those are about,
 * their quotes… down to `__typename`, which every type has.
 */
function nestedQuery(depth: number): string {
  const chain = ['quotesAbout(first: 1)', 'nodes', 'about'];
  let selection = '__typename';
  for (let level = depth - 2; level >= 1; level--) {
    selection = `${chain[(level - 1) % chain.length]} { ${selection} }`;
  }
  return `{ company(slug: "openai") { ${selection} } }`;
}

describe('an operation is refused before it runs when it is too large, and served up to its limits', () => {
  it('serves a query 15 fields deep', async () => {
    const { status, errors, data } = await server.query(nestedQuery(15));
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.company.quotesAbout.nodes).toHaveLength(1);
  });

  it('refuses a query 16 fields deep', async () => {
    const { status, data, errors } = await refusedBeforeRunning(nestedQuery(16));
    expect(status).toBe(200);
    expect(data).toEqual({ company: null });
    expect(errors).toEqual([tooComplex('depth', 16, 15, 'company')]);
  });

  it('serves a query of 300 fields', async () => {
    // The company and 299 names.
    const { errors, data } = await server.query(`{ company(slug: "openai") { ${aliases(299, 'name')} } }`);
    expect(errors).toBeUndefined();
    expect(Object.values(data.company)).toEqual(Array(299).fill('OpenAI'));
  });

  it('refuses a query of 301 fields', async () => {
    const { data, errors } = await refusedBeforeRunning(
      `{ company(slug: "openai") { ${aliases(300, 'name')} } }`,
    );
    expect(data).toEqual({ company: null });
    expect(errors).toEqual([tooComplex('breadth', 301, 300, 'company')]);
  });

  // A field costs 1 and what it selects costs its page size times over:
  // 1 + 98 × (nodes 1 + slug 1 + fundingRounds (1 + 98 × (nodes 1 + 25 ids))) = 249,999.
  const roundsOfCompanies = `companies(first: 98) { nodes { slug fundingRounds(first: 98) { nodes { ${aliases(25, 'id')} } } } }`;

  it('serves a query of complexity 250,000', async () => {
    const { errors, data } = await server.query(`{ ${roundsOfCompanies} __typename }`);
    expect(errors).toBeUndefined();
    expect(data.__typename).toBe('Query');
  });

  it('refuses a query of complexity 250,001', async () => {
    const { data, errors } = await refusedBeforeRunning(
      `{ ${roundsOfCompanies} __typename again: __typename }`,
    );
    expect(data).toBeNull();
    expect(errors).toEqual([tooComplex('complexity', 250_001, 250_000, 'companies')]);
  });

  it('refuses a query that could ask for millions of rows', async () => {
    const { errors } = await refusedBeforeRunning(`{
      companies(first: 100) { nodes { fundingRounds(first: 100) { nodes {
        investors { ... on Company { investments(first: 100) { nodes { round { company { name } } } } } }
      } } } }
    }`);
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors?.[0]?.extensions?.complexity).toBeGreaterThan(1_000_000);
  });
});

describe('a request is refused before it runs when it is not one operation of a bounded size', () => {
  it('refuses a batch (a JSON array of operations) with HTTP 400', async () => {
    server.resetStatements();
    const response = await server.post([
      { query: '{ __typename }' },
      { query: '{ sources { totalCount } }' },
    ]);
    expect(response).toEqual({
      status: 400,
      data: undefined,
      errors: [{ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(server.statements).toEqual([]);
  });

  /** POSTs a request whose JSON body is exactly `bytes` long. */
  async function postBodyOf(bytes: number) {
    const response = await server.fetch({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(bytes),
    });
    return { status: response.status, ...(await response.json()) };
  }

  it('serves a body of 25,000,000 bytes', async () => {
    const { status, errors, data } = await postBodyOf(25_000_000);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.sources.totalCount).toBeGreaterThan(0);
  });

  it('refuses a body of 25,000,001 bytes with HTTP 413', async () => {
    server.resetStatements();
    expect(await postBodyOf(25_000_001)).toEqual(TOO_LARGE);
    expect(server.statements).toEqual([]);
  });
});

describe('over a socket, a body is refused by its declared length or counted as it arrives', () => {
  let listener: Server;
  beforeAll(async () => {
    listener = await listen(createMoatYoga({ db: server.connection.db, logging: false }), 0, '127.0.0.1');
  });
  afterAll(() => new Promise((done) => listener.close(done)));

  it('refuses a body declared as 25,000,001 bytes with HTTP 413', async () => {
    server.resetStatements();
    const response = await fetch(serverUrl(listener), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(25_000_001),
    });
    expect({ status: response.status, ...(await response.json()) }).toEqual(TOO_LARGE);
    expect(server.statements).toEqual([]);
  });

  /** POSTs `bytes` of JSON in 1 MB chunks, with Transfer-Encoding: chunked and no Content-Length. */
  async function postChunked(bytes: number) {
    const text = Buffer.from(bodyOf(bytes));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < text.length; at += 1_000_000)
          controller.enqueue(text.subarray(at, at + 1_000_000));
        controller.close();
      },
    });
    const response = await fetch(serverUrl(listener), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    return { status: response.status, ...(await response.json()) };
  }

  it('serves a chunked body of 25,000,000 bytes', async () => {
    const { status, errors, data } = await postChunked(25_000_000);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.sources.totalCount).toBeGreaterThan(0);
  });

  it('refuses a chunked body of 25,000,001 bytes with HTTP 413, running nothing', async () => {
    server.resetStatements();
    expect(await postChunked(25_000_001)).toEqual(TOO_LARGE);
    expect(server.statements).toEqual([]);
  });
});
