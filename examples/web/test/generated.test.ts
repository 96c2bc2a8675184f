import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const appDir = resolve(import.meta.dirname, '..');

describe("the app's generated types", () => {
  it("are what codegen makes of the schema and the components' documents now (run `pnpm codegen`)", async () => {
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: appDir, silent: true },
      false,
    );
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(resolve(appDir, filename), 'utf8');
      expect(committed === content, `${filename} is stale: run \`pnpm codegen\``).toBe(true);
    }
  });
});
