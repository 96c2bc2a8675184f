import { writeFileSync } from 'node:fs';
import { paths } from '../paths.js';
import { printSchemaSdl } from '../schema/print.js';

writeFileSync(paths.printedSchema, printSchemaSdl());
console.log(`Wrote ${paths.printedSchema}`);
