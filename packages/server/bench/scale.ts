// Scaling out, measured side by side in one run:
// - processes: the nested benchmark query on one Moat process, on two beside each other (each
//   taking half the connections, as a balancer would share them), and on the ceiling;
// - fan-out: the time from sending a mutation to its change reaching each of 1, 100 and 1,000
//   subscribers of one Moat process, and PostgreSQL's own NOTIFY to one listening client.
// Usage: pnpm bench:scale [--duration 8] [--connections 32] [--size 10000] [--mutations 20]
import { type ChildProcess, spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { ADMIN_URL, cliPath, databaseUrl, ensureDataset, packageDir, runCli } from './dataset.js';
import { workloads } from './workloads.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
    mutations: { type: 'string', default: '20' },
  },
});
const size = Number(values.size);
const duration = Number(values.duration);
const connections = Number(values.connections);
const mutations = Number(values.mutations);
const PORTS = [4201, 4202, 4203];

/** A server started as a child process, resolved once it prints its ready line. */
async function start(argv: string[], env: Record<string, string>, ready: RegExp) {
  const [program, ...args] = argv as [string, ...string[]];
  const child: ChildProcess = spawn(program, args, {
    cwd: packageDir,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) resolve();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`${argv.join(' ')} exited with ${code}:\n${output}`)));
  });
  return {
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const tsx = [process.execPath, '--import', 'tsx'];

/** Requests per second of the nested query, with `connections` spread over `ports`, in parallel. */
async function throughput(ports: number[], path: (port: number) => string, body: string, seconds: number) {
  const results = await Promise.all(
    ports.map((port) =>
      autocannon({
        url: `http://127.0.0.1:${port}${path(port)}`,
        connections: Math.max(1, Math.round(connections / ports.length)),
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
    ),
  );
  const failed = results.reduce((sum, result) => sum + result.errors + result.non2xx + result.timeouts, 0);
  if (failed > 0) throw new Error(`${failed} requests failed`);
  return results.reduce((sum, result) => sum + result.requests.average, 0);
}

async function processes() {
  await ensureDataset(size, false, console.log);
  const all = workloads(size);
  const index = all.findIndex((workload) => workload.name.startsWith('nested 10:'));
  const nested = all[index];
  if (!nested) throw new Error('no nested 10 workload');
  const graphql = JSON.stringify({ query: nested.moat, variables: { first: 10 } });
  const ceilingBody = JSON.stringify({ variables: { first: 10 } });
  const env = (port: number) => ({
    DATABASE_URL: databaseUrl(size),
    PORT: String(port),
    STATS_PORT: String(port + 50),
  });
  const moat = await Promise.all(
    PORTS.slice(0, 2).map((port) => start([...tsx, 'bench/moat-server.ts'], env(port), /^ready$/m)),
  );
  const ceiling = await start(
    [...tsx, 'bench/ceiling.ts'],
    { ...env(PORTS[2] as number), BENCH_SIZE: String(size) },
    /^ready$/m,
  );
  try {
    const rows: [string, number][] = [];
    const moatPorts = PORTS.slice(0, 2);
    // Each configuration once to warm up, then measured; interleaved so noise hits each alike.
    const runs: [string, number[], (port: number) => string, string][] = [
      ['Moat, 1 process', moatPorts.slice(0, 1), () => '/graphql', graphql],
      ['Moat, 2 processes', moatPorts, () => '/graphql', graphql],
      [
        'ceiling (node:http + one SQL statement), 1 process',
        [PORTS[2] as number],
        () => `/${index}`,
        ceilingBody,
      ],
    ];
    for (const [, ports, path, body] of runs) await throughput(ports, path, body, 2);
    for (const [name, ports, path, body] of runs)
      rows.push([name, await throughput(ports, path, body, duration)]);
    const one = rows[0]?.[1] ?? 1;
    console.log(`\n### ${nested.name}, ${size} companies, ${connections} connections, ${duration} s each\n`);
    console.log('| servers | req/s | against 1 Moat process |\n| --- | --- | --- |');
    for (const [name, rps] of rows)
      console.log(`| ${name} | ${Math.round(rps)} | ${(rps / one).toFixed(2)}× |`);
  } finally {
    await Promise.all([...moat, ceiling].map((server) => server.stop()));
  }
}

/** The events of an SSE stream as they arrive: `onEvent` is called with each `next` event's time. */
async function openSubscription(url: string, onEvent: () => void, signal: AbortSignal) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: 'subscription { changes(filter: { types: [Company] }) { recordId } }' }),
    signal,
  });
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const chunk = await reader?.read().catch(() => undefined);
      if (!chunk || chunk.done) return;
      for (const _ of chunk.value.matchAll(/^event: next$/gm)) onEvent();
    }
  })();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

