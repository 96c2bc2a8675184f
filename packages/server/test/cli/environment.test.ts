// What `moat serve` reads from its environment, and that the tests' own environment stays out:
// a developer's DATABASE_URL must never send the tests to their PostgreSQL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCli } from '../cli-process.js';
import { byHash, copyTemplate, postGraphQL, sdkDocument, sha256 } from '../helpers.js';

const { scratch, run, createKey, serve } = useCli('moat-environment-');

const READ = { query: '{ company(slug: "openai") { name } }' };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the environment of the processes the tests start', () => {
  it('leaves out a DATABASE_URL and a MOAT_REQUIRE_KEY_FOR_READS of the shell running the tests', async () => {
    vi.stubEnv('DATABASE_URL', 'postgres://nobody@127.0.0.1:1/none');
    vi.stubEnv('MOAT_REQUIRE_KEY_FOR_READS', '1');
    const { dataDir } = copyTemplate(scratch);
    expect(run(['migrate'], dataDir)).toEqual({
      status: 0,
      stdout: `Database is up to date (embedded database in ${dataDir}).\n`,
      stderr: '',
    });
    const server = await serve(dataDir);
    expect(server.readyLine).toContain(`(embedded database in ${dataDir} opened;`);
    expect(await postGraphQL(server.url, READ)).toEqual({
      status: 200,
      data: { company: { name: 'OpenAI' } },
    });
    await server.stop();
  });
});

describe('MOAT_REQUIRE_KEY_FOR_READS', () => {
  it('1: a read without an API key gets HTTP 401, one with a key made by `moat keys create` its data', async () => {
    const { dataDir } = copyTemplate(scratch);
    const key = createKey(dataDir, 'write');
    const server = await serve(dataDir, { MOAT_REQUIRE_KEY_FOR_READS: '1' });
    expect(await postGraphQL(server.url, READ)).toEqual({
      status: 401,
      errors: [
        {
          message: 'Moat needs an API key: send "Authorization: Bearer <key>".',
          extensions: { code: 'NOT_AUTHORIZED' },
        },
      ],
    });
    expect(await postGraphQL(server.url, READ, undefined, key)).toEqual({
      status: 200,
      data: { company: { name: 'OpenAI' } },
    });
    await server.stop();
  });
});

describe('MOAT_TRUSTED_DOCUMENTS', () => {
  it('only, with MOAT_TRUSTED_DOCUMENTS_FILE: runs the documents of the files listed and no other', async () => {
    const own = READ.query;
    writeFileSync(join(scratch, 'own.json'), JSON.stringify({ [sha256(own)]: own }));
    const sdk = join(import.meta.dirname, '../../../sdk/src/generated/trusted-documents.json');
    const { dataDir } = copyTemplate(scratch);
    const server = await serve(dataDir, {
      MOAT_TRUSTED_DOCUMENTS: 'only',
      MOAT_TRUSTED_DOCUMENTS_FILE: `${sdk},own.json`,
    });
    const openai = { status: 200, data: { company: { name: 'OpenAI' } } };
    expect(await postGraphQL(server.url, { query: own })).toEqual(openai);
    expect(
      await postGraphQL(server.url, byHash(sdkDocument('Company').hash, { slug: 'openai' })),
    ).toMatchObject({
      status: 200,
      data: { company: { name: 'OpenAI' } },
    });
    expect(await postGraphQL(server.url, { query: '{ __typename }' })).toMatchObject({
      status: 403,
      errors: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }],
    });
    await server.stop();
  });
});

describe('MOAT_TRUST_PROXY', () => {
  it('loopback: a keyless client is charged by the address the proxy forwarded', async () => {
    const { dataDir } = copyTemplate(scratch);
    const server = await serve(dataDir, { MOAT_TRUST_PROXY: 'loopback', MOAT_RATE_LIMIT_PER_ADDRESS: '10' });
    const remainingFor = async (client: string) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify(READ),
      });
      return response.headers.get('ratelimit-remaining');
    };
    expect(await remainingFor('203.0.113.7')).toBe('9');
    expect(await remainingFor('203.0.113.8')).toBe('9');
    expect(await remainingFor('203.0.113.7')).toBe('8');
    await server.stop();
  });
});
