#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiKey, listApiKeys, revokeApiKey, SCOPES, type Scope } from './auth/api-keys.js';
import { seedDatabase } from './data/seed.js';
import { type Database, DatabaseSetupError, openDatabase } from './db/connection.js';
import type { RateLimits } from './rate-limits.js';
import { exportCommand, importCommand, importThroughServer, RecordFileError } from './record-files.js';
import { type KeyListing, type Remote, RemoteError, remoteKeys, remoteServer } from './remote.js';
import { isUuid } from './rules/ids.js';
import type { TrustedDocuments, TrustedDocumentsMode } from './trusted-documents.js';

const USAGE = `Usage: moat <command>

Commands:
  serve     start the GraphQL server with GraphiQL (the default)
  migrate   create the database (with the seed data) or upgrade it, then exit
  seed      load the seed data set (a second run changes nothing), then exit
  import <file> [--dry-run]
            load a Moat record file (NDJSON); every line is checked first and a
            file with bad lines writes nothing; --dry-run checks only
  import <file> --url <endpoint>
            send the file to a running server (http://localhost:4000/graphql)
            in parts of at most 1 MB, each checked and written all or nothing:
            a bad line stops the import at its part, after the parts before it
            were written; importing the file again keeps what they wrote
  export [file]
            write every record as a Moat record file (to stdout without a file)
  keys create --name <name> --scope <write|admin> [--scope …] [--rate-limit <points>]
            create an API key; it is printed once and only its hash is kept;
            --rate-limit: points a minute for this key (MOAT_RATE_LIMIT_PER_KEY)
  keys list   list API keys (never the keys themselves)
  keys revoke <id>
            revoke an API key at once
  keys … --url <endpoint>
            the same, through a running server

One process at a time opens an embedded database: while one has the folder
(moat serve), any other command on it is refused, naming that process. Stop
it, or send import and keys to its server with --url.

Environment:
  PORT            port to listen on (4000)
  HOST            address to bind (127.0.0.1; 0.0.0.0 for every interface)
  MOAT_DATA_DIR   folder of the embedded database (./data)
  DATABASE_URL    a PostgreSQL connection string; when set, the embedded database is not used
  MOAT_API_KEY    with --url: an API key with the admin scope
  MOAT_REQUIRE_KEY_FOR_READS
                  1: reads need an API key too (writes always do)
  MOAT_RESPONSE_CACHE
                  on: answer repeated reads from memory until a write through this
                  server changes them; off: never. On by default for the embedded
                  database, off with DATABASE_URL, where other processes may write
  MOAT_CACHE_DIR  where a new embedded database's template is kept
                  (node_modules/.cache/moat); deleting it is always safe
  MOAT_STATEMENT_TIMEOUT_MS
                  on PostgreSQL, a statement running longer is cancelled and its
                  request answered with STATEMENT_TIMEOUT (10000; 0: no limit)
  MOAT_SHUTDOWN_TIMEOUT_MS
                  on SIGTERM or SIGINT, how long requests in flight may still run
                  before their connections are closed (10000)
  MOAT_REQUEST_LOG
                  json: one JSON line per request on stdout (the default); off: none
  MOAT_RATE_LIMITS
                  on: each API key and each client address without one may
                  spend so many points a minute (the default); off: no limits
  MOAT_RATE_LIMIT_PER_KEY
                  points a minute for an API key without a limit of its own (10000);
                  an operation costs a point for each 100 of its complexity
  MOAT_RATE_LIMIT_PER_ADDRESS
                  points a minute for each client address without an API key (2500)
  MOAT_TRUST_PROXY
                  the reverse proxies whose X-Forwarded-For names the client's
                  address: off (the default: the address is the socket's), how
                  many proxies are in front of Moat, or their addresses and
                  subnets, separated by commas (loopback, 10.0.0.0/8)
  NODE_ENV        production: an unknown field's error does not suggest the
                  fields it resembles
  MOAT_TRUSTED_DOCUMENTS
                  off: run any document sent (the default); allow: also run a
                  trusted document sent by its sha256 hash; only: run trusted
                  documents alone (by hash or whole), and turn GraphiQL off
  MOAT_TRUSTED_DOCUMENTS_FILE
                  the trusted documents: JSON files of documents by their sha256
                  hash, separated by commas (the SDK's trusted-documents.json)`;

/** A mistake in how moat was called: reported in one line. */
class UsageError extends Error {}

