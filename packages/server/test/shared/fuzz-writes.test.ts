// Generated mutations (see test/fuzz.ts): every mutation with generated input, each answered
// without a crash, a masked error or a leak; a refused one writes nothing. Deletes come last, so
// that the other mutations meet the seed data whole.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseChanges, databaseDigest } from '../database.js';
import {
  expectCleanAnswer,
  fuzzParameters,
  isRefusal,
  requestsOf,
  type SeedValues,
  seedValuesOf,
  writesIn,
} from '../fuzz.js';
import { useApiKey, useTestServer } from '../helpers.js';
import { schema } from '../moat.js';

const server = useTestServer();
const key = useApiKey(server, 'fuzzer', ['write', 'admin']);
let seed: SeedValues;
beforeAll(async () => {
  seed = await seedValuesOf(server, key.key);
});

const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
const isDelete = (name: string) => /^(delete|revoke)/.test(name);

describe('every mutation, with generated input, is answered cleanly; a refused one writes nothing', () => {
  it.each([...mutations.filter((name) => !isDelete(name)), ...mutations.filter(isDelete)])(
    '%s',
    async (name) => {
      // The database as the last request left it. After a write, or a refusal that ran a
      // statement that may write, every table is read again; for a refusal, nothing may have
      // changed. A refusal that ran no such statement (the server's log holds every one) cannot
      // have written.
      let before = await databaseDigest(server);
      await fc.assert(
        fc.asyncProperty(requestsOf('mutation', name, seed, key.key), async ({ request, apiKey }) => {
          server.loggedErrors.splice(0);
          server.resetStatements();
          const response = await server.post(request, undefined, apiKey);
          const refused = isRefusal(response, name);
          if (!refused || writesIn(server.statements).length > 0) {
            const after = await databaseDigest(server);
            const changes = databaseChanges(before, after);
            before = after;
            if (refused) expect(changes).toEqual({});
          }
          expectCleanAnswer(response, server.loggedErrors);
        }),
        fuzzParameters(25),
      );
    },
  );
});
