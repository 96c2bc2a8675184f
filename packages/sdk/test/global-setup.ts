// One live Moat server for the whole run, its URL provided to the tests as `moatUrl`. It takes
// the SDK's documents by hash (MOAT_TRUSTED_DOCUMENTS=allow), so that each call is one request;
// trusted-documents.test.ts tries the SDK against servers that take no hash, or nothing else.
import { setup as startServer, teardown } from '@moat/server/testing.mjs';

export const setup = (project: Parameters<typeof startServer>[0]) =>
  startServer(project, { MOAT_TRUSTED_DOCUMENTS: 'allow' });
export { teardown };
