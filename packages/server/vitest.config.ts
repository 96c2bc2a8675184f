import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const require = createRequire(import.meta.url);

const isProcessTest = (file: TestSpecification) => file.moduleId.includes('/test/cli/');

/**
 * The process tests (test/cli/) are the longest files: they start first, largest first, so that
 * the in-process files, shorter, even out the workers at the end, where a process test left
 * alone would keep the run waiting for one worker.
 */
class ProcessTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isProcessTest), ...sorted.filter((file) => !isProcessTest(file))];
  }
}

// The tests run on the embedded database (project "pglite") and again on PostgreSQL (project
// "postgres"), which needs a server where the tests may create databases.
if (!process.env.MOAT_TEST_DATABASE_URL) {
  if (process.env.CI) {
    throw new Error('The server tests need PostgreSQL under CI: set MOAT_TEST_DATABASE_URL (.ci/run does).');
  }
  console.warn(
    'Server tests on PostgreSQL skipped: set MOAT_TEST_DATABASE_URL to a server where the user may create databases to run them.',
  );
}

/** A project running the tests but those of `exclude`, with every test server on `database`. */
function project(database: 'pglite' | 'postgres', exclude: string[]): TestProjectInlineConfiguration {
  return {
    // graphql 16 ships CommonJS and ESM builds; Node loads the CommonJS one for dependencies,
    // so the test files must load the same one (two copies refuse each other's types).
    resolve: { alias: { graphql: require.resolve('graphql') } },
    test: {
      name: database,
      include: ['test/**/*.test.ts'],
      exclude,
      provide: { database },
      // The embedded database's thread starts from the bundle the global setup builds, not from
      // the sources through tsx (see pglite-thread.ts).
      env: { MOAT_PGLITE_WORKER: join(import.meta.dirname, 'dist', 'pglite-worker.js') },
      // Test files share their worker's modules (the schema is built once per worker, not per
      // file) and its read-only servers (see useReadOnlyServer); each file still starts its own
      // writable one.
      isolate: false,
      // A process test waits for processes that share two cores with the other tests' workers.
      testTimeout: 120_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    projects: [
      // Two moat serve processes need one PostgreSQL database.
      project('pglite', ['test/cli/processes.test.ts']),
      ...(process.env.MOAT_TEST_DATABASE_URL
        ? [
            project('postgres', [
              // The other process tests (and the response cache switch, tested through moat
              // serve) start the CLI on embedded databases, the same in either project.
              'test/cli/!(processes).test.ts',
              'test/cache/switch.test.ts',
              // These open no database.
              'test/shared/{architecture,codegen,schema}.test.ts',
              'test/data/record-format.test.ts',
            ]),
          ]
        : []),
    ],
    // One worker more than the default (a core per worker, one left over): a process test keeps
    // its worker waiting while its processes run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: ProcessTestsFirst },
  },
});
