// Bundles the server's own code into dist/cli.js (dependencies stay in node_modules), so the
// server starts without a TypeScript loader.
import { build } from 'esbuild';

/** Builds the bundle to `outfile` (dist/cli.js by default). */
export function buildServer(outfile = new URL('./dist/cli.js', import.meta.url).pathname) {
  return build({
    entryPoints: [new URL('./src/cli.ts', import.meta.url).pathname],
    outfile,
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
