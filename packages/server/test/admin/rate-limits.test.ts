// Rate limits: each API key, and each client address without one, spends points from a bucket
// of a minute's worth; an operation costs a point for each 100 of its complexity. A request its
// bucket cannot pay for gets HTTP 429 with Retry-After and runs nothing; every charged answer
// carries the RateLimit headers.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiKey, useTestServer } from '../helpers.js';
import { createApiKey, createMoatYoga, listen, serverUrl, trustedProxies } from '../moat.js';

const server = useTestServer();
const analyst = useApiKey(server, 'analyst', ['write']);

const limits = { perKey: 30, perAddress: 10 };

/** A Moat process over the test server's database, with its own buckets. */
const moatProcess = (rateLimits = limits) =>
  createMoatYoga({ db: server.connection.db, logging: false, rateLimits });

interface Asked {
  status: number;
  /** The rate-limit headers, by name. */
  headers: Record<string, string | null>;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/**
 * Sends `query` to `moat` as a client at `address` would, with `apiKey` when given, and its body
 * padded by `padding` characters in a variable it ignores.
 */
async function ask(
  moat: ReturnType<typeof moatProcess>,
  query: string,
  {
    address = '198.51.100.1',
    apiKey,
    padding = 0,
  }: { address?: string; apiKey?: string; padding?: number } = {},
): Promise<Asked> {
  const response = await moat.fetch(
    'http://moat.test/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(apiKey && { authorization: `Bearer ${apiKey}` }) },
      body: JSON.stringify({ query, ...(padding && { variables: { padding: 'x'.repeat(padding) } }) }),
    },
    // What Node's HTTP server gives yoga: the request with its socket.
    { req: { socket: { remoteAddress: address } } },
  );
  const names = [
    'ratelimit-policy',
    'ratelimit-limit',
    'ratelimit-remaining',
    'ratelimit-reset',
    'retry-after',
  ];
  return {
    status: response.status,
    headers: Object.fromEntries(names.map((name) => [name, response.headers.get(name)])),
    body: await response.json(),
  };
}

/** Sends `query` `times` times, one after the other; the answers' statuses. */
async function statuses(times: number, send: () => Promise<Asked>) {
  const answered: number[] = [];
  for (let i = 0; i < times; i++) answered.push((await send()).status);
  return answered;
}

/** Sends `times` requests at once, so that the bucket has no time to refill; their statuses. */
async function spend(times: number, send: () => Promise<Asked>) {
  return (await Promise.all(Array.from({ length: times }, send))).map((asked) => asked.status);
}

const cheap = '{ __typename }';

// The buckets refill as the tests run (a point every 6 s at 10 a minute), so times to wait are
// matched as at most a point's refill, however slow the machine.

