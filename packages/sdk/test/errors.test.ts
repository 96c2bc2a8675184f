import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  createMoatClient,
  MoatAbortError,
  MoatError,
  MoatGraphQLError,
  MoatHttpError,
  MoatNetworkError,
} from '../src/index.js';
import { answeringFetch, stalledFetch as stalled, testClient } from './helpers.js';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** What a call threw (failing the test if it did not throw). */
async function thrown(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    (data) => expect.unreachable(`expected an error, got ${JSON.stringify(data)}`),
    (error: unknown) => error,
  );
}

describe('errors are thrown as MoatError subclasses', () => {
  it('server down: MoatNetworkError naming the URL and the cause', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    const error = await thrown(createMoatClient({ url }).companies());
    expect(error).toBeInstanceOf(MoatNetworkError);
    expect(error).toBeInstanceOf(MoatError);
    expect((error as MoatNetworkError).message).toMatch(
      `Could not reach Moat at ${url}: connect ECONNREFUSED`,
    );
    expect((error as MoatNetworkError).operationName).toBe('Companies');
  });

  it('HTTP 400: a document that does not validate, with the server’s message', async () => {
    const error = await thrown(testClient().request('{ companys { totalCount } }'));
    expect(error).toBeInstanceOf(MoatHttpError);
    const http = error as MoatHttpError;
    expect(http.status).toBe(400);
    expect(http.errors[0]?.message).toBe(
      'Cannot query field "companys" on type "Query". Did you mean "company" or "companies"?',
    );
    expect(http.message).toBe(`Moat answered HTTP 400: ${http.errors[0]?.message}`);
  });

  it('GraphQL error: message, code and path of a bad argument', async () => {
    const error = await thrown(testClient().companies({ first: 500 }));
    expect(error).toBeInstanceOf(MoatGraphQLError);
    const graphql = error as MoatGraphQLError;
    expect(graphql.message).toBe(
      'Invalid argument first: must be at most 100, the largest page Moat returns',
    );
    expect(graphql.code).toBe('BAD_USER_INPUT');
    expect(graphql.path).toEqual(['companies']);
    expect(graphql.errors).toHaveLength(1);
    expect(graphql.data).toBeNull();
  });

  it('GraphQL error: a malformed ID', async () => {
    const error = await thrown(testClient().fundingRound({ id: 'not-an-id' }));
    expect(error).toBeInstanceOf(MoatGraphQLError);
    expect((error as MoatGraphQLError).code).toBe('BAD_USER_INPUT');
    expect((error as MoatGraphQLError).message).toContain('Invalid global ID "not-an-id"');
  });

  it('abort: a signal aborted before the call, or during it', async () => {
    const before = new AbortController();
    before.abort();
    const early = await thrown(testClient().companies({}, { signal: before.signal }));
    expect(early).toBeInstanceOf(MoatAbortError);
    expect((early as MoatAbortError).message).toMatch(/^The request was aborted/);

    // The server stalls; the client's own signal ends the call.
    const during = new AbortController();
    const call = createMoatClient({
      url: 'http://moat.invalid/graphql',
      fetch: stalled,
      signal: during.signal,
    })
      .company({ slug: 'openai' })
      .catch((error: unknown) => error);
    setTimeout(() => during.abort(new Error('user navigated away')), 10);
    const late = await call;
    expect(late).toBeInstanceOf(MoatAbortError);
    expect((late as MoatAbortError).message).toBe('The request was aborted: user navigated away');
    expect((late as MoatAbortError).operationName).toBe('Company');
  });

  it('abort: AbortSignal.timeout ends a stalled request', async () => {
    const moat = createMoatClient({ url: 'http://moat.invalid/graphql', fetch: stalled });
    const error = await thrown(moat.companies({}, { signal: AbortSignal.timeout(20) }));
    expect(error).toBeInstanceOf(MoatAbortError);
    expect((error as Error).cause).toMatchObject({ name: 'TimeoutError' });
  });

  it('HTTP 5xx and answers that are not GraphQL are MoatHttpErrors', async () => {
    const proxy = answeringFetch(502, '<html>Bad Gateway</html>', 'text/html');
    const gateway = await thrown(
      createMoatClient({ url: 'http://moat.invalid/graphql', fetch: proxy.fetch }).sources(),
    );
    expect(gateway).toBeInstanceOf(MoatHttpError);
    expect(gateway).toMatchObject({ status: 502, errors: [] });
    expect((gateway as Error).message).toBe('Moat answered HTTP 502: the body is not a GraphQL response');

    const page = answeringFetch(200, '<html>Sign in</html>', 'text/html');
    const login = await thrown(
      createMoatClient({ url: 'http://moat.invalid/graphql', fetch: page.fetch }).sources(),
    );
    expect(login).toBeInstanceOf(MoatHttpError);
    expect(login).toMatchObject({ status: 200 });
  });

  it('never resolves with undefined data: every failure throws', async () => {
    const empty = answeringFetch(200, JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }));
    const moat = createMoatClient({ url: 'http://moat.invalid/graphql', fetch: empty.fetch });
    const error = await thrown(moat.people());
    expect(error).toBeInstanceOf(MoatGraphQLError);
    expect(error).toMatchObject({ message: 'Unexpected error.', code: undefined });
  });

  it('a URL that is not absolute is refused when the client is made (outside a browser page)', () => {
    expect(() => createMoatClient({ url: 'http://127.0.0.1:4000/graphql' })).not.toThrow();
    expect(() => createMoatClient({ url: '/graphql' })).toThrow(
      'url must be an absolute URL such as http://localhost:4000/graphql, not "/graphql".',
    );
  });
});
