// Moat's own modules, as the tests use them: imported here only, so a module that moves in src/
// changes one line here.
export { createApiKey, revokeApiKey, type Scope } from '../src/auth/api-keys.js';
export { trustedProxies } from '../src/client-address.js';
export { exportRecords } from '../src/data/export.js';
export { ImportRefused, importRecords, parseLines } from '../src/data/import/index.js';
export { fileParts } from '../src/data/import/parts.js';
export { printRecordJsonSchema } from '../src/data/records.js';
export { readSeedFile } from '../src/data/seed.js';
export { type Database, type DatabaseConnection, openDatabase, queryRows } from '../src/db/connection.js';
export { commitListener } from '../src/db/notifications.js';
export { relations } from '../src/db/relations.js';
export * as tables from '../src/db/schema.js';
export { paths } from '../src/paths.js';
export { encodeChangeCursor } from '../src/rules/changes.js';
export { valueKey, valueKind } from '../src/rules/claims.js';
export { schema } from '../src/schema/index.js';
export { printSchemaSdl } from '../src/schema/print.js';
export { createMoatYoga, DEFAULT_QUERY, listen, type MoatServerOptions, serverUrl } from '../src/server.js';
export { SDK_DOCUMENTS } from '../src/trusted-documents.js';
