import { describe, expect, it } from 'vitest';
import { useApiKey, useTestServer } from '../helpers.js';

const server = useTestServer({ requireKeyForReads: true });
const reader = useApiKey(server, 'reader', ['write']);

/** A read as most clients send it: HTTP status and headers count here, so it goes as a raw request. */
async function read(authorization?: string) {
  const response = await server.fetch({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: '{ company(slug: "openai") { name } }' }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('MOAT_REQUIRE_KEY_FOR_READS=1', () => {
  it('answers a read without a valid key with HTTP 401 and a typed error', async () => {
    const none = await read();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.body).toEqual({
      errors: [
        {
          message: 'Moat needs an API key: send "Authorization: Bearer <key>".',
          extensions: { code: 'NOT_AUTHORIZED' },
        },
      ],
    });
    const unknown = await read('Bearer moat_unknown');
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors[0].message).toBe('The API key is not known.');
  });

  it('answers a read with a valid key, looked up once, and still serves GraphiQL’s page', async () => {
    server.resetStatements();
    const withKey = await read(`Bearer ${reader.key}`);
    expect(server.statements.filter((statement) => statement.includes('"api_keys"'))).toHaveLength(1);
    expect(withKey).toMatchObject({ status: 200, body: { data: { company: { name: 'OpenAI' } } } });
    const page = await server.fetch({ headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Moat</title>');
  });
});
