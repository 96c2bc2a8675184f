import { describe, expect, it } from 'vitest';
import { createMoatClient, MoatAbortError, MoatHttpError, MoatNetworkError } from '../src/index.js';
import { answeringFetch, moatUrl, recordingFetch } from './helpers.js';

/** A fetch that fails `failures` times with `failure`, then passes requests to the live server. */
function flakyFetch(failures: number, failure: () => Promise<Response>) {
  let calls = 0;
  const fetch: typeof globalThis.fetch = (input, init) => {
    calls += 1;
    return calls <= failures ? failure() : globalThis.fetch(input, init);
  };
  return { fetch, calls: () => calls };
}

const networkDown = () => Promise.reject(new TypeError('fetch failed', { cause: new Error('ECONNRESET') }));
const unavailable = () => Promise.resolve(new Response('Service Unavailable', { status: 503 }));

describe('retry', () => {
  it('retries a query after network errors, with backoff, then answers', async () => {
    const flaky = flakyFetch(2, networkDown);
    const moat = createMoatClient({ url: moatUrl, fetch: flaky.fetch, retry: { retries: 2, delayMs: 1 } });
    const { company } = await moat.company({ slug: 'deepseek' });
    expect(company?.name).toBe('DeepSeek');
    expect(flaky.calls()).toBe(3);
  });

  it('retries a query after 5xx answers', async () => {
    const flaky = flakyFetch(1, unavailable);
    const moat = createMoatClient({ url: moatUrl, fetch: flaky.fetch, retry: { retries: 1, delayMs: 1 } });
    expect((await moat.sources()).sources.totalCount).toBe(1);
    expect(flaky.calls()).toBe(2);
  });

  it('gives up after its retries with the last error', async () => {
    const flaky = flakyFetch(10, networkDown);
    const moat = createMoatClient({ url: moatUrl, fetch: flaky.fetch, retry: { retries: 3, delayMs: 1 } });
    await expect(moat.companies()).rejects.toBeInstanceOf(MoatNetworkError);
    expect(flaky.calls()).toBe(4);
  });

  it('does not retry without the option, nor 4xx answers, nor GraphQL errors', async () => {
    const once = flakyFetch(1, networkDown);
    await expect(createMoatClient({ url: moatUrl, fetch: once.fetch }).companies()).rejects.toBeInstanceOf(
      MoatNetworkError,
    );
    expect(once.calls()).toBe(1);

    const { fetch, requests } = recordingFetch();
    const moat = createMoatClient({ url: moatUrl, fetch, retry: { retries: 3, delayMs: 1 } });
    await expect(moat.request('{ nope }')).rejects.toBeInstanceOf(MoatHttpError);
    await expect(moat.companies({ first: 1000 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(requests).toHaveLength(2);
  });

  it('never retries a mutation', async () => {
    const down = answeringFetch(503, 'Service Unavailable', 'text/plain');
    const moat = createMoatClient({ url: moatUrl, fetch: down.fetch, retry: { retries: 3, delayMs: 1 } });
    await expect(moat.request('mutation { addCompany(slug: "x") { id } }')).rejects.toMatchObject({
      status: 503,
    });
    expect(down.calls).toHaveLength(1);
    await expect(moat.request('query { companies { totalCount } }')).rejects.toMatchObject({ status: 503 });
    expect(down.calls).toHaveLength(5);
  });

  it('stops waiting between attempts when aborted', async () => {
    const flaky = flakyFetch(10, networkDown);
    const moat = createMoatClient({
      url: moatUrl,
      fetch: flaky.fetch,
      retry: { retries: 5, delayMs: 60_000 },
    });
    const controller = new AbortController();
    const call = moat.companies({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(call).rejects.toBeInstanceOf(MoatAbortError);
    expect(flaky.calls()).toBe(1);
  });

  it('refuses a retry count that is not a whole number', () => {
    expect(() => createMoatClient({ url: moatUrl, retry: -1 })).toThrow(
      'retry must be a whole number of retries (0 or more), not -1.',
    );
  });
});

describe('headers', () => {
  it('sends the API key as a bearer token, the client’s headers and each call’s', async () => {
    const { fetch, requests } = recordingFetch();
    let calls = 0;
    const moat = createMoatClient({
      url: moatUrl,
      fetch,
      apiKey: 'moat_test_key',
      headers: () => ({ 'x-request-number': String(++calls) }),
    });
    await moat.sources();
    await moat.sources({}, { headers: { 'x-trace': 'abc' } });
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer moat_test_key',
      'Bearer moat_test_key',
    ]);
    expect(requests.map((request) => request.headers.get('x-request-number'))).toEqual(['1', '2']);
    expect(requests[1]?.headers.get('x-trace')).toBe('abc');
    expect(requests[0]?.body.operationName).toBe('Sources');
  });
});
