// Import and export throughput: a generated record file (5 records per company) imported through
// the CLI, checked alone (--dry-run), imported again (nothing new) and exported, each in its own
// process, with its records per second, its CPU time and its peak memory (resident set), from
// /usr/bin/time. On a busy machine the records per CPU second say more than the wall time.
//   pnpm --filter @moat/server bench:import [--companies N] [--database-url URL]
// Without --database-url the import goes into a new embedded data folder; with it, into that
// PostgreSQL database (give an empty one: it is migrated and seeded first). Figures depend on
// the machine and on what else it runs.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { recordLines } from './record-file.js';

const { values } = parseArgs({
  options: { companies: { type: 'string', default: '5000' }, 'database-url': { type: 'string' } },
});
const companies = Number(values.companies);
const databaseUrl = values['database-url'];
const scratch = mkdtempSync(join(tmpdir(), 'moat-bench-import-'));
const file = join(scratch, 'records.ndjson');
const dataDir = join(scratch, 'data');
const number = new Intl.NumberFormat('en-US');

/** Runs the CLI under /usr/bin/time, failing loudly; returns its output, wall and CPU time, and peak RSS. */
function cli(args: string[]) {
  const began = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'cpu %U %S peak RSS %M KB',
      process.execPath,
      join(import.meta.dirname, '..', 'dist', 'cli.js'),
      ...args,
    ],
    {
      env: { ...process.env, MOAT_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  const [, user, system, kilobytes] = result.stderr.match(/cpu ([\d.]+) ([\d.]+) peak RSS (\d+) KB/) ?? [];
  return {
    stdout: result.stdout.trim(),
    seconds: (performance.now() - began) / 1000,
    cpu: Number(user) + Number(system),
    rss: Number(kilobytes) / 1024,
  };
}

try {
  // Written as it is generated: a file of millions of records is larger than a string may be.
  await pipeline(Readable.from(recordLines(companies)), createWriteStream(file));
  const records = 11 + companies * 5;
  const size = (statSync(file).size / 1e6).toFixed(1);
  console.log(
    `File: ${number.format(records)} records (${number.format(companies)} companies), ${size} MB; into ${databaseUrl ? 'PostgreSQL' : 'a new embedded data folder'}`,
  );
  if (databaseUrl) cli(['migrate']);
  const report = (name: string, run: ReturnType<typeof cli>) =>
    console.log(
      `${name}: ${run.seconds.toFixed(2)} s for the process, ${number.format(Math.round(records / run.seconds))} records/s; ${run.cpu.toFixed(2)} s of its CPU, ${number.format(Math.round(records / run.cpu))} records per CPU second; peak RSS ${number.format(Math.round(run.rss))} MB`,
    );
  report('import --dry-run', cli(['import', '--dry-run', file]));
  const imported = cli(['import', file]);
  console.log(imported.stdout);
  report('import', imported);
  report('import again (nothing new)', cli(['import', file]));
  report('export', cli(['export', join(scratch, 'export.ndjson')]));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
