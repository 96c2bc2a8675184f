// The ceiling: bare node:http and a pg Pool, one hand-written SQL statement per workload that
// returns the JSON the GraphQL servers return. Requests go to /<workload number>, with
// `{ variables, write }` as the body.
import { createServer } from 'node:http';
import pg from 'pg';
import { serveStats } from './stats.mjs';
import { workloads } from './workloads.js';

let statements = 0;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const all = workloads(Number(process.env.BENCH_SIZE));

createServer(async (request, response) => {
  let body = '';
  for await (const chunk of request) body += chunk;
  const workload = all[Number(request.url?.slice(1))];
  const { variables = {}, write = false } = JSON.parse(body || '{}');
  try {
    const sql = write ? workload?.write?.ceiling : workload?.ceiling;
    if (!sql) throw new Error(`no workload at ${request.url}`);
    statements++;
    const { rows } = await pool.query<{ data: string }>(sql, Object.values(variables));
    response.setHeader('content-type', 'application/json');
    response.end(`{"data":${rows[0]?.data ?? 'null'}}`);
  } catch (error) {
    response.statusCode = 500;
    response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
serveStats(Number(process.env.STATS_PORT), () => statements);