/** A path as the user typed it: pnpm runs scripts in the package folder, not where they typed. */
function typedPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function databaseOptions() {
  return {
    dataDir: typedPath(process.env.MOAT_DATA_DIR ?? 'data'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    initialize: seedDatabase,
    // How the embedded database's lock names this process to another that finds the folder in use.
    command: ['moat', ...process.argv.slice(2)].join(' '),
  };
}

/**
 * Until `serve` stops in its own way, a signal ends the process through `exit`, which removes
 * the embedded database's lock (a signal's default end would leave it, stale, behind).
 */
function exitOnSignal(signal: NodeJS.Signals): void {
  process.exit(128 + (constants.signals[signal] ?? 0));
}

/**
 * What SIGINT and SIGTERM do: `serve` changes it once it can stop gracefully. The listeners stay
 * the same: Node drops a signal that arrived for a listener removed before it ran, so swapping
 * them as the server became ready could lose the signal that should stop it.
 */
let onSignal: (signal: NodeJS.Signals) => void = exitOnSignal;

/** A variable holding a whole number of milliseconds, refused in one line when it does not. */
function milliseconds(name: string, fallback: number): number {
  const text = process.env[name] || String(fallback);
  if (!/^\d+$/.test(text))
    throw new UsageError(`${name} must be a whole number of milliseconds, not "${text}".`);
  return Number(text);
}

/** Points a minute, from a variable or flag `name`, refused in one line when not 1 or more. */
function pointsPerMinute(name: string, text: string): number {
  // At most PostgreSQL's integer, as a key's own limit is kept in one.
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 2 ** 31 - 1)
    throw new UsageError(`${name} must be a whole number of points a minute, 1 or more, not "${text}".`);
  return Number(text);
}

/**
 * The rate limits the environment sets over `defaults`; none with MOAT_RATE_LIMITS=off. The
 * defaults come with the rate-limit module, which only `serve` loads.
 */
function rateLimits(defaults: RateLimits): RateLimits | undefined {
  if (!switchedOn('MOAT_RATE_LIMITS', 'on', 'on')) return undefined;
  return {
    perKey: pointsPerMinute(
      'MOAT_RATE_LIMIT_PER_KEY',
      process.env.MOAT_RATE_LIMIT_PER_KEY || String(defaults.perKey),
    ),
    perAddress: pointsPerMinute(
      'MOAT_RATE_LIMIT_PER_ADDRESS',
      process.env.MOAT_RATE_LIMIT_PER_ADDRESS || String(defaults.perAddress),
    ),
  };
}

/** MOAT_TRUST_PROXY's proxies, refused in one line when unreadable. Loaded only by `serve`. */
async function proxiesToTrust() {
  const setting = process.env.MOAT_TRUST_PROXY || 'off';
  const { trustedProxies } = await import('./client-address.js');
  try {
    return trustedProxies(setting);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `MOAT_TRUST_PROXY must be off, a number of proxies, or addresses and subnets separated by commas, not "${setting}" (${reason}).`,
    );
  }
}

/** A variable that is `on` (or another word for on) or `off`, refused in one line otherwise. */
function switchedOn(name: string, on: string, fallback: string): boolean {
  const text = process.env[name] || fallback;
  if (text !== on && text !== 'off') throw new UsageError(`${name} must be ${on} or off, not "${text}".`);
  return text === on;
}

/** MOAT_TRUSTED_DOCUMENTS and the manifests of MOAT_TRUSTED_DOCUMENTS_FILE, refused in one line when wrong. */
async function trustedDocumentsOptions(): Promise<{
  mode: TrustedDocumentsMode;
  documents?: TrustedDocuments;
}> {
  const mode = (process.env.MOAT_TRUSTED_DOCUMENTS || 'off') as TrustedDocumentsMode;
  if (!['off', 'allow', 'only'].includes(mode))
    throw new UsageError(`MOAT_TRUSTED_DOCUMENTS must be off, allow or only, not "${mode}".`);
  const files = process.env.MOAT_TRUSTED_DOCUMENTS_FILE;
  if (!files) return { mode };
  const { readTrustedDocuments } = await import('./trusted-documents.js');
  const documents = files.split(',').map((file) => {
    try {
      return readTrustedDocuments(readFileSync(typedPath(file), 'utf8'));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`MOAT_TRUSTED_DOCUMENTS_FILE: cannot use ${file}: ${reason}.`);
    }
  });
  return { mode, documents: Object.assign({}, ...documents) };
}

/** PORT as a number, refused in one line when it is not a port. */
function listenPort(): number {
  const text = process.env.PORT ?? '4000';
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`PORT must be a port number (0 to 65535), not "${text}".`);
  return port;
}

