// Attacks on the parser and the validator, measured side by side in one run on Moat as it is
// ("after") and on Moat with the request limits it had before it refused oversized operations
// ("before": a 25 MB body, no token, alias or directive limits):
// - the time to the answer of each attack, sent alone, on loopback (median and slowest of `--times`);
// - the latency of a normal query, sent one after another, while `--flooders` clients send the
//   11 MB query in a loop, against the same without them.
// Both servers run on copies of the seeded embedded database.
// Usage: pnpm bench:attacks [--times 10] [--flooders 8] [--duration 10]
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
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

const fields = (count: number, field: string) => Array.from({ length: count }, () => field).join(' ');
const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');

/** Each attack: a name and the request body (JSON) it sends. */
const ATTACKS: [string, string][] = [
  ['11 MB: 1,000,000 × __typename', JSON.stringify({ query: `{ ${fields(1_000_000, '__typename')} }` })],
  ['1,000,000 tokens (2 MB)', JSON.stringify({ query: `{ ${fields(1_000_000, 'a')} }` })],
  ['200,000 aliases (3.6 MB)', JSON.stringify({ query: `{ ${aliases(200_000)} }` })],
  ['under 1 MB: 90,000 × __typename', JSON.stringify({ query: `{ ${fields(90_000, '__typename')} }` })],
  ['under 1 MB: 45,000 aliases', JSON.stringify({ query: `{ ${aliases(45_000)} }` })],
  ['under 1 MB: 2,000 aliases', JSON.stringify({ query: `{ ${aliases(2_000)} }` })],
  [
    'under 1 MB: 50,000 directives',
    JSON.stringify({ query: `{ __typename ${fields(50_000, '@include(if: true)')} }` }),
  ],
  [
    'introspection 10 levels deep',
    JSON.stringify({
      query: `{ __schema { types { ${'fields { type { '.repeat(10)} name ${'} } '.repeat(10)} } } }`,
    }),
  ],
];
const NORMAL = JSON.stringify({
  query: '{ company(slug: "openai") { name fundingRounds(first: 5) { totalCount } } }',
});
const FLOOD = ATTACKS[0]?.[1] as string;

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

/** Sends `body`; the status and the milliseconds to the whole answer. */
async function send(url: string, body: string) {
  const began = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await response.arrayBuffer();
    return { status: String(response.status), ms: performance.now() - began };
  } catch {
    // A server may close the connection on a body it refuses before reading it all.
    return { status: 'closed', ms: performance.now() - began };
  }
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

/** Normal queries one after another for the duration, with `flooding` clients sending the flood. */
async function latencyUnderFlood(url: string, flooding: number) {
  const until = performance.now() + duration;
  let floods = 0;
  const flood = async () => {
    while (performance.now() < until) {
      await send(url, FLOOD);
      floods++;
    }
  };
  const floodsDone = Promise.all(Array.from({ length: flooding }, flood));
  const latencies: number[] = [];
  while (performance.now() < until) latencies.push((await send(url, NORMAL)).ms);
  await floodsDone;
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
    `| nothing else runs | ${await latencyUnderFlood(before.url, 0)} | ${await latencyUnderFlood(after.url, 0)} |`,
  );
  out(
    `| ${flooders} clients send the 11 MB query in a loop | ${await latencyUnderFlood(before.url, flooders)} | ${await latencyUnderFlood(after.url, flooders)} |`,
  );
} finally {
  await Promise.all([before.stop(), after.stop()]);
  rmSync(scratch, { recursive: true, force: true });
}