async function fanOut() {
  const name = `bench_fanout_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString(), PORT: String(PORTS[0]), MOAT_RATE_LIMITS: 'off' };
  const key = (await runCli(['keys', 'create', '--name', 'fan-out', '--scope', 'write'], env))
    .trim()
    .split('\n')
    .at(-1);
  const server = await start([process.execPath, cliPath, 'serve'], env, /^Moat ready at/m);
  const endpoint = `http://127.0.0.1:${PORTS[0]}/graphql`;
  const rows: string[] = [];
  try {
    // PostgreSQL's floor: a committed NOTIFY to a client listening on another connection.
    const listener = new pg.Client({ connectionString: url.toString() });
    const notifier = new pg.Client({ connectionString: url.toString() });
    await Promise.all([listener.connect(), notifier.connect()]);
    await listener.query('listen bench_floor');
    const floor: number[] = [];
    for (let n = 0; n < mutations; n++) {
      const heard = new Promise<number>((resolve) =>
        listener.once('notification', () => resolve(performance.now())),
      );
      const sent = performance.now();
      await notifier.query(`select pg_notify('bench_floor', '')`);
      floor.push((await heard) - sent);
    }
    await Promise.all([listener.end(), notifier.end()]);
    floor.sort((a, b) => a - b);
    rows.push(
      `| PostgreSQL NOTIFY → 1 listening client | – | ${percentile(floor, 50).toFixed(1)} | ${percentile(floor, 99).toFixed(1)} | ${percentile(floor, 50).toFixed(1)} |`,
    );

    for (const subscribers of [1, 100, 1000]) {
      const stop = new AbortController();
      let waiting: { count: number; sent: number; latencies: number[]; done: () => void } | undefined;
      const onEvent = () => {
        if (!waiting) return;
        waiting.latencies.push(performance.now() - waiting.sent);
        if (--waiting.count === 0) waiting.done();
      };
      await Promise.all(
        Array.from({ length: subscribers }, () => openSubscription(endpoint, onEvent, stop.signal)),
      );
      // Every subscription has joined once the metrics count it.
      for (;;) {
        const metrics = await (await fetch(`http://127.0.0.1:${PORTS[0]}/metrics`)).text();
        if (Number(/^moat_subscriptions_open (\d+)/m.exec(metrics)?.[1]) >= subscribers) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const latencies: number[] = [];
      const mutation: number[] = [];
      const lastArrivals: number[] = [];
      for (let n = 0; n < mutations; n++) {
        const all = new Promise<void>((resolve) => {
          waiting = { count: subscribers, sent: performance.now(), latencies, done: resolve };
        });
        const sent = waiting?.sent ?? 0;
        const answer = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({
            query: `mutation { createCompany(input: { slug: "fan-${subscribers}-${n}", name: "Fan ${n}", kind: STARTUP }) { __typename } }`,
          }),
        });
        if (!(await answer.text()).includes('CreateCompanyPayload')) throw new Error('the mutation failed');
        mutation.push(performance.now() - sent);
        await all;
        lastArrivals.push(performance.now() - sent);
      }
      waiting = undefined;
      stop.abort();
      latencies.sort((a, b) => a - b);
      mutation.sort((a, b) => a - b);
      lastArrivals.sort((a, b) => a - b);
      rows.push(
        `| Moat, ${subscribers} subscriber${subscribers > 1 ? 's' : ''} | ${percentile(mutation, 50).toFixed(1)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${percentile(lastArrivals, 50).toFixed(1)} |`,
      );
      // Let the closed streams leave before the next size opens its own.
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await server.stop();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  console.log(
    `\n### Fan-out: from sending a mutation to its change at each subscriber, ${mutations} mutations, ms\n`,
  );
  console.log(
    '| to | mutation answered, p50 | event, p50 | event, p99 | every subscriber reached, p50 |\n| --- | --- | --- | --- | --- |',
  );
  for (const row of rows) console.log(row);
}

await processes();
await fanOut();
