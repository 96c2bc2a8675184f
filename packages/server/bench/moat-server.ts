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
await listen(createMoatYoga({ db: connection.db }), Number(process.env.PORT), '127.0.0.1');
serveStats(Number(process.env.STATS_PORT), () => statements);
console.log('ready');
