// Bundles the server's own code into dist/cli.js, so the server starts without a TypeScript
// loader; and the embedded database's thread into dist/pglite-worker.js, beside it, where the
// bundle looks for it. What only `moat serve` needs (the schema, graphql-yoga, ...) is split
// into chunks beside them, loaded when it serves: the other commands start without it, on half
// a second less CPU. The packages in package.json's `dependencies` stay in node_modules; the
// others it imports are bundled. drizzle-orm is (with @pothos/plugin-drizzle, so both use one
// copy): Node.js 22 and later parse its long package.json `exports` again for each of its
// hundreds of modules as they load them, which doubled the time the CLI took to load
// (`moat --help`: 1.6 s of CPU on Node.js 20, 3.1 s on 22; 0.7 s on both with it bundled).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** A chunk's file: named by its content, so an earlier build's would pile up. */
const CHUNK = /^\w+-[A-Z0-9]{8}\.js(\.map)?$/;

/** Builds the bundles into `outdir` (dist/ by default). */
export function buildServer(outdir = new URL('./dist', import.meta.url).pathname) {
  if (existsSync(outdir))
    for (const name of readdirSync(outdir)) if (CHUNK.test(name)) rmSync(join(outdir, name));
  return build({
    entryPoints: {
      cli: new URL('./src/cli.ts', import.meta.url).pathname,
      'pglite-worker': new URL('./src/db/pglite-worker.ts', import.meta.url).pathname,
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    target: 'node20',
    external: Object.keys(dependencies),
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