describe('a client without an API key', () => {
  it('spends its address’s points, a point an operation, and is told how many are left', async () => {
    const moat = moatProcess();
    const first = await ask(moat, cheap);
    expect(first).toEqual({
      status: 200,
      headers: {
        'ratelimit-policy': '10;w=60',
        'ratelimit-limit': '10',
        'ratelimit-remaining': '9',
        'ratelimit-reset': '6',
        'retry-after': null,
      },
      body: { data: { __typename: 'Query' } },
    });
    expect(await spend(9, () => ask(moat, cheap))).toEqual(Array(9).fill(200));
  });

  it('gets HTTP 429 with Retry-After once they are spent, running nothing; another address goes on', async () => {
    const moat = moatProcess();
    expect(await spend(10, () => ask(moat, cheap))).toEqual(Array(10).fill(200));
    server.resetStatements();
    const refused = await ask(moat, '{ companies(first: 1) { nodes { name } } }');
    expect(refused).toEqual({
      status: 429,
      headers: {
        'ratelimit-policy': '10;w=60',
        'ratelimit-limit': '10',
        'ratelimit-remaining': '0',
        'ratelimit-reset': expect.stringMatching(/^([1-5]?\d|60)$/),
        'retry-after': expect.stringMatching(/^[1-6]$/),
      },
      body: {
        errors: [
          {
            message: expect.stringMatching(
              /^Rate limit reached: a client without an API key may spend 10 points a minute\. Try again in [1-6] s\.$/,
            ),
            extensions: { code: 'RATE_LIMITED', cost: 1, limit: 10, retryAfter: expect.any(Number) },
          },
        ],
      },
    });
    expect(server.statements).toEqual([]);
    expect((await ask(moat, cheap, { address: '198.51.100.2' })).status).toBe(200);
  });

  it('pays for an operation by its complexity: a page of 100 costs more than a page of 10', async () => {
    const moat = moatProcess();
    const remaining = async (query: string) =>
      Number((await ask(moat, query)).headers['ratelimit-remaining']);
    expect(await remaining('{ companies(first: 10) { nodes { name } } }')).toBe(9);
    // 1 + 100 × (nodes 1 + name 1) = 201: 3 points.
    expect(await remaining('{ companies(first: 100) { nodes { name } } }')).toBe(6);
  });

  it('pays a point for each 100 kB of its body as it arrives, and is refused a body it cannot pay for', async () => {
    const moat = moatProcess();
    // 250 kB: a point, and 2 for the body.
    expect((await ask(moat, cheap, { padding: 250_000 })).headers['ratelimit-remaining']).toBe('7');
    server.resetStatements();
    // 500 kB: 6 points, more than a minute's 5.
    const refused = await ask(moatProcess({ perKey: 30, perAddress: 5 }), cheap, { padding: 500_000 });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeNull();
    expect(refused.body.errors?.[0]).toEqual({
      message:
        'This request costs 6 points; a client without an API key may spend 5 a minute. Send a smaller body.',
      extensions: { code: 'RATE_LIMITED', cost: 6, limit: 5 },
    });
    expect(server.statements).toEqual([]);
  });

  it('is refused an operation that costs more than a minute’s points, without a time to retry', async () => {
    // 1 + 100 × (nodes 1 + fundingRounds (1 + 10 × (nodes 1 + id 1))) = 2,201: 23 points.
    const refused = await ask(
      moatProcess(),
      '{ companies(first: 100) { nodes { fundingRounds(first: 10) { nodes { id } } } } }',
    );
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeNull();
    expect(refused.body.errors?.[0]).toEqual({
      message:
        'This operation costs 23 points; a client without an API key may spend 10 a minute. Ask for smaller pages.',
      extensions: { code: 'RATE_LIMITED', cost: 23, limit: 10 },
    });
  });
});

describe('an API key', () => {
  it('spends its own bucket, of the server’s limit, whatever address it comes from', async () => {
    const moat = moatProcess();
    const first = await ask(moat, cheap, { apiKey: analyst.key, address: '203.0.113.1' });
    expect(first.headers).toMatchObject({ 'ratelimit-limit': '30', 'ratelimit-remaining': '29' });
    const second = await ask(moat, cheap, { apiKey: analyst.key, address: '203.0.113.2' });
    expect(second.headers['ratelimit-remaining']).toBe('28');
    // The addresses' own buckets are untouched.
    expect((await ask(moat, cheap, { address: '203.0.113.1' })).headers['ratelimit-remaining']).toBe('9');
  });

  it('with a limit of its own spends that, writes included', async () => {
    const { key } = await createApiKey(server.connection.db, 'small partner', ['write'], 2);
    const moat = moatProcess();
    const write =
      'mutation { createPerson(input: { slug: "ada-lovelace", name: "Ada Lovelace" }) { __typename } }';
    expect((await ask(moat, write, { apiKey: key })).headers).toMatchObject({
      'ratelimit-limit': '2',
      'ratelimit-remaining': '1',
    });
    expect((await ask(moat, cheap, { apiKey: key })).status).toBe(200);
    server.resetStatements();
    const refused = await ask(moat, write, { apiKey: key });
    expect(refused.status).toBe(429);
    // A point comes back every 30 s: in at most that.
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^Rate limit reached: this API key may spend 2 points a minute\. Try again in ([1-9]|[12]\d|30) s\.$/,
    );
    // Only the key is looked up, to know whose bucket it is.
    expect(server.statements).toEqual([
      expect.stringMatching(/ from "api_keys" where "api_keys"."key_hash" = \$1$/),
    ]);
  });
});

describe('requests with a key that is not valid', () => {
  it('are throttled by address after 10 a minute, before the key is looked up', async () => {
    const moat = moatProcess({ perKey: 30, perAddress: 100 });
    const guess = (address = '192.0.2.1') => ask(moat, cheap, { address, apiKey: 'moat_guessed' });
    expect(await spend(10, () => guess())).toEqual(Array(10).fill(200));
    server.resetStatements();
    const throttled = await guess();
    expect(throttled.status).toBe(429);
    expect(throttled.headers).toMatchObject({
      'ratelimit-limit': '10',
      'retry-after': expect.stringMatching(/^[1-6]$/),
    });
    expect(throttled.body.errors?.[0]).toEqual({
      message: expect.stringMatching(
        /^Too many requests with an API key that is not valid from this address\. Try again in [1-6] s\.$/,
      ),
      extensions: { code: 'RATE_LIMITED', cost: 1, limit: 10, retryAfter: expect.any(Number) },
    });
    // Not even the key is looked up; a valid key from there waits too; other addresses do not.
    expect(server.statements).toEqual([]);
    expect((await ask(moat, cheap, { address: '192.0.2.1', apiKey: analyst.key })).status).toBe(429);
    expect((await ask(moat, cheap, { address: '192.0.2.1' })).status).toBe(200);
    expect((await guess('192.0.2.2')).status).toBe(200);
  });
});

