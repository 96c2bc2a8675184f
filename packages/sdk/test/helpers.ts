import { inject } from 'vitest';
import { createMoatClient, type MoatClientOptions } from '../src/index.js';

/** The live test server's endpoint. */
export const moatUrl = inject('moatUrl');

/** A client for the live test server. */
export function testClient(options: Partial<MoatClientOptions> = {}) {
  return createMoatClient({ url: moatUrl, ...options });
}

/** Every request a client makes, through the real fetch, with its headers and body. */
export function recordingFetch() {
  const requests: { headers: Headers; body: any }[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    requests.push({ headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) });
    return globalThis.fetch(input, init);
  };
  return { fetch, requests };
}

/** A fetch that answers every request with `status` and `body`, counting the calls. */
export function answeringFetch(status: number, body: string, contentType = 'application/json') {
  const calls: RequestInit[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    calls.push(init ?? {});
    return new Response(body, { status, headers: { 'content-type': contentType } });
  };
  return { fetch, calls };
}

/** A fetch that never answers, like a stalled server, until its request is aborted. */
export const stalledFetch: typeof globalThis.fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal;
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
