// Serves the same PostgreSQL tables with PostGraphile 5 (schema `public`, the Amber preset plus
// the connection-filter plugin for the range and relation filters), counting its statements.
// PostGraphile needs Node 22: the benchmark runs this with `npx node@22`.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';
import { serveStats } from './stats.mjs';

let statements = 0;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
// Every statement goes through a pooled client's `query`.
pool.on('connect', (client) => {
  const query = client.query;
  client.query = function countedQuery(...args) {
    statements++;
    return query.apply(this, args);
  };
});

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  schema: { connectionFilterRelations: true },
  // Filters and orders on every column, not only indexed ones (the default query's `isLead`).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  grafserv: { graphiql: false },
};
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await postgraphile(preset).createServ(grafserv).addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
serveStats(Number(process.env.STATS_PORT), () => statements);
