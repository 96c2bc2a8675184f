import { readFileSync } from 'node:fs';
import type { Database } from '../db/connection.js';
import { paths } from '../paths.js';
import { importRecords } from './import/index.js';

/** The seed data set: the records `seed.ndjson` holds, in the Moat record format. */
export function readSeedFile(): string {
  return readFileSync(paths.seed, 'utf8');
}

/**
 * Loads the seed data set through the importer, in one transaction. Its records' IDs derive from
 * their keys and existing records are kept, so a second run changes nothing.
 */
export async function seedDatabase(db: Database): Promise<void> {
  await importRecords(db, readSeedFile());
}