describe('several Moat processes', () => {
  it('keep buckets of their own: behind one balancer, a key may spend up to its limit in each', async () => {
    const { key } = await createApiKey(server.connection.db, 'balanced', ['write'], 3);
    const [one, two] = [moatProcess(), moatProcess()];
    expect(await statuses(4, () => ask(one, cheap, { apiKey: key }))).toEqual([200, 200, 200, 429]);
    expect(await statuses(4, () => ask(two, cheap, { apiKey: key }))).toEqual([200, 200, 200, 429]);
  });
});

describe('over a socket', () => {
  let listener: Server;
  beforeAll(async () => {
    listener = await listen(moatProcess(), 0, '127.0.0.1');
  });
  afterAll(() => new Promise((done) => listener.close(done)));

  it('charges the client’s address and refuses with HTTP 429 and Retry-After', async () => {
    const send = (forwarded?: string) =>
      fetch(serverUrl(listener), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(forwarded && { 'x-forwarded-for': forwarded }) },
        body: JSON.stringify({ query: cheap }),
      });
    const spent = await Promise.all(Array.from({ length: 10 }, () => send()));
    expect(spent.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(spent.map((answer) => answer.headers.get('ratelimit-remaining')).sort()).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^[1-6]$/);
    // Without trusted proxies, X-Forwarded-For names no other client.
    expect((await send('203.0.113.7')).status).toBe(429);
  });
});

describe('behind trusted proxies (MOAT_TRUST_PROXY)', () => {
  /**
   * Asks a Moat process listening on loopback, behind the proxies `setting` trusts, for `ask`,
   * given how many points are left in the bucket a request spent, as proxies forwarded it.
   */
  async function behind(
    setting: string,
    ask: (remainingAfter: (forwarded: string) => Promise<string | null>) => Promise<void>,
  ) {
    const moat = createMoatYoga({
      db: server.connection.db,
      logging: false,
      rateLimits: limits,
      trustedProxies: trustedProxies(setting),
    });
    const listener = await listen(moat, 0, '127.0.0.1');
    try {
      await ask(async (forwarded) => {
        const response = await fetch(serverUrl(listener), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwarded },
          body: JSON.stringify({ query: cheap }),
        });
        expect(response.status).toBe(200);
        return response.headers.get('ratelimit-remaining');
      });
    } finally {
      await new Promise((done) => listener.close(done));
    }
  }

  it.each([
    ['their subnet', 'loopback'],
    ['their number', '1'],
  ])('named by %s, charges the address they forwarded, not one the client sent', (_how, setting) =>
    behind(setting, async (remainingAfter) => {
      expect(await remainingAfter('203.0.113.7')).toBe('9');
      expect(await remainingAfter('203.0.113.8')).toBe('9');
      expect(await remainingAfter('203.0.113.7')).toBe('8');
      // A client's own X-Forwarded-For comes first; the proxy adds the address it saw.
      expect(await remainingAfter('198.51.100.99, 203.0.113.7')).toBe('7');
    }),
  );

  it('two deep, charges the address the outer proxy saw', () =>
    behind('2', async (remainingAfter) => {
      expect(await remainingAfter('198.51.100.99, 203.0.113.7, 10.0.0.2')).toBe('9');
      expect(await remainingAfter('203.0.113.7, 10.0.0.3')).toBe('8');
      expect(await remainingAfter('203.0.113.8, 10.0.0.2')).toBe('9');
    }));

  it('counts an address as one client whatever port or IPv6 form a proxy writes it with', () =>
    behind('1', async (remainingAfter) => {
      expect(await remainingAfter('203.0.113.20:50000')).toBe('9');
      expect(await remainingAfter('203.0.113.20:50001')).toBe('8');
      expect(await remainingAfter('::ffff:203.0.113.20')).toBe('7');
      expect(await remainingAfter('[2001:db8::1]:443')).toBe('9');
      expect(await remainingAfter('2001:db8::1')).toBe('8');
      // Not an address: the request counts as the proxy's own.
      expect(await remainingAfter('unknown')).toBe('9');
      expect(await remainingAfter('proxy.internal')).toBe('8');
    }));
});
