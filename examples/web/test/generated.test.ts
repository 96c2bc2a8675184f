import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const appDir = resolve(import.meta.dirname, '..');
const generatedDir = 'src/generated';

describe("the app's generated types", () => {
  it("are what codegen makes of the schema and the components' documents now (run `pnpm codegen`)", async () => {
    // In memory, as the SDK's test does: nothing is written over the committed files.
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: appDir, silent: true },
      false,
    );
    // The committed folder holds exactly what codegen makes: no file missing, none left over.
    const committedFiles = readdirSync(resolve(appDir, generatedDir)).map(
      (name) => `${generatedDir}/${name}`,
    );
    expect(outputs.map(({ filename }) => filename).sort()).toEqual(committedFiles.sort());
    for (const { filename, content } of outputs) {
      const committed = readFileSync(resolve(appDir, filename), 'utf8');
      // Not toBe: a diff of the generated code would bury the one line that matters.
      expect(committed === content, `${filename} is stale: run \`pnpm codegen\``).toBe(true);
    }
  });
});
