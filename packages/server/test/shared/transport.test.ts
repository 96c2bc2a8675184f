// What HTTP itself may not be used for: a request a browser sends from another site without asking
// (CSRF), a mutation by GET, and a client that holds a connection open by sending slowly.
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useReadOnlyServer } from '../helpers.js';
import { createMoatYoga, listen, serverUrl } from '../moat.js';
import { subscribe } from '../sse.js';

const server = useReadOnlyServer();

const CSRF_REFUSED = {
  status: 403,
  errors: [
    {
      message:
        'This request needs the "x-graphql-yoga-csrf" header, or a JSON body sent as application/json.',
      extensions: { code: 'CSRF_HEADER_REQUIRED' },
    },
  ],
};

const createCompany =
  'mutation { createCompany(input: { slug: "forged", name: "Forged", kind: STARTUP }) { __typename } }';

/**
 * The answer to `init` at `path` (a query string included), with its status, from a service over
 * the test server's database; no SQL statement may run for a refused request.
 */
async function answer(path: string, init: RequestInit) {
  server.resetStatements();
  const response = await createMoatYoga({ db: server.connection.db, logging: false }).fetch(
    `http://moat.test${path}`,
    init,
  );
  const answered = { status: response.status, ...(await response.json()) };
  if (answered.status !== 200) expect(server.statements).toEqual([]);
  return answered;
}

const sourcesCount = `/graphql?${new URLSearchParams({ query: '{ sources { totalCount } }' })}`;

describe('a request a browser could send from any site without asking is refused', () => {
  it('refuses a form-encoded POST of a mutation with HTTP 403', async () => {
    const refused = await answer('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: createCompany }).toString(),
    });
    expect(refused).toEqual(CSRF_REFUSED);
  });

  it('refuses a text/plain POST with HTTP 403', async () => {
    const refused = await answer('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ sources { totalCount } }' }),
    });
    expect(refused).toEqual(CSRF_REFUSED);
  });

  it('refuses a multipart POST with HTTP 403', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: '{ sources { totalCount } }' }));
    expect(await answer('/graphql', { method: 'POST', body: form })).toEqual(CSRF_REFUSED);
  });

  it('refuses a GET without the CSRF header with HTTP 403', async () => {
    expect(await answer(sourcesCount, { method: 'GET' })).toEqual(CSRF_REFUSED);
  });

  it('answers a GET that carries the CSRF header', async () => {
    const answered = await answer(sourcesCount, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(answered.status).toBe(200);
    expect(answered.data.sources.totalCount).toBeGreaterThan(0);
  });

  it('never runs a mutation sent by GET: HTTP 405', async () => {
    const query = new URLSearchParams({ query: createCompany });
    expect(await answer(`/graphql?${query}`, { headers: { 'x-graphql-yoga-csrf': '1' } })).toEqual({
      status: 405,
      errors: [
        {
          message: 'Can only perform a mutation operation from a POST request.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });
});

describe('over a socket, a client that sends too slowly is cut off', () => {
  const timeouts = { headersMs: 300, requestMs: 800 };
  let listener: Server;
  beforeAll(async () => {
    listener = await listen(
      createMoatYoga({ db: server.connection.db, logging: false }),
      0,
      '127.0.0.1',
      timeouts,
    );
  });
  afterAll(() => new Promise((done) => listener.close(done)));

  /** Writes `parts` to a new connection, `everyMs` apart, and resolves with all it receives once it closes. */
  function sendSlowly(parts: string[], everyMs: number): Promise<string> {
    const { port } = listener.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8').on('data', (chunk) => {
      received += chunk;
    });
    const timer = setInterval(() => {
      const part = parts.shift();
      if (part !== undefined && !socket.destroyed) socket.write(part);
    }, everyMs);
    return new Promise((resolve) => {
      socket.on('close', () => {
        clearInterval(timer);
        resolve(received);
      });
    });
  }

  it('answers HTTP 408 and closes when the headers do not come in time', async () => {
    const received = await sendSlowly(['POST /graphql HTTP/1.1\r\n', 'Host: moat.test\r\n'], 1_000);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers HTTP 408 and closes when the body does not come in time, running nothing', async () => {
    server.resetStatements();
    const body = JSON.stringify({ query: '{ sources { totalCount } }' });
    const head = `POST /graphql HTTP/1.1\r\nHost: moat.test\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    // The headers at once, then the body a byte every 100 ms: 4 s in all.
    const received = await sendSlowly([head, ...body], 100);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(server.statements).toEqual([]);
  });

  it('keeps a subscription open for longer than a request may take to arrive', async () => {
    const send = (init: RequestInit) => fetch(serverUrl(listener), init);
    const subscription = await subscribe(send, 'subscription { changes { cursor } }');
    expect(subscription.response.status).toBe(200);
    await expect(subscription.next(2 * timeouts.requestMs)).rejects.toThrow(
      `No event in ${2 * timeouts.requestMs} ms`,
    );
    await subscription.close();
  });
});
