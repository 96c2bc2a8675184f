// One live Moat server for the whole run, its URL provided to the tests as `moatUrl`. It takes
// documents by hash (MOAT_TRUSTED_DOCUMENTS=allow), the SDK's and this app's: a request by a hash
// it did not know would be answered 400, which Chromium logs as an error, failing the test.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { setup as startServer, teardown } from '@moat/server/testing.mjs';

const trustedDocuments = [
  createRequire(import.meta.url).resolve('@moat/sdk/trusted-documents.json'),
  resolve(import.meta.dirname, '../src/generated/persisted-documents.json'),
];

export const setup = (project: Parameters<typeof startServer>[0]) =>
  startServer(project, {
    MOAT_TRUSTED_DOCUMENTS: 'allow',
    MOAT_TRUSTED_DOCUMENTS_FILE: trustedDocuments.join(','),
  });
export { teardown };