/** MOAT_RESPONSE_CACHE as a switch; by default on only where this process makes every write. */
function responseCacheSwitch(options: ReturnType<typeof databaseOptions>): boolean {
  return switchedOn('MOAT_RESPONSE_CACHE', 'on', options.databaseUrl ? 'off' : 'on');
}

function describe(options: ReturnType<typeof databaseOptions>): string {
  return options.databaseUrl ? 'PostgreSQL' : `embedded database in ${options.dataDir}`;
}

async function serve(): Promise<void> {
  const port = listenPort();
  const host = process.env.HOST ?? '127.0.0.1';
  const options = databaseOptions();
  const cacheResponses = responseCacheSwitch(options);
  const statementTimeoutMs = milliseconds('MOAT_STATEMENT_TIMEOUT_MS', 10_000);
  const shutdownTimeoutMs = milliseconds('MOAT_SHUTDOWN_TIMEOUT_MS', 10_000);
  const logRequests = switchedOn('MOAT_REQUEST_LOG', 'json', 'json');
  const limits = rateLimits((await import('./rate-limits.js')).RATE_LIMIT_DEFAULTS);
  const trustedProxies = await proxiesToTrust();
  const trustedDocuments = await trustedDocumentsOptions();
  const { Metrics } = await import('./operations.js');
  const metrics = new Metrics();
  // The database opens (WASM compile, file reads) while the schema is built.
  const [connection, { createMoatYoga, listen, serverUrl }] = await Promise.all([
    openDatabase({
      ...options,
      onQuery: metrics.countStatement,
      statementTimeoutMs,
      readOnlyByDefault: true,
    }),
    import('./server.js'),
  ]);
  if (connection.pool) metrics.watchPool(connection.pool);
  const yoga = createMoatYoga({
    db: connection.db,
    requireKeyForReads: process.env.MOAT_REQUIRE_KEY_FOR_READS === '1',
    responseCache: cacheResponses,
    metrics,
    requestLog: logRequests ? (line) => console.log(JSON.stringify(line)) : undefined,
    listenForCommits: connection.listenForCommits,
    hideSuggestions: process.env.NODE_ENV === 'production',
    rateLimits: limits,
    trustedProxies,
    trustedDocuments,
  });
  const server = await listen(yoga, port, host);

  // Stop taking connections, end the subscriptions, let requests in flight finish (up to the
  // timeout), then close the database and exit 0.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const closed = new Promise((resolve) => server.close(resolve));
    // Keep-alive connections between requests would hold the close open.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cutOff = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs);
    void yoga.dispose();
    closed
      .then(() => {
        clearInterval(idle);
        clearTimeout(cutOff);
        return connection.close();
      })
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  onSignal = stop;

  const seconds = (performance.now() / 1000).toFixed(2);
  const how = connection.created ? 'created, migrated and seeded' : 'opened';
  console.log(`Moat ready at ${serverUrl(server)} (${describe(options)} ${how}; started in ${seconds} s)`);
}

async function migrateOnly(): Promise<void> {
  const options = databaseOptions();
  const connection = await openDatabase(options);
  await connection.close();
  console.log(`Database is up to date (${describe(options)}).`);
}

async function seedOnly(): Promise<void> {
  const options = databaseOptions();
  const connection = await openDatabase(options);
  try {
    if (!connection.created) await seedDatabase(connection.db);
  } finally {
    await connection.close();
  }
  console.log(`Seed data loaded (${describe(options)}).`);
}

interface KeyOptions {
  name?: string;
  scope?: string[];
  'rate-limit'?: string;
}

/** Where `keys` finds the API keys: the database, or a running server (`--url`). */
interface KeyStore {
  create(
    name: string,
    scopes: Scope[],
    rateLimit: number | null,
  ): Promise<{ id: string; name: string; scopes: string[]; rateLimit: number | null; key: string }>;
  list(): Promise<KeyListing[]>;
  /** False when no unrevoked key has the id. */
  revoke(id: string): Promise<boolean>;
}

/** The keys in the database, opened for each command. */
function databaseKeys(): KeyStore {
  const run = async <Result>(work: (db: Database) => Promise<Result>) => {
    const connection = await openDatabase(databaseOptions());
    try {
      return await work(connection.db);
    } finally {
      await connection.close();
    }
  };
  return {
    create: (name, scopes, rateLimit) => run((db) => createApiKey(db, name, scopes, rateLimit)),
    list: () =>
      run(async (db) =>
        (await listApiKeys(db)).map((row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          revokedAt: row.revokedAt?.toISOString() ?? null,
        })),
      ),
    revoke: (id) => run((db) => revokeApiKey(db, id)),
  };
}

