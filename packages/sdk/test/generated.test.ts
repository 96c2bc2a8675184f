import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const packageDir = resolve(import.meta.dirname, '..');

describe('generated code', () => {
  it('is what codegen makes of schema.graphql and src/operations now (run `pnpm codegen` if not)', async () => {
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: packageDir, silent: true },
      false,
    );
    expect(outputs.map((output) => output.filename).sort()).toEqual([
      'src/generated/graphql.ts',
      'src/generated/operations.ts',
    ]);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(resolve(packageDir, filename), 'utf8');
      expect(committed === content, `${filename} is stale: run \`pnpm codegen\``).toBe(true);
    }
  });
});
