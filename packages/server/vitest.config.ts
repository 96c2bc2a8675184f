import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const require = createRequire(import.meta.url);

const isProcessTest = (file: TestSpecification) => file.moduleId.includes('/test/cli/');

/**
 * The process tests (test/cli/) mostly wait for the processes they start: the slowest starts
 * first, beside the in-process tests, and the others come after those.
 */
class ProcessTestsBesideTheOthers extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const [slowest, ...others] = sorted.filter(isProcessTest);
    return [...(slowest ? [slowest] : []), ...sorted.filter((file) => !isProcessTest(file)), ...others];
  }
}

export default defineConfig({
  // graphql 16 ships CommonJS and ESM builds; Node loads the CommonJS one for dependencies,
  // so the test files must load the same one (two copies refuse each other's types).
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Test files share their worker's modules (the schema is built once per worker, not per file)
    // and its read-only servers (see useReadOnlyServer); each file still starts its own writable one.
    isolate: false,
    // One worker more than the default (a core per worker, one left over): a process test keeps
    // its worker waiting while its processes run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: ProcessTestsBesideTheOthers },
    // A process test waits for processes that share two cores with the other tests' workers.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
