import { startMoatServer } from '@moat/server/testing.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChangeFieldsFragment,
  createMoatClient,
  followChanges,
  type MoatClient,
  MoatGraphQLError,
  MoatHttpError,
  paginate,
} from '../src/index.js';
import { answeringFetch } from './helpers.js';

// The change feed through the SDK, on a server of its own: these tests write. It takes the SDK's
// documents by hash, so that each stream is one request.
let moat: MoatClient;
let stop: () => Promise<void> = async () => {};
let url = '';
beforeAll(async () => {
  const server = await startMoatServer({ MOAT_TRUSTED_DOCUMENTS: 'allow' });
  ({ url, stop } = server);
  moat = createMoatClient({ url, apiKey: server.writeKey });
});
afterAll(() => stop());

async function createCompany(slug: string) {
  const { createCompany } = await moat.createCompany({ input: { slug, name: slug, kind: 'STARTUP' } });
  if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
  return createCompany.company.id;
}

/** The next `count` items of an iterator, failing after 10 s without them. */
async function take<T>(iterator: AsyncIterator<T>, count: number): Promise<T[]> {
  const taken: T[] = [];
  const deadline = setTimeout(() => iterator.return?.(), 10_000);
  try {
    while (taken.length < count) {
      const { value, done } = await iterator.next();
      if (done) throw new Error(`The stream ended after ${taken.length} of ${count}`);
      taken.push(value);
    }
  } finally {
    clearTimeout(deadline);
  }
  return taken;
}

describe('the change feed through the SDK', () => {
  it('pages the feed with paginate, oldest first, and goes on from the last cursor', async () => {
    const seeded: ChangeFieldsFragment[] = [];
    for await (const change of paginate(moat.changes, { first: 20 })) seeded.push(change);
    expect(seeded.length).toBeGreaterThan(20);
    expect(seeded[0]).toMatchObject({ kind: 'CREATE', key: null, tombstone: null });
    const id = await createCompany('sdk-paged');
    const { changes } = await moat.changes({ after: seeded.at(-1)?.cursor });
    expect(changes.nodes).toEqual([
      expect.objectContaining({ kind: 'CREATE', recordType: 'Company', recordId: id, key: 'tests (write)' }),
    ]);
  });

  it('streams the changes a filter selects as they commit (liveChanges), typed', async () => {
    const live = moat.liveChanges({ filter: { types: ['Company'] } });
    // The subscription starts at the first read.
    const first = live.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await createCompany('sdk-live');
    const { value } = await first;
    expect(value?.changes).toMatchObject({ kind: 'CREATE', recordType: 'Company', recordId: id });
    await live.return();
  });

  it('follows the feed across a lost stream: each change once, from the last cursor', async () => {
    // A fetch whose first stream is cut after its first change, as a dropped connection would be.
    let streams = 0;
    const cutting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!new Headers(init?.headers).get('accept')?.includes('text/event-stream') || streams++ > 0)
        return response;
      const reader = response.body?.getReader();
      let text = '';
      const body = new ReadableStream({
        async pull(controller) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) return controller.close();
          text += new TextDecoder().decode(chunk.value);
          controller.enqueue(chunk.value);
          if (text.includes('event: next')) {
            await reader?.cancel();
            controller.error(new TypeError('terminated'));
          }
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const client = createMoatClient({ url, fetch: cutting });
    let from: string | undefined;
    for await (const change of paginate(moat.changes, { first: 100 })) from = change.cursor;
    const first = await createCompany('sdk-follow-1');
    const followed = followChanges(
      client,
      { after: from, filter: { types: ['Company'] } },
      { retryDelayMs: 10 },
    );
    // The first stream gives the first change and is cut; the second change comes on a new one.
    const [one] = await take(followed, 1);
    const second = await createCompany('sdk-follow-2');
    const [two] = await take(followed, 1);
    expect([one?.recordId, two?.recordId]).toEqual([first, second]);
    expect(streams).toBe(2);
    await followed.return();
  });

  it('throws typed errors: a bad cursor, a refused key', async () => {
    const bad = moat.liveChanges({ after: 'not-a-cursor' });
    await expect(bad.next()).rejects.toSatisfy(
      (error) => error instanceof MoatGraphQLError && error.code === 'BAD_USER_INPUT',
    );
    const refused = createMoatClient({
      url,
      fetch: answeringFetch(
        401,
        JSON.stringify({
          errors: [{ message: 'Moat needs an API key.', extensions: { code: 'NOT_AUTHORIZED' } }],
        }),
      ).fetch,
    });
    await expect(refused.liveChanges().next()).rejects.toSatisfy(
      (error) =>
        error instanceof MoatHttpError && error.status === 401 && error.errors[0]?.code === 'NOT_AUTHORIZED',
    );
  });
});
