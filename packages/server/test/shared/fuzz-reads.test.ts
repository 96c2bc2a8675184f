// Generated queries (see test/fuzz.ts): every root field with generated arguments, filters,
// search text, cursors and IDs, each answered without a crash, a masked error or a leak, and
// without writing anything.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { changesSince, databaseDigest } from '../database.js';
import { expectCleanAnswer, fuzzParameters, requestsOf, type SeedValues, seedValuesOf } from '../fuzz.js';
import { useApiKey, useTestServer } from '../helpers.js';
import { schema } from '../moat.js';

const server = useTestServer();
const key = useApiKey(server, 'fuzzer', ['write', 'admin']);
let seed: SeedValues;
beforeAll(async () => {
  seed = await seedValuesOf(server, key.key);
});

describe('every query, with generated arguments, is answered cleanly and writes nothing', () => {
  it.each(Object.keys(schema.getQueryType()?.getFields() ?? {}))('%s', async (name) => {
    const before = await databaseDigest(server);
    await fc.assert(
      fc.asyncProperty(requestsOf('query', name, seed, key.key), async ({ request, apiKey }) => {
        server.loggedErrors.splice(0);
        expectCleanAnswer(await server.post(request, undefined, apiKey), server.loggedErrors);
      }),
      fuzzParameters(25),
    );
    expect(await changesSince(server, before)).toEqual({});
  });
});
