import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { TestProject } from 'vitest/node';
import { buildServer } from '../build.mjs';
import { seedDatabase } from '../src/data/seed.js';
import { openDatabase } from '../src/db/connection.js';
import { createDatabase, databaseUrl, dropDatabasesOf, testPostgresUrl } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The database the test servers of the project run on (see vitest.config.ts). */
    database: 'pglite' | 'postgres';
    /** A seeded database folder that test servers copy, so each starts in well under a second. */
    templateDir: string;
    /** The prefix of the names of the PostgreSQL databases this run creates ('' without PostgreSQL). */
    postgresRun: string;
    /** The seeded PostgreSQL database that PostgreSQL test servers copy ('' without PostgreSQL). */
    postgresTemplate: string;
  }
}

/**
 * Builds the CLI bundle the process tests run, and one seeded database for the others to copy
 * (and one on PostgreSQL when there is one). Runs once for both projects.
 */
export default async function setup(project: TestProject) {
  await buildServer();
  const root = mkdtempSync(join(tmpdir(), 'moat-template-'));
  const templateDir = join(root, 'data');
  const connection = await openDatabase({ dataDir: templateDir, initialize: seedDatabase });
  // Its copies start with 16 MB of shared buffers, not 128: plenty for the tests' data, and about
  // half a second less of CPU to start each test server and each moat command on a copy.
  await connection.db.execute(sql`alter system set shared_buffers = '16MB'`);
  await connection.close();
  project.provide('templateDir', templateDir);
  const postgresRun = testPostgresUrl ? `moat_test_${randomBytes(4).toString('hex')}` : '';
  project.provide('postgresRun', postgresRun);
  project.provide('postgresTemplate', postgresRun && (await seededPostgres(postgresRun)));
  return async () => {
    rmSync(root, { recursive: true, force: true });
    // The template, the shared read-only servers' databases and any a failed test left.
    if (postgresRun) await dropDatabasesOf(postgresRun);
  };
}

/** A PostgreSQL database migrated and seeded the way `moat serve` does it; its name. */
async function seededPostgres(run: string): Promise<string> {
  const name = await createDatabase(run);
  const url = databaseUrl(name);
  const connection = await openDatabase({ dataDir: '', databaseUrl: url, initialize: seedDatabase });
  await connection.close();
  return name;
}
