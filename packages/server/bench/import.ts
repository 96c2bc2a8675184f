// Import and export throughput: a generated record file of about 25,000 records imported through
// the CLI into a new data folder, checked alone (--dry-run), and exported again.
// Run with `pnpm --filter @moat/server bench:import`. Figures depend on the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFile } from './record-file.js';

const COMPANIES = 5000;
const scratch = mkdtempSync(join(tmpdir(), 'moat-bench-import-'));
const file = join(scratch, 'records.ndjson');
const dataDir = join(scratch, 'data');
const text = recordFile(COMPANIES);
writeFileSync(file, text);
const lines = text.split('\n').length - 1;

/** Runs the CLI, failing loudly; returns its output and the wall time in seconds. */
function cli(args: string[]) {
  const began = performance.now();
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'cli.js'), ...args], {
    env: { ...process.env, MOAT_DATA_DIR: dataDir },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return { stdout: result.stdout, seconds: (performance.now() - began) / 1000 };
}

try {
  console.log(`File: ${lines.toLocaleString('en-US')} records, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  const dry = cli(['import', '--dry-run', file]);
  console.log(`import --dry-run (new folder): ${dry.seconds.toFixed(2)} s for the process`);
  const imported = cli(['import', file]);
  console.log(imported.stdout.trim());
  console.log(
    `import (new folder): ${imported.seconds.toFixed(2)} s for the process, opening and closing included`,
  );
  const again = cli(['import', file]);
  console.log(`import again (nothing new): ${again.seconds.toFixed(2)} s for the process`);
  const exported = cli(['export', join(scratch, 'export.ndjson')]);
  console.log(`export: ${exported.seconds.toFixed(2)} s for the process`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
