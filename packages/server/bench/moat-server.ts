// Starts Moat as `moat serve` does (PostgreSQL with DATABASE_URL, else PGlite in MOAT_DATA_DIR;
// metrics kept, statement timeout, read-only reads), counting the SQL statements it runs;
// STATS_PORT reports them. Its request log is off unless MOAT_REQUEST_LOG=json. BENCH_LIMITS=before
// sets the request limits Moat had before it refused oversized operations: a 25 MB body, no
// token, alias or directive limits.
import { openDatabase } from '../src/db/connection.js';
import { Metrics } from '../src/operations.js';
import { createMoatYoga, listen } from '../src/server.js';
import { serveStats } from './stats.mjs';

let statements = 0;
const metrics = new Metrics();
const connection = await openDatabase({
  dataDir: process.env.MOAT_DATA_DIR ?? 'data',
  databaseUrl: process.env.DATABASE_URL || undefined,
  onQuery: () => {
    statements++;
    metrics.countStatement();
  },
  statementTimeoutMs: 10_000,
  readOnlyByDefault: true,
});
if (connection.pool) metrics.watchPool(connection.pool);
const requestLog =
  process.env.MOAT_REQUEST_LOG === 'json' ? (line: object) => console.log(JSON.stringify(line)) : undefined;
// The response cache only when the run asks for it (`--cache on`), as the measured bar is without it.
const responseCache = process.env.MOAT_RESPONSE_CACHE === 'on';
const unlimited = Number.POSITIVE_INFINITY;
const requestLimits =
  process.env.BENCH_LIMITS === 'before'
    ? { bodyBytes: 25_000_000, tokens: unlimited, aliases: unlimited, directives: unlimited }
    : undefined;
await listen(
  createMoatYoga({
    db: connection.db,
    responseCache,
    metrics,
    requestLog,
    listenForCommits: connection.listenForCommits,
    requestLimits,
    // Rate limits on, as `moat serve` has them, above what any workload spends.
    rateLimits: { perKey: 1e9, perAddress: 1e9 },
  }),
  Number(process.env.PORT),
  '127.0.0.1',
);
serveStats(Number(process.env.STATS_PORT), () => statements);
console.log('ready');
