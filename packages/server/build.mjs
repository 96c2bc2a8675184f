// Bundles the server's own code into dist/cli.js (dependencies stay in node_modules), so the
// server starts without a TypeScript loader; and the embedded database's thread into
// dist/pglite-worker.js, beside it, where the bundle looks for it.
import { build } from 'esbuild';

/** Builds the bundles into `outdir` (dist/ by default). */
export function buildServer(outdir = new URL('./dist', import.meta.url).pathname) {
  return build({
    entryPoints: {
      cli: new URL('./src/cli.ts', import.meta.url).pathname,
      'pglite-worker': new URL('./src/db/pglite-worker.ts', import.meta.url).pathname,
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
