// Writes the committed, generated descriptions of Moat's formats: the GraphQL SDL and the JSON
// Schema of a record file's lines. Tests fail when either is stale.
import { writeFileSync } from 'node:fs';
import { printRecordJsonSchema } from '../data/records.js';
import { paths } from '../paths.js';
import { printSchemaSdl } from '../schema/print.js';

writeFileSync(paths.printedSchema, printSchemaSdl());
console.log(`Wrote ${paths.printedSchema}`);
writeFileSync(paths.recordJsonSchema, printRecordJsonSchema());
console.log(`Wrote ${paths.recordJsonSchema}`);
