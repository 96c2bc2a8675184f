import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import appConfig from './app/codegen.js';

const packageDir = resolve(import.meta.dirname, '..');

/** Runs codegen in memory and compares each output with the file on disk. */
async function expectFresh(codegenConfig: typeof config, files: string[]) {
  const outputs: { filename: string; content: string }[] = await generate(
    { ...codegenConfig, cwd: packageDir, silent: true },
    false,
  );
  expect(outputs.map((output) => output.filename).sort()).toEqual(files);
  for (const { filename, content } of outputs) {
    const committed = readFileSync(resolve(packageDir, filename), 'utf8');
    expect(committed === content, `${filename} is stale: run \`pnpm codegen\``).toBe(true);
  }
}

describe('generated code', () => {
  it('is what codegen makes of schema.graphql and src/operations now (run `pnpm codegen` if not)', async () => {
    await expectFresh(config, [
      'src/generated/graphql.ts',
      'src/generated/operations.ts',
      'src/generated/trusted-documents.json',
    ]);
  });

  it('for the sample app, is what moatCodegenConfig makes of its documents now', async () => {
    await expectFresh(appConfig, [
      'test/app/generated/gql.ts',
      'test/app/generated/graphql.ts',
      'test/app/generated/index.ts',
      'test/app/generated/persisted-documents.json',
    ]);
  });
});
