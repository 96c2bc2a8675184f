// The limits README promises under "Errors" and SECURITY.md lists: an operation's tokens, aliases
// and directives, its depth, breadth and complexity, a batch of operations, a request body's
// size. Each is tested at its edge: the largest request allowed is served, one step more is
// refused before any SQL runs.
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoatYoga, listen, serverUrl } from '../../src/server.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer();

/** `count` aliases of one field: `f1: name f2: name …`. */
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

  // A field asked for again is counted again, though it is answered once.
  it('serves a query of 300 fields', async () => {
    // The company and 299 names.
    const { errors, data } = await server.query(`{ company(slug: "openai") { ${'name '.repeat(299)} } }`);
    expect(errors).toBeUndefined();
    expect(data.company).toEqual({ name: 'OpenAI' });
  });

  it('refuses a query of 301 fields', async () => {
    const { data, errors } = await refusedBeforeRunning(
      `{ company(slug: "openai") { ${'name '.repeat(300)} } }`,
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

/** The answer to an operation with more `measure` than `limit`. */
const tooLarge = (measure: string, limit: number) => ({
  status: 400,
  data: undefined,
  errors: [
    {
      message: `Query has more ${measure} than the limit of ${limit}. Send a smaller operation.`,
      extensions: { code: 'QUERY_TOO_LARGE', measure, limit },
    },
  ],
});

/** `__typename` and `count` spreads of a fragment. */
const spreads = (count: number) =>
  `{ __typename ${'...F '.repeat(count)}} fragment F on Query { __typename }`;

/** `__typename` kept by `count` directives, one on each of as many inline fragments. */
const directives = (count: number) => `{ ${'... @include(if: true) { __typename } '.repeat(count)}}`;

describe('an operation is refused as it is read when it has too many tokens, aliases or directives', () => {
  // Two tokens a spread, ten more: { __typename … } fragment F on Query { __typename }
  it('serves a query of 2,000 tokens', async () => {
    const { status, errors, data } = await server.query(spreads(995));
    expect({ status, errors, data }).toEqual({
      status: 200,
      errors: undefined,
      data: { __typename: 'Query' },
    });
  });

  it('refuses a query of 2,001 tokens', async () => {
    expect(await refusedBeforeRunning(`query ${spreads(995)}`)).toEqual(tooLarge('tokens', 2000));
  });

  it('refuses half a million tokens sent in under a megabyte', async () => {
    expect(await refusedBeforeRunning(`{ ${'a '.repeat(499_990)}}`)).toEqual(tooLarge('tokens', 2000));
  });

  it('refuses a million tokens, two megabytes, by the size of the body', async () => {
    expect(await refusedBeforeRunning(`{ ${'a '.repeat(1_000_000)}}`)).toEqual(TOO_LARGE);
  });

  it('serves a query of 30 aliases', async () => {
    const { errors, data } = await server.query(`{ ${aliases(30, '__typename')} }`);
    expect(errors).toBeUndefined();
    expect(Object.keys(data)).toHaveLength(30);
  });

  it('refuses a query of 31 aliases, __typename ones too', async () => {
    expect(await refusedBeforeRunning(`{ ${aliases(31, '__typename')} }`)).toEqual(tooLarge('aliases', 30));
  });

  it('serves a query of 20 directives', async () => {
    const { errors, data } = await server.query(directives(20));
    expect({ errors, data }).toEqual({ errors: undefined, data: { __typename: 'Query' } });
  });

  it('refuses a query of 21 directives', async () => {
    expect(await refusedBeforeRunning(directives(21))).toEqual(tooLarge('directives', 20));
  });
});

describe('an unknown field', () => {
  const misspelt = { query: '{ compny(slug: "openai") { name } }' };

  it('is answered with the fields it resembles', async () => {
    const { status, errors } = await server.post(misspelt);
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toBe('Cannot query field "compny" on type "Query". Did you mean "company"?');
  });

  it('is answered without them in production (NODE_ENV=production)', async () => {
    const yoga = createMoatYoga({ db: server.connection.db, logging: false, hideSuggestions: true });
    const response = await yoga.fetch('http://moat.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(misspelt),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Cannot query field "compny" on type "Query".',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
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

  it('serves a body of 1,000,000 bytes', async () => {
    const { status, errors, data } = await postBodyOf(1_000_000);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.sources.totalCount).toBeGreaterThan(0);
  });

  it('refuses a body of 1,000,001 bytes with HTTP 413', async () => {
    server.resetStatements();
    expect(await postBodyOf(1_000_001)).toEqual(TOO_LARGE);
    expect(server.statements).toEqual([]);
  });
});

describe('over a socket, a body is refused by its declared length or counted as it arrives', () => {
  let listener: Server;
  beforeAll(async () => {
    listener = await listen(createMoatYoga({ db: server.connection.db, logging: false }), 0, '127.0.0.1');
  });
  afterAll(() => new Promise((done) => listener.close(done)));

  it('refuses a body declared as 1,000,001 bytes with HTTP 413', async () => {
    server.resetStatements();
    const response = await fetch(serverUrl(listener), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(1_000_001),
    });
    expect({ status: response.status, ...(await response.json()) }).toEqual(TOO_LARGE);
    expect(server.statements).toEqual([]);
  });

  it('reads a body of up to twice the limit to its end, so the client gets the 413', async () => {
    const response = await fetch(serverUrl(listener), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(2_000_000),
    });
    expect({ status: response.status, ...(await response.json()) }).toEqual(TOO_LARGE);
    expect(response.headers.get('connection')).toBe('keep-alive');
  });

  it('answers a larger body with 413 and closes the connection without reading the rest', async () => {
    const { port } = listener.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    // The headers declare 2,000,001 bytes; only the first 1,000 are ever sent.
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2000001\r\n\r\n${'x'.repeat(1000)}`,
    );
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk;
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain('"code":"REQUEST_ENTITY_TOO_LARGE"');
  });

  /** POSTs `bytes` of JSON in 100 kB chunks, with Transfer-Encoding: chunked and no Content-Length. */
  async function postChunked(bytes: number) {
    const text = Buffer.from(bodyOf(bytes));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < text.length; at += 100_000) controller.enqueue(text.subarray(at, at + 100_000));
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

  it('serves a chunked body of 1,000,000 bytes', async () => {
    const { status, errors, data } = await postChunked(1_000_000);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.sources.totalCount).toBeGreaterThan(0);
  });

  it('refuses a chunked body of 1,000,001 bytes with HTTP 413, running nothing', async () => {
    server.resetStatements();
    expect(await postChunked(1_000_001)).toEqual(TOO_LARGE);
    expect(server.statements).toEqual([]);
  });
});
