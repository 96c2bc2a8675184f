// Attacks on the parser and the validator, measured side by side in one run on Moat as it is
// ("after") and on Moat with the request limits it had before it refused oversized operations
// ("before": a 25 MB body, no token, alias or directive limits):
// - the time to the answer of each attack, sent alone, on loopback (median and slowest of `--times`);
// - the latency of a normal query, sent one after another, while `--flooders` clients in another
//   process send the 11 MB query (cut off) or a 1.9 MB one (read to its end) in a loop, against the
//   same without them.
// Both servers run on copies of the seeded embedded database.
// Usage: pnpm bench:attacks [--times 10] [--flooders 8] [--duration 10]
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ATTACKS, FLOODS, NORMAL, send } from './attacks-requests.js';
import { packageDir, runCli } from './dataset.js';

const { values } = parseArgs({
  options: {
    times: { type: 'string', default: '10' },
    flooders: { type: 'string', default: '8' },
    duration: { type: 'string', default: '10' },
  },
});
const times = Number(values.times);
const flooders = Number(values.flooders);
const duration = Number(values.duration) * 1000;

/** A Moat server in a child process on a copy of the seeded database, with `limits`. */
async function startMoat(limits: 'before' | 'after', port: number, dataDir: string) {
  await runCli(['migrate'], { MOAT_DATA_DIR: dataDir });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/moat-server.ts'], {
    cwd: packageDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      MOAT_DATA_DIR: dataDir,
      PORT: String(port),
      STATS_PORT: String(port + 100),
      BENCH_LIMITS: limits,
      MOAT_REQUEST_LOG: 'json',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The server's own time for each request, from its request log (onRequest to onResponse).
  const serverMs: number[] = [];
  let pending = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') resolve();
        else if (line.startsWith('{')) serverMs.push((JSON.parse(line) as { durationMs: number }).durationMs);
      }
    });
    child.once('exit', (code) => reject(new Error(`the ${limits} server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    serverMs,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

/** Median and slowest of `values`, in ms. */
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${ms(percentile(sorted, 0.5))} / ${ms(sorted.at(-1) ?? 0)}`;
};

/**
 * The attack sent `times` times, one after another: its statuses, then median and slowest of the
 * client's time to the answer and of the server's own time (its request log).
 */
async function timeAttack(server: { url: string; serverMs: number[] }, body: string) {
  const logged = server.serverMs.length;
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await send(server.url, body));
  await new Promise((resolve) => setTimeout(resolve, 100)); // the last log line
  const statuses = [...new Set(runs.map((run) => run.status))].join('/');
  return `${statuses} · ${spread(runs.map((run) => run.ms))} ms · server ${spread(server.serverMs.slice(logged))} ms`;
}

/**
 * Normal queries one after another for the duration, while `flooding` clients in a process of
 * their own send the attack at index `flood` in a loop.
 */
async function latencyUnderFlood(url: string, flooding = 0, flood = 0) {
  let flooder: Promise<string> = Promise.resolve('');
  if (flooding) {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/flood.ts', url, String(flood), String(flooding), String(duration)],
      { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    // It prints "flooding" when it begins, and the count of floods answered when it ends.
    const lines: string[] = [];
    const started = new Promise<void>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        if (lines.includes('flooding')) resolve();
      });
    });
    flooder = new Promise((resolve) => child.once('exit', () => resolve(lines.at(-1) ?? '')));
    await started;
  }
  const until = performance.now() + duration;
  const latencies: number[] = [];
  while (performance.now() < until) latencies.push((await send(url, NORMAL)).ms);
  const floods = await flooder;
  latencies.sort((a, b) => a - b);
  return `${latencies.length} · ${ms(percentile(latencies, 0.5))} / ${ms(percentile(latencies, 0.99))} ms${flooding ? ` · ${floods} floods` : ''}`;
}

const scratch = mkdtempSync(join(tmpdir(), 'moat-attacks-'));
const before = await startMoat('before', 4211, join(scratch, 'before'));
const after = await startMoat('after', 4212, join(scratch, 'after'));
try {
  const out = (line: string) => console.log(line);
  out(
    `Attacks, each sent ${times} times alone: status · median / slowest time to the answer at the client · the same of the server's own time\n`,
  );
  out('| attack | before | after |');
  out('| --- | --- | --- |');
  for (const [name, body] of ATTACKS) {
    out(`| ${name} | ${await timeAttack(before, body)} | ${await timeAttack(after, body)} |`);
  }
  out(`\nA normal query, one after another for ${duration / 1000} s: answers · p50 / p99\n`);
  out('| while | before | after |');
  out('| --- | --- | --- |');
  out(
    `| nothing else runs | ${await latencyUnderFlood(before.url)} | ${await latencyUnderFlood(after.url)} |`,
  );
  for (const flood of FLOODS) {
    const [name] = ATTACKS[flood] ?? [];
    out(
      `| ${flooders} clients send ${name} in a loop | ${await latencyUnderFlood(before.url, flooders, flood)} | ${await latencyUnderFlood(after.url, flooders, flood)} |`,
    );
  }
} finally {
  await Promise.all([before.stop(), after.stop()]);
  rmSync(scratch, { recursive: true, force: true });
}
