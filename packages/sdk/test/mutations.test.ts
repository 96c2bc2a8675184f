import { startMoatServer } from '@moat/server/testing.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoatClient } from '../src/index.js';
import { answeringFetch, recordingFetch } from './helpers.js';

// Writes get a server of their own, so that the other tests read the seeded data set alone.
let moatUrl = '';
let apiKey = '';
let stop: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ url: moatUrl, writeKey: apiKey, stop } = await startMoatServer());
});
afterAll(() => stop());
const input = { slug: 'anthropic', name: 'Anthropic', kind: 'STARTUP' as const, country: 'US' };

describe('mutations through the SDK', () => {
  it('createCompany with an API key: a payload with the company; the same input again gives the same one', async () => {
    const moat = createMoatClient({ url: moatUrl, apiKey });
    const { createCompany } = await moat.createCompany({ input });
    if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
    expect(createCompany.company).toMatchObject({
      slug: 'anthropic',
      name: 'Anthropic',
      country: 'US',
      version: 1,
    });
    const again = await moat.createCompany({ input });
    expect(again.createCompany).toEqual(createCompany);
  });

  it('updateCompany narrows to ConflictError on a stale version, and to the payload on the current one', async () => {
    const moat = createMoatClient({ url: moatUrl, apiKey });
    const stale = await moat.updateCompany({
      input: { slug: 'anthropic', expectedVersion: 7, headquarters: 'SF' },
    });
    expect(stale.updateCompany).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    const { updateCompany } = await moat.updateCompany({
      input: { slug: 'anthropic', expectedVersion: 1, headquarters: 'San Francisco' },
    });
    expect(updateCompany.__typename === 'UpdateCompanyPayload' && updateCompany.company).toMatchObject({
      headquarters: 'San Francisco',
      version: 2,
    });
  });

  it('without a key, the typed NotAuthorizedError, not a thrown error', async () => {
    const moat = createMoatClient({ url: moatUrl });
    const { createCompany } = await moat.createCompany({
      input: { ...input, slug: 'cohere', name: 'Cohere' },
    });
    expect(createCompany).toEqual({
      __typename: 'NotAuthorizedError',
      message: 'This needs an API key: send "Authorization: Bearer <key>".',
    });
  });

  it('a ValidationError lists every problem with its input path', async () => {
    const { fetch, requests } = recordingFetch();
    const moat = createMoatClient({ url: moatUrl, apiKey, fetch });
    const { createCompany } = await moat.createCompany({
      input: { slug: 'Bad Slug', name: ' ', kind: 'STARTUP' },
    });
    expect(
      createCompany.__typename === 'ValidationError' && createCompany.issues.map((issue) => issue.path),
    ).toEqual([
      ['input', 'slug'],
      ['input', 'name'],
    ]);
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
  });

  it('is never retried, even after a 5xx', async () => {
    const down = answeringFetch(503, 'Service Unavailable', 'text/plain');
    const moat = createMoatClient({
      url: moatUrl,
      apiKey,
      fetch: down.fetch,
      retry: { retries: 3, delayMs: 1 },
    });
    await expect(moat.createCompany({ input })).rejects.toMatchObject({ status: 503 });
    expect(down.calls).toHaveLength(1);
  });
});
