import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder, found from this file whether it runs from src/ or from the dist/ bundle. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

const root = packageRoot();

/** Files the server reads at run time. */
export const paths = {
  migrations: join(root, 'src', 'db', 'migrations'),
  seed: join(root, 'src', 'data', 'seed.ndjson'),
  printedSchema: join(root, 'schema.graphql'),
  recordJsonSchema: join(root, 'moat-record.schema.json'),
  /** What Moat keeps to go faster next time (MOAT_CACHE_DIR); nothing there is needed. */
  cache: process.env.MOAT_CACHE_DIR || join(root, 'node_modules', '.cache', 'moat'),
};
