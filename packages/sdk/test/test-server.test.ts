// The servers these tests start run over their own embedded database, open to reads, whatever
// the shell running the tests has set: a developer's DATABASE_URL must never receive test data.
import { startMoatServer } from '@moat/server/testing.mjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMoatClient } from '../src/index.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('startMoatServer', () => {
  it('leaves out a DATABASE_URL and a MOAT_REQUIRE_KEY_FOR_READS of the shell running the tests', async () => {
    vi.stubEnv('DATABASE_URL', 'postgres://nobody@127.0.0.1:1/none');
    vi.stubEnv('MOAT_REQUIRE_KEY_FOR_READS', '1');
    const server = await startMoatServer();
    try {
      const { company } = await createMoatClient({ url: server.url }).company({ slug: 'openai' });
      expect(company?.name).toBe('OpenAI');
    } finally {
      await server.stop();
    }
  }, 60_000);
});