/** `keys create|list|revoke`: API keys, managed in `store`. */
async function keys([action, ...rest]: string[], options: KeyOptions, store: KeyStore): Promise<void> {
  if (action === 'create' && rest.length === 0) {
    const name = options.name?.trim();
    if (!name) throw new UsageError('keys create needs --name <name>, to tell keys apart.');
    const scopes = (options.scope ?? []).flatMap((scope) => scope.split(','));
    const unknown = scopes.find((scope) => !SCOPES.includes(scope as Scope));
    if (scopes.length === 0 || unknown !== undefined)
      throw new UsageError(
        `keys create needs --scope ${SCOPES.join(' or ')}${unknown ? `, not "${unknown}"` : ''}.`,
      );
    const limit = options['rate-limit'];
    const rateLimit = limit === undefined ? null : pointsPerMinute('--rate-limit', limit);
    const key = await store.create(name, [...new Set(scopes as Scope[])], rateLimit);
    const rate = key.rateLimit ? `, ${key.rateLimit} points a minute` : '';
    console.log(`Created API key "${key.name}" (${key.scopes.join(', ')}${rate}), id ${key.id}.`);
    console.log('Keep it now: it is not shown again.');
    console.log(key.key);
    return;
  }
  if (action === 'list' && rest.length === 0) {
    const rows = await store.list();
    if (rows.length === 0) return console.log('No API keys.');
    for (const row of rows)
      console.log(
        `${row.id}  ${row.name}  ${row.scopes.join(',')}${row.rateLimit ? `  ${row.rateLimit}/min` : ''}  created ${row.createdAt}${row.revokedAt ? `  revoked ${row.revokedAt}` : ''}`,
      );
    return;
  }
  if (action === 'revoke' && rest.length === 1) {
    const id = rest[0] ?? '';
    if (!isUuid(id)) throw new UsageError(`"${id}" is not a key id; \`keys list\` shows them.`);
    if (!(await store.revoke(id))) throw new UsageError(`no active API key has the id ${id}.`);
    console.log(`Revoked API key ${id}.`);
    return;
  }
  throw new UsageError(`unknown command "keys ${[action, ...rest].join(' ')}"\n\n${USAGE}`);
}

/** The server at `--url`, called with the admin key in MOAT_API_KEY. */
function server(url: string): Remote {
  const key = process.env.MOAT_API_KEY;
  if (!key) throw new UsageError('--url needs an API key with the admin scope in MOAT_API_KEY.');
  return remoteServer(url, key);
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (received) => onSignal(received));
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      name: { type: 'string' },
      scope: { type: 'string', multiple: true },
      'rate-limit': { type: 'string' },
      'dry-run': { type: 'boolean' },
      url: { type: 'string' },
    },
  });
  const [command = 'serve', ...rest] = positionals;
  if (values.help) return console.log(USAGE);
  const { url } = values;
  if (url !== undefined) {
    if (command === 'keys') return keys(rest, values, remoteKeys(server(url)));
    if (command !== 'import' || rest.length !== 1 || !rest[0])
      throw new UsageError(`--url is for import <file> and keys, not "${positionals.join(' ')}".`);
    if (values['dry-run']) throw new UsageError('--dry-run needs the database: it does not go with --url.');
    return importThroughServer(typedPath(rest[0]), server(url));
  }
  if (command === 'keys') return keys(rest, values, databaseKeys());
  if (command === 'import' && rest.length === 1 && rest[0])
    return importCommand(typedPath(rest[0]), values['dry-run'] === true, databaseOptions());
  if (command === 'export' && rest.length <= 1)
    return exportCommand(rest[0] && typedPath(rest[0]), databaseOptions());
  const commands: Record<string, () => Promise<void>> = { serve, migrate: migrateOnly, seed: seedOnly };
  const run = commands[command];
  if (!run || rest.length > 0) throw new UsageError(`unknown command "${positionals.join(' ')}"\n\n${USAGE}`);
  await run();
}

main().catch((error: unknown) => {
  // A problem the user can fix gets one line; anything else also gets its cause, for a bug report.
  if (
    error instanceof DatabaseSetupError ||
    error instanceof UsageError ||
    error instanceof RecordFileError ||
    error instanceof RemoteError
  )
    console.error(`moat: ${error.message}`);
  else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`moat: port ${process.env.PORT ?? 4000} is in use; set PORT to another port.`);
  } else console.error(`moat: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
