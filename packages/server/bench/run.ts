// Moat side by side with PostGraphile 5 and a bare ceiling, on the same generated data, in one run.
// Run with `pnpm bench` (options in bench/README.md). Figures depend on the machine and its load:
// compare the servers within one run, not runs on different machines.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.js';
import { databaseUrl, ensureDataset, pgliteDir, runCli } from './dataset.js';
import { type Figure, type Run, writeResults } from './report.js';
import { type Running, SERVER_NAMES, startServer } from './servers.js';
import {
  type Ask,
  type ServerName,
  type Workload,
  type WorkloadContext,
  WRITTEN_SLUG_PREFIX,
  workloads,
} from './workloads.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '16,64' },
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    only: { type: 'string' },
    servers: { type: 'string', default: SERVER_NAMES.join(',') },
    cache: { type: 'string', default: 'off' },
  },
});
const numbers = (text: string) => text.split(',').map((part) => Number(part.replace(/_/g, '')));
const options = {
  sizes: numbers(args.sizes),
  connections: numbers(args.connections),
  duration: Number(args.duration),
  warmup: Number(args.warmup),
  cache: args.cache === 'on' ? 'on' : 'off',
};
const servers = args.servers.split(',') as ServerName[];
const unknown = servers.find((name) => !SERVER_NAMES.includes(name));
if (unknown)
  throw new Error(`--servers: unknown server "${unknown}"; choose from ${SERVER_NAMES.join(', ')}`);
const log = (line: string) => console.log(line);
const run: Run = { startedAt: new Date().toISOString(), options, figures: [], notes: [] };

/** One request of a workload as a server takes it: path and JSON body. */
function request(
  server: ServerName,
  index: number,
  workload: Workload,
  n: number,
  prepared: Record<string, unknown>,
) {
  const write = workload.write && n % workload.write.every === 0 ? workload.write : undefined;
  const variables = write ? write.variables(server, n, prepared) : (workload.variables?.(n, prepared) ?? {});
  if (server === 'ceiling')
    return { path: `/${index}`, body: JSON.stringify({ variables, write: !!write }), write };
  const query =
    server === 'postgraphile'
      ? (write?.postgraphile ?? workload.postgraphile)
      : (write?.moat ?? workload.moat);
  return { path: '/graphql', body: JSON.stringify({ query, variables }), write };
}

/** Sends one request and returns the answer's `data`, failing on HTTP or GraphQL errors. */
async function send(running: Running, path: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${running.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!response.ok || answer.errors)
    throw new Error(`${running.name}: HTTP ${response.status} ${JSON.stringify(answer.errors)}`);
  return answer.data ?? {};
}

/**
 * What an answer holds, whatever the server calls its wrappers: the length of every list and
 * every totalCount, by path, with connection wrappers (`nodes`, `edges`, `node`) left out.
 */
function fingerprint(value: unknown, path = '', into = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(value)) {
    into.set(path, (into.get(path) ?? 0) + value.length);
    for (const item of value) fingerprint(item, path, into);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'totalCount')
        into.set(`${path}.totalCount`, (into.get(`${path}.totalCount`) ?? 0) + Number(inner));
      else fingerprint(inner, ['nodes', 'edges', 'node'].includes(key) ? path : `${path}.${key}`, into);
    }
  }
  return into;
}

function compareShapes(expected: Map<string, number>, actual: Map<string, number>): string {
  const differences = [...new Set([...expected.keys(), ...actual.keys()])]
    .filter((path) => expected.get(path) !== actual.get(path))
    .map(
      (path) =>
        `${path || '(root)'} ${actual.get(path) ?? 'missing'} (ceiling ${expected.get(path) ?? 'missing'})`,
    );
  return differences.length ? differences.join('; ') : 'ok';
}

const writtenSlug = new RegExp(`"slug"\\s*:\\s*"${WRITTEN_SLUG_PREFIX}`);

/** Measures one workload on one server: warm-up, then `duration` seconds at `connections`. */
async function measure(
  running: Running,
  index: number,
  workload: Workload,
  prepared: Record<string, unknown>,
  connections: number,
  counter: { n: number },
) {
  let failures = 0;
  const attack = (duration: number) =>
    autocannon({
      url: running.url,
      connections,
      duration,
      requests: [
        {
          setupRequest: (req) => {
            const { path, body, write } = request(running.name, index, workload, counter.n++, prepared);
            return {
              ...req,
              method: 'POST',
              path,
              headers: {
                ...req.headers,
                'content-type': 'application/json',
                ...(write ? running.writeHeaders : {}),
              },
              body,
            };
          },
          // Every answer is checked for GraphQL errors; a write must answer with the company it made.
          onResponse: (status, body) => {
            if (status !== 200) return;
            if (body.includes('"errors"')) failures++;
            else if (body.includes('"createCompany"') && !writtenSlug.test(body)) failures++;
          },
        },
      ],
    });
  await attack(options.warmup);
  failures = 0;
  const before = await running.stats();
  const result = await attack(options.duration);
  const after = await running.stats();
  const requests = result['2xx'] + result.non2xx;
  const { sent } = result.requests as { sent?: number };
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Requests still in flight when the time is up ran their SQL too: divide by all that were sent.
    statementsPerRequest: sent ? (after.statements - before.statements) / sent : 0,
    rssMb: after.rss / 1024 / 1024,
    requests,
    // A measurement in which no request finished is a failure too.
    failures: failures + result.errors + result.timeouts + result.non2xx + (requests === 0 ? 1 : 0),
  };
}

