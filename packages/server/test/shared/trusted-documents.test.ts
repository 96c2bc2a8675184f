// MOAT_TRUSTED_DOCUMENTS: documents sent by the sha256 hash of their text (persisted operations),
// and a server that runs the trusted ones alone.
import { describe, expect, it } from 'vitest';
import { byHash, sdkDocument, sha256, useApiKey, useReadOnlyServer, useTestServer } from '../helpers.js';

const COMPANY = sdkDocument('Company');
const CLAIMS = sdkDocument('CompanyClaims');
const AD_HOC = '{ company(slug: "openai") { name } }';
const OPENAI = { slug: 'openai' };

const NOT_FOUND = {
  status: 400,
  data: undefined,
  errors: [
    {
      message: 'No trusted document has this sha256 hash.',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    },
  ],
};

describe('MOAT_TRUSTED_DOCUMENTS=off (the default)', () => {
  const server = useReadOnlyServer();

  it('reads no hash: a request with one and no document is refused as it always was', async () => {
    expect(await server.post(byHash(COMPANY.hash, OPENAI))).toEqual({
      status: 400,
      data: undefined,
      errors: [{ message: 'Must provide query string.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('MOAT_TRUSTED_DOCUMENTS=allow', () => {
  // With the response cache, which must see the document a hash stands for, not an empty query.
  const server = useTestServer({ trustedDocuments: { mode: 'allow' }, responseCache: true });

  it('runs a trusted document sent by its hash, each its own with the same variables', async () => {
    for (let round = 0; round < 2; round++) {
      const company = await server.post(byHash(COMPANY.hash, OPENAI));
      expect(company.status).toBe(200);
      expect(company.data.company).toMatchObject({ name: 'OpenAI', people: { totalCount: 1 } });
      const claims = await server.post(byHash(CLAIMS.hash, OPENAI));
      expect(claims.status).toBe(200);
      expect(Object.keys(claims.data.company)).toEqual(expect.arrayContaining(['id', 'disputed']));
      expect(claims.data.company).not.toHaveProperty('people');
    }
  });

  it('runs any document sent whole', async () => {
    expect(await server.post({ query: AD_HOC })).toEqual({
      status: 200,
      data: { company: { name: 'OpenAI' } },
    });
  });

  it('prefers the hash: a document sent with a known hash runs the hash’s document', async () => {
    const both = await server.post({ query: AD_HOC, ...byHash(COMPANY.hash, OPENAI) });
    expect(both.data.company).toMatchObject({ name: 'OpenAI', people: { totalCount: 1 } });
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND, and neither hash nor document', async () => {
    expect(await server.post(byHash(sha256(AD_HOC)))).toEqual(NOT_FOUND);
    expect(await server.post({ variables: OPENAI })).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          message:
            'Send a GraphQL document in "query", or the sha256 hash of a trusted one in extensions.persistedQuery.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });
});

describe('MOAT_TRUSTED_DOCUMENTS=only', () => {
  const server = useTestServer({ trustedDocuments: { mode: 'only' } });
  const writer = useApiKey(server, 'writer', ['write']);

  it('runs the SDK’s documents, by hash or sent whole, mutations too', async () => {
    const company = await server.post(byHash(COMPANY.hash, OPENAI));
    expect(company.data.company).toMatchObject({ name: 'OpenAI', people: { totalCount: 1 } });
    expect(await server.post({ query: COMPANY.text, variables: OPENAI })).toEqual(company);
    const input = { slug: 'trusted-labs', name: 'Trusted Labs', kind: 'STARTUP' };
    const created = await server.post(
      byHash(sdkDocument('CreateCompany').hash, { input }),
      undefined,
      writer.key,
    );
    expect(created.data.createCompany).toMatchObject({ __typename: 'CreateCompanyPayload' });
  });

  it('refuses any other document with HTTP 403, even a trusted one with a space more', async () => {
    const refused = {
      status: 403,
      data: undefined,
      errors: [
        {
          message:
            'This server runs trusted documents only: send the sha256 hash of one in extensions.persistedQuery, or one of them whole.',
          extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' },
        },
      ],
    };
    expect(await server.post({ query: AD_HOC })).toEqual(refused);
    expect(await server.post({ query: `${COMPANY.text} `, variables: OPENAI })).toEqual(refused);
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND; a document sent beside it is judged', async () => {
    expect(await server.post(byHash(sha256(AD_HOC)))).toEqual(NOT_FOUND);
    expect((await server.post({ query: AD_HOC, ...byHash(sha256(AD_HOC)) })).status).toBe(403);
  });

  it('serves no GraphiQL: its documents would be refused', async () => {
    const page = await server.fetch({ headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toBe(
      'GraphiQL is off: this Moat server runs trusted documents only (MOAT_TRUSTED_DOCUMENTS=only).',
    );
  });
});

describe('trusted documents of one’s own', () => {
  const server = useTestServer({
    trustedDocuments: { mode: 'only', documents: { [sha256(AD_HOC)]: AD_HOC } },
  });

  it('replace the SDK’s', async () => {
    const answer = { status: 200, data: { company: { name: 'OpenAI' } } };
    expect(await server.post({ query: AD_HOC })).toEqual(answer);
    expect(await server.post(byHash(sha256(AD_HOC)))).toEqual(answer);
    expect(await server.post(byHash(COMPANY.hash, OPENAI))).toEqual(NOT_FOUND);
  });
});
