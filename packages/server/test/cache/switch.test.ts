// MOAT_RESPONSE_CACHE, as `moat serve` reads it: on by default for the embedded database, where
// this process makes every write. A cached read carries an ETag; sent back, it gets HTTP 304.
import { describe, expect, it } from 'vitest';
import { useCli } from '../cli-process.js';
import { copyTemplate } from '../helpers.js';

const { scratch, run, serve } = useCli('moat-response-cache-');

const READ = JSON.stringify({ query: '{ company(slug: "openai") { name } }' });

/** Posts the read to a served Moat, with the ETag of an earlier answer when given. */
const read = (url: string, etag?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(etag && { 'if-none-match': etag }) },
    body: READ,
  });

describe('MOAT_RESPONSE_CACHE', () => {
  it('is on by default for the embedded database: an answer sent again gets HTTP 304', async () => {
    const { dataDir } = copyTemplate(scratch);
    const server = await serve(dataDir);
    const first = await read(server.url);
    expect(await first.json()).toEqual({ data: { company: { name: 'OpenAI' } } });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^[0-9a-f]{64}$/);
    const again = await read(server.url, etag ?? undefined);
    expect(again.status).toBe(304);
    await server.stop();
  });

  it('off: every read is answered anew, without an ETag', async () => {
    const { dataDir } = copyTemplate(scratch);
    const server = await serve(dataDir, { MOAT_RESPONSE_CACHE: 'off' });
    const first = await read(server.url);
    expect(await first.json()).toEqual({ data: { company: { name: 'OpenAI' } } });
    expect(first.headers.get('etag')).toBeNull();
    await server.stop();
  });

  it('refuses anything but on or off, in one line', () => {
    const { dataDir } = copyTemplate(scratch);
    expect(run(['serve'], dataDir, { MOAT_RESPONSE_CACHE: 'yes' })).toEqual({
      status: 1,
      stdout: '',
      stderr: 'moat: MOAT_RESPONSE_CACHE must be on or off, not "yes".\n',
    });
  });
});
