import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildServer } from '../build.mjs';
import { seedDatabase } from '../src/data/seed.js';
import { openDatabase } from '../src/db/connection.js';
import { createDatabase, databaseUrl, dropDatabase, testPostgresUrl } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A seeded database folder that test servers copy, so each starts in well under a second. */
    templateDir: string;
    /** The seeded PostgreSQL database that PostgreSQL test servers copy ('' without PostgreSQL). */
    postgresTemplate: string;
  }
}

/** Builds the CLI bundle the process tests run, and one seeded database for the others to copy. */
export default async function setup(project: TestProject) {
  await buildServer();
  const root = mkdtempSync(join(tmpdir(), 'moat-template-'));
  const templateDir = join(root, 'data');
  const connection = await openDatabase({ dataDir: templateDir, initialize: seedDatabase });
  await connection.close();
  project.provide('templateDir', templateDir);
  const postgresTemplate = testPostgresUrl ? await seededPostgres() : '';
  project.provide('postgresTemplate', postgresTemplate);
  return async () => {
    rmSync(root, { recursive: true, force: true });
    if (postgresTemplate) await dropDatabase(postgresTemplate);
  };
}

/** A PostgreSQL database migrated and seeded the way `moat serve` does it; its name. */
async function seededPostgres(): Promise<string> {
  const name = await createDatabase('moat_template');
  const url = databaseUrl(name);
  const connection = await openDatabase({ dataDir: '', databaseUrl: url, initialize: seedDatabase });
  await connection.close();
  return name;
}
