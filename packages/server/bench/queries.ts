// Moat's benchmark: SQL statements and latency per GraphQL request over HTTP, at several page
// sizes, on a generated data set; and the server's start-up time, first and later starts.
// Run with `pnpm --filter @moat/server bench`. Figures depend on the machine: compare runs on one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { Bench } from 'tinybench';
import { seedDatabase } from '../src/data/seed.js';
import { openDatabase } from '../src/db/connection.js';
import { createMoatYoga, DEFAULT_QUERY, listen } from '../src/server.js';
import { CLAIMS, COMPANIES, generate, INVESTORS, ROUNDS_PER_COMPANY } from './data.js';

/** The nested query; with `claims`, each round also shows its amount's claims and its company's description's. */
const graph = (first: number, claims = false) => `{
  companies(first: ${first}, filter: { kind: [STARTUP] }) { totalCount nodes {
    name totalRaised { amount } latestValuation { amount }
    fundingRounds(first: 3) { nodes { stage amount { amount } investors {
      ... on Company { name investments(first: 5) { totalCount nodes { isLead round { company { name } } } } }
    }${
      claims
        ? ` amountClaims { value { amount } rank citations { excerpt source { title } } }
      company { descriptionClaims { value } }`
        : ''
    } } }
  } }
}`;

/** The nested query's page sizes, measured with and without claims. */
const PAGES = [10, 50, 100];
const nested = (first: number) => `company → rounds → investors → investments, first ${first}`;
const withClaims = (first: number) => `${nested(first)}, with claims`;

/** The middle of some numbers. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** For each page size, PAIRS requests of the nested query with and without claims, interleaved. */
const PAIRS = 40;
async function pairedRatios(post: (query: string) => Promise<void>) {
  const timed = async (query: string) => {
    const start = performance.now();
    await post(query);
    return performance.now() - start;
  };
  const rows = [];
  for (const first of PAGES) {
    const without: number[] = [];
    const withIt: number[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      if (pair % 2 === 0) {
        without.push(await timed(graph(first)));
        withIt.push(await timed(graph(first, true)));
      } else {
        withIt.push(await timed(graph(first, true)));
        without.push(await timed(graph(first)));
      }
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    rows.push({
      first,
      pairs: PAIRS,
      'without claims p50 ms': median(without).toFixed(2),
      'with claims p50 ms': median(withIt).toFixed(2),
      'ratio of p50': (median(withIt) / median(without)).toFixed(2),
      'ratio of means': (mean(withIt) / mean(without)).toFixed(2),
    });
  }
  return rows;
}

async function requestBenchmarks(dataDir: string) {
  const counting = { statements: 0 };
  const connection = await openDatabase({ dataDir, onQuery: () => counting.statements++ });
  const server = await listen(createMoatYoga({ db: connection.db, logging: false }), 0, '127.0.0.1');
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  const post = async (query: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };

  const queries: Record<string, string> = {
    'GraphiQL default query (OpenAI)': DEFAULT_QUERY,
    ...Object.fromEntries(
      PAGES.flatMap((first) => [
        [nested(first), graph(first)],
        [withClaims(first), graph(first, true)],
      ]),
    ),
    'fundingRounds filtered by investor and amount, first 100': `{ fundingRounds(first: 100, filter: { investor: "bench-investor-3", minAmountUsd: "50000000" }) { totalCount nodes { amount { amount } company { name } leadInvestors { ... on Company { name } } } } }`,
    'search "bench startup 12", first 20': `{ search(query: "bench startup 12") { totalCount nodes { ... on Company { name fundingRounds { totalCount } } } } }`,
  };

  const statements: Record<string, number> = {};
  for (const [name, query] of Object.entries(queries)) {
    counting.statements = 0;
    await post(query);
    statements[name] = counting.statements;
  }

  const bench = new Bench({ iterations: 50, time: 1000, warmup: true });
  for (const [name, query] of Object.entries(queries)) bench.add(name, () => post(query));
  await bench.run();

  console.log(
    `\nRequests over HTTP on loopback (PGlite; ${COMPANIES + INVESTORS + 6} companies, ${COMPANIES * ROUNDS_PER_COMPANY + 1} rounds, ${CLAIMS} claims)`,
  );
  console.table(
    bench.tasks.map((task) => {
      const latency = task.result && 'latency' in task.result ? task.result.latency : undefined;
      return {
        query: task.name,
        'SQL statements': statements[task.name],
        'mean ms': latency?.mean.toFixed(2),
        'p50 ms': latency?.p50?.toFixed(2),
        'p99 ms': latency?.p99?.toFixed(2),
        samples: latency?.samplesCount,
      };
    }),
  );
  console.log(
    '\nThe nested query with claims against the same query without them, paired: each pair runs both, in alternating order, so drift and load fall on both alike',
  );
  console.table(await pairedRatios(post));
  server.closeAllConnections();
  server.close();
  await connection.close();
}

/** Starts the built CLI on `dataDir` and reads the start-up time from its ready line. */
function startupSeconds(dataDir: string): number {
  const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
  const script = `
    const { spawn } = require('node:child_process');
    const child = spawn(process.execPath, [${JSON.stringify(cli)}, 'serve'], { env: { ...process.env, MOAT_DATA_DIR: ${JSON.stringify(dataDir)}, PORT: '0', MOAT_RATE_LIMITS: 'off' } });
    child.stdout.on('data', (d) => { const m = String(d).match(/started in ([\\d.]+) s/); if (m) { console.log(m[1]); child.kill('SIGTERM'); } });`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return Number(result.stdout.trim());
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'moat-bench-'));
  try {
    const dataDir = join(root, 'data');
    const connection = await openDatabase({ dataDir, initialize: seedDatabase });
    await generate(connection.db);
    await connection.db.execute(sql`analyze`);
    await connection.close();
    await requestBenchmarks(dataDir);

    const runs = [1, 2, 3].map((run) => {
      const fresh = join(root, `fresh-${run}`);
      const first = startupSeconds(fresh);
      const later = startupSeconds(fresh);
      const copy = join(root, `copy-${run}`);
      cpSync(dataDir, copy, { recursive: true });
      return {
        run,
        'first start s': first,
        'later start s': later,
        'later start, bench data s': startupSeconds(copy),
      };
    });
    console.log('\nStart-up of `moat serve` (the time in its ready line)');
    console.table(runs);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
