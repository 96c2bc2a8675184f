// Trusted documents: the SDK sends its operations by the sha256 hash of their text where the
// server takes them (MOAT_TRUSTED_DOCUMENTS=allow or only), and whole where it does not (off).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startMoatServer } from '@moat/server/testing.mjs';
import { type DocumentNode, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, subscriptions } from '../src/generated/operations.js';
import { createMoatClient, MoatHttpError } from '../src/index.js';
import { InvestorsOfCompany } from './app/documents.js';
import { recordingFetch, testClient } from './helpers.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifestOf = (path: string) => resolve(import.meta.dirname, path);
const SDK_MANIFEST = manifestOf('../src/generated/trusted-documents.json');
const APP_MANIFEST = manifestOf('app/generated/persisted-documents.json');

/** The hash codegen gave a document. */
const hashOf = (document: DocumentNode) => (document as { __meta__?: { hash?: string } }).__meta__?.hash;

/** A request body naming a document by its hash, as the SDK sends it. */
const byHash = (document: DocumentNode, operationName: string, variables: object) => ({
  operationName,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document) } },
});

/** A server of the file's own, started before its tests with `env` and stopped after them. */
function useServer(env: Record<string, string>) {
  const server = { url: '', writeKey: '', stop: async () => {} };
  beforeAll(async () => Object.assign(server, await startMoatServer(env)));
  afterAll(() => server.stop());
  return server;
}

/** The first change of a live subscription after `write`, and the requests its client made. */
async function firstLiveChange(url: string, write: () => Promise<unknown>) {
  const { fetch, requests } = recordingFetch();
  const live = createMoatClient({ url, fetch }).liveChanges({ filter: { types: ['Company'] } });
  // The subscription starts at the first read.
  const first = live.next();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await write();
  const { value } = await first;
  await live.return();
  return { change: value?.changes, requests };
}

describe('the trusted documents', () => {
  it('are every operation the SDK sends, by the sha256 hash of its text as sent', () => {
    const documents = [...Object.values(operations), ...Object.values(subscriptions)];
    const texts = documents.map((document) => print(document));
    expect(documents.map(hashOf)).toEqual(texts.map(sha256));
    expect(JSON.parse(readFileSync(SDK_MANIFEST, 'utf8'))).toEqual(
      Object.fromEntries(texts.map((text) => [sha256(text), text])),
    );
  });
});

describe('against a server that takes them by hash (MOAT_TRUSTED_DOCUMENTS=allow)', () => {
  it('sends an operation as its hash alone, with its name and variables', async () => {
    const { fetch, requests } = recordingFetch();
    const { company } = await testClient({ fetch }).company({ slug: 'openai' });
    expect(company?.name).toBe('OpenAI');
    expect(requests.map((request) => request.body)).toEqual([
      byHash(operations.company, 'Company', { slug: 'openai' }),
    ]);
  });

  it('sends whole a document the server knows no hash of, from the first refusal on', async () => {
    const { fetch, requests } = recordingFetch();
    const moat = testClient({ fetch });
    for (let call = 0; call < 2; call++) {
      const { company } = await moat.request(InvestorsOfCompany, { slug: 'openai' });
      expect(company?.name).toBe('OpenAI');
    }
    expect(requests.map((request) => request.body.query === undefined)).toEqual([true, false, false]);
    expect(requests[0]?.body).toEqual(byHash(InvestorsOfCompany, 'InvestorsOfCompany', { slug: 'openai' }));
    // A document without a hash goes whole at once.
    expect(await moat.request('{ company(slug: "openai") { name } }')).toEqual({
      company: { name: 'OpenAI' },
    });
    expect(requests).toHaveLength(4);
  });
});

describe('against a server that reads no hash (MOAT_TRUSTED_DOCUMENTS=off)', () => {
  const server = useServer({});

  it('sends the document whole once the server asks for it, and every one after', async () => {
    const { fetch, requests } = recordingFetch();
    const moat = createMoatClient({ url: server.url, fetch });
    expect((await moat.company({ slug: 'openai' })).company?.name).toBe('OpenAI');
    expect((await moat.person({ slug: 'gary-marcus' })).person?.name).toBe('Gary Marcus');
    const [refused, company, person] = requests.map((request) => request.body);
    expect(refused).toEqual(byHash(operations.company, 'Company', { slug: 'openai' }));
    // Whole, it is the very text of the hash.
    expect(sha256(company.query)).toBe(hashOf(operations.company));
    expect(person.query).toBe(print(operations.person));
    expect(requests).toHaveLength(3);
  });

  it('streams a subscription whole once its hash is refused', async () => {
    const moat = createMoatClient({ url: server.url, apiKey: server.writeKey });
    const { change, requests } = await firstLiveChange(server.url, () =>
      moat.createCompany({ input: { slug: 'off-live', name: 'Off Live', kind: 'STARTUP' } }),
    );
    expect(change).toMatchObject({ kind: 'CREATE', recordType: 'Company' });
    expect(requests.map((request) => request.body.query)).toEqual([
      undefined,
      print(subscriptions.liveChanges),
    ]);
  });
});

describe('against a server that runs trusted documents only (MOAT_TRUSTED_DOCUMENTS=only)', () => {
  // The SDK's documents and the sample app's, both listed.
  const server = useServer({
    MOAT_TRUSTED_DOCUMENTS: 'only',
    MOAT_TRUSTED_DOCUMENTS_FILE: `${SDK_MANIFEST},${APP_MANIFEST}`,
  });

  it('runs the SDK’s operations by hash: queries, mutations and subscriptions', async () => {
    const { fetch, requests } = recordingFetch();
    const moat = createMoatClient({ url: server.url, apiKey: server.writeKey, fetch });
    const { change, requests: streamed } = await firstLiveChange(server.url, () =>
      moat.createCompany({ input: { slug: 'only-live', name: 'Only Live', kind: 'STARTUP' } }),
    );
    expect(change).toMatchObject({ kind: 'CREATE', recordType: 'Company' });
    expect((await moat.company({ slug: 'only-live' })).company?.name).toBe('Only Live');
    expect(
      [...requests, ...streamed].map((request) => request.body.extensions.persistedQuery.sha256Hash),
    ).toEqual([operations.createCompany, operations.company, subscriptions.liveChanges].map(hashOf));
    expect([...requests, ...streamed].some((request) => 'query' in request.body)).toBe(false);
  });

  it('runs an app’s own documents listed beside the SDK’s, by hash', async () => {
    const { fetch, requests } = recordingFetch();
    const { company } = await createMoatClient({ url: server.url, fetch }).request(InvestorsOfCompany, {
      slug: 'openai',
    });
    expect(company?.name).toBe('OpenAI');
    expect(requests.map((request) => request.body)).toEqual([
      byHash(InvestorsOfCompany, 'InvestorsOfCompany', { slug: 'openai' }),
    ]);
  });

  it('refuses any other document with a MoatHttpError: 403, TRUSTED_DOCUMENT_REQUIRED', async () => {
    const moat = createMoatClient({ url: server.url });
    await expect(moat.request('{ company(slug: "openai") { name } }')).rejects.toSatisfy(
      (error) =>
        error instanceof MoatHttpError &&
        error.status === 403 &&
        error.errors[0]?.code === 'TRUSTED_DOCUMENT_REQUIRED',
    );
  });
});
