import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = resolve(import.meta.dirname, '..');

describe('the built package', () => {
  it('bundles for browsers: no Node-only import and no server code reachable from it', async () => {
    const result = await build({
      stdin: { contents: "export * from '@moat/sdk';", resolveDir: packageDir },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.startsWith('node:') || input.includes('packages/server'))).toEqual(
      [],
    );
    expect(inputs).toContain('dist/index.js');
    expect(inputs.filter((input) => input.startsWith('src/'))).toEqual([]);
  });
});
