import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

const packageDir = join(import.meta.dirname, '..', '..');

describe('the typed documents of the tests', () => {
  it('are what codegen makes of their graphql() calls now (run `pnpm codegen:tests` after a change)', async () => {
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: packageDir, silent: true },
      false,
    );
    expect(outputs.map(({ filename }) => filename).sort()).toEqual([
      'test/graphql/gql.ts',
      'test/graphql/graphql.ts',
      'test/graphql/index.ts',
    ]);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(join(packageDir, filename), 'utf8');
      // Not toBe: a diff of the generated code would bury the one line that matters.
      expect(committed === content, `${filename} is stale: run \`pnpm codegen:tests\``).toBe(true);
    }
  });
});
