import { inject } from 'vitest';
import { createMoatClient, type MoatClient, type MoatClientOptions } from '../src/index.js';

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

/**
 * A new company with a Series C whose amount two sources disagree on: a wire story says
 * $250 million (the round is recorded with it), a blog post $270 million (an update cites it,
 * later: with neither dated, the later claim wins while the dispute lasts).
 */
export async function disputeRoundAmount(moat: MoatClient, slug: string, name: string) {
  const source = async (title: string, excerpt: string) => {
    const { addSource } = await moat.addSource({ input: { title, kind: 'ARTICLE' } });
    if (addSource.__typename !== 'AddSourcePayload') throw new Error(addSource.message);
    return { title, excerpt, citation: { source: addSource.source.id, excerpt } };
  };
  const wire = await source(`${name} raises a Series C`, `${name} raised $250 million in a Series C.`);
  const blog = await source(`Inside ${name}'s Series C`, `The Series C brought ${name} $270 million.`);
  const { createCompany } = await moat.createCompany({ input: { slug, name, kind: 'STARTUP' } });
  if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
  const { recordFundingRound } = await moat.recordFundingRound({
    input: {
      company: slug,
      stage: 'SERIES_C',
      status: 'ANNOUNCED',
      currency: 'USD',
      amount: '250000000',
      citation: wire.citation,
    },
  });
  if (recordFundingRound.__typename !== 'RecordFundingRoundPayload')
    throw new Error(recordFundingRound.message);
  const round = recordFundingRound.fundingRound.id;
  const { updateFundingRound } = await moat.updateFundingRound({
    input: { round, amount: '270000000', citation: blog.citation },
  });
  if (updateFundingRound.__typename !== 'UpdateFundingRoundPayload')
    throw new Error(updateFundingRound.message);
  return { round, wire, blog };
}