/** Removes what earlier write mixes wrote, and makes a write key for each Moat copy. */
async function prepareCopies(size: number, context: WorkloadContext) {
  await context.sql(`delete from companies where slug like '${WRITTEN_SLUG_PREFIX}%'`);
  if (servers.includes('moat-pglite')) {
    const connection = await openDatabase({ dataDir: pgliteDir(size) });
    await connection.db.execute(sql.raw(`delete from companies where slug like '${WRITTEN_SLUG_PREFIX}%'`));
    await connection.close();
  }
  const key = async (env: Record<string, string>) =>
    (await runCli(['keys', 'create', '--name', 'bench', '--scope', 'write'], env))
      .trim()
      .split('\n')
      .at(-1) as string;
  return {
    'moat-pg': servers.includes('moat-pg') ? await key({ DATABASE_URL: databaseUrl(size) }) : undefined,
    'moat-pglite': servers.includes('moat-pglite')
      ? await key({ MOAT_DATA_DIR: pgliteDir(size) })
      : undefined,
  };
}

async function benchSize(size: number) {
  await ensureDataset(size, servers.includes('moat-pglite'), log);
  const pool = new pg.Pool({ connectionString: databaseUrl(size), max: 2 });
  const context: WorkloadContext = {
    size,
    sql: async <Row>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as Row[],
  };
  const keys = await prepareCopies(size, context);
  const running: Running[] = [];
  try {
    for (const name of servers)
      running.push(
        await startServer(name, size, {
          responseCache: options.cache,
          apiKey: name === 'moat-pg' || name === 'moat-pglite' ? keys[name] : undefined,
        }),
      );
    log(`servers ready: ${servers.join(', ')}`);
    const all = workloads(size);
    for (const [index, workload] of all.entries()) {
      if (args.only && !workload.name.includes(args.only)) continue;
      const counter = { n: 0 };
      // Prepare each server's variables and check one answer of each against the ceiling's.
      const prepared = new Map<ServerName, Record<string, unknown>>();
      const shapes = new Map<ServerName, Map<string, number> | string>();
      for (const server of running) {
        if (server.name === 'postgraphile' && !workload.postgraphile) continue;
        const ask: Ask = (query, variables) => send(server, '/graphql', JSON.stringify({ query, variables }));
        try {
          const variables = (await workload.prepare?.(server.name, ask, context)) ?? {};
          prepared.set(server.name, variables);
          const { path, body } = request(server.name, index, workload, 1, variables);
          shapes.set(server.name, fingerprint(await send(server, path, body)));
        } catch (error) {
          shapes.set(server.name, String(error).slice(0, 300));
        }
      }
      const expected = shapes.get('ceiling');
      for (const c of options.connections)
        for (const server of running) {
          const variables = prepared.get(server.name);
          const shape = shapes.get(server.name);
          if (!variables || !(shape instanceof Map)) {
            if (shape) run.notes.push(`${server.name}, ${workload.name}: ${shape}`);
            continue;
          }
          const figures = await measure(server, index, workload, variables, c, counter);
          const figure: Figure = {
            size,
            workload: workload.name,
            server: server.name,
            connections: c,
            ...figures,
            shape: expected instanceof Map ? compareShapes(expected, shape) : 'n/a',
          };
          run.figures.push(figure);
          log(
            `${size} ${workload.name} c=${c} ${server.name}: ${Math.round(figure.requestsPerSecond)} req/s, p50 ${figure.p50} ms, p99 ${figure.p99} ms, ${figure.statementsPerRequest.toFixed(2)} SQL/req, ${Math.round(figure.rssMb)} MB${figure.failures ? `, ${figure.failures} FAILED` : ''}${figure.shape === 'ok' ? '' : `, shape: ${figure.shape}`}`,
          );
        }
      if (!workload.postgraphile) run.notes.push(`${workload.name}: PostGraphile has no equivalent (n/a).`);
    }
  } finally {
    await Promise.all(running.map((server) => server.stop()));
    await context.sql(`delete from companies where slug like '${WRITTEN_SLUG_PREFIX}%'`);
    await pool.end();
  }
}

for (const size of options.sizes) await benchSize(size);
run.notes = [...new Set(run.notes)];
const table = writeResults(join(import.meta.dirname, 'results'), run, servers);
console.log(`\n${table}`);
console.log('Written to bench/results/latest.md, latest.svg and latest.json.');
