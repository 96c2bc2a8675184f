// Starts Moat as `moat serve` does (PostgreSQL with DATABASE_URL, else PGlite in MOAT_DATA_DIR),
// counting the SQL statements it runs; STATS_PORT reports them.
import { openDatabase } from '../src/db/connection.js';
import { createMoatYoga, listen } from '../src/server.js';
import { serveStats } from './stats.mjs';

let statements = 0;
const connection = await openDatabase({
  dataDir: process.env.MOAT_DATA_DIR ?? 'data',
  databaseUrl: process.env.DATABASE_URL || undefined,
  onQuery: () => statements++,
});
// The response cache only when the run asks for it (`--cache on`), as the measured bar is without it.
const responseCache = process.env.MOAT_RESPONSE_CACHE === 'on';
await listen(createMoatYoga({ db: connection.db, responseCache }), Number(process.env.PORT), '127.0.0.1');
serveStats(Number(process.env.STATS_PORT), () => statements);
console.log('ready');
