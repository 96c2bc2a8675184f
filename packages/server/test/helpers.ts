import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, expect, inject, onTestFinished } from 'vitest';
import { must } from './assertions.js';
import { addFixtures } from './fixtures.js';
import { graphql } from './graphql/gql.js';
import {
  commitListener,
  createApiKey,
  createMoatYoga,
  type Database,
  type DatabaseConnection,
  type MoatServerOptions,
  openDatabase,
  relations,
  revokeApiKey,
  type Scope,
  SDK_DOCUMENTS,
} from './moat.js';
import { createDatabase, databaseUrl, dropDatabase, overlappingPool, type WriteBarrier } from './postgres.js';

/** Whether the test servers run on PostgreSQL: the vitest project says (see vitest.config.ts). */
export const onPostgres = inject('database') === 'postgres';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, any>;
}

/**
 * A GraphQL response as JSON. `data` has the type of the document asked (`any` for a document
 * written as a string); it is null or absent when errors stopped the request, which tests assert
 * through `errors`.
 */
export interface GraphQLResponse<TData = any> {
  status: number;
  data: TData;
  errors?: GraphQLError[];
}

export interface TestServer {
  connection: DatabaseConnection;
  /** Every SQL statement run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** Errors the server logged (the causes behind masked client errors). */
  loggedErrors: unknown[];
  /** Posts a typed document from `graphql()`, with an API key as a Bearer token when given. */
  query<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: NoInfer<TVariables>,
    apiKey?: string,
  ): Promise<GraphQLResponse<TData>>;
  /** Posts a document written as a string: one codegen must not see, such as an invalid one. */
  query(document: string, variables?: Record<string, unknown>, apiKey?: string): Promise<GraphQLResponse>;
  /**
   * Sends a document that takes `$input` (a mutation, mostly), expects no GraphQL errors and
   * returns the result of its one field.
   */
  send<TData, TInput>(
    document: TypedDocumentNode<TData, { input: TInput }>,
    input: NoInfer<TInput>,
    apiKey?: string,
  ): Promise<TData[keyof TData]>;
  /** POSTs `body` as JSON asking for `accept`, the way most clients send GraphQL. */
  post(body: unknown, accept?: string, apiKey?: string): Promise<GraphQLResponse>;
  /** Any request to the GraphQL endpoint, for what only HTTP shows (status codes, headers, pages). */
  fetch(init?: RequestInit): Promise<Response>;
  /**
   * On PostgreSQL: the next `parties` write transactions meet at a barrier before their first
   * write, so they truly overlap. PGlite runs one transaction at a time and refuses this.
   */
  overlapWriters(parties: number): WriteBarrier;
  close(): Promise<void>;
}

/**
 * Copies the seeded template database to a new folder below `parent`: by default, beside the
 * template, so it is removed with the template at the end of the run if not before.
 */
export function copyTemplate(parent = dirname(inject('templateDir'))): { dir: string; dataDir: string } {
  const dir = mkdtempSync(join(parent, 'moat-test-'));
  const dataDir = join(dir, 'data');
  cpSync(inject('templateDir'), dataDir, { recursive: true });
  return { dir, dataDir };
}

/** A new PostgreSQL database, a copy of the seeded one; its name. */
export function copyPostgresTemplate(): Promise<string> {
  return createDatabase(inject('postgresRun'), inject('postgresTemplate'));
}

/**
 * A new database on the project's database, created and migrated as Moat creates one and filled
 * by `initialize` instead of the seed data; removed on close.
 */
export async function openNewDatabase(
  initialize: (db: Database) => Promise<void>,
): Promise<DatabaseConnection> {
  const removable = async (connection: DatabaseConnection, remove: () => unknown) => ({
    ...connection,
    async close() {
      try {
        await connection.close();
      } finally {
        await remove();
      }
    },
  });
  if (onPostgres) {
    const name = await createDatabase(inject('postgresRun'));
    const connection = await openDatabase({ dataDir: '', databaseUrl: databaseUrl(name), initialize });
    return removable(connection, () => dropDatabase(name));
  }
  const dir = mkdtempSync(join(dirname(inject('templateDir')), 'moat-new-'));
  const connection = await openDatabase({ dataDir: join(dir, 'data'), initialize });
  return removable(connection, () => rmSync(dir, { recursive: true, force: true }));
}

/** POSTs `body` through `send` as JSON asking for `accept`, with an API key as a Bearer token when given. */
async function postJson(
  send: (init: RequestInit) => Promise<Response>,
  body: unknown,
  accept = 'application/json',
  apiKey?: string,
): Promise<GraphQLResponse> {
  const response = await send({
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept,
      ...(apiKey && { authorization: `Bearer ${apiKey}` }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, data: undefined, ...((await response.json()) as object) };
}

/** POSTs a GraphQL request over HTTP to a server listening at `url`, as `TestServer.post` does. */
export function postGraphQL(url: string, body: unknown, accept?: string, apiKey?: string) {
  return postJson((init) => fetch(url, init), body, accept, apiKey);
}

export interface TestServerOptions {
  /** Whether reads need an API key too (MOAT_REQUIRE_KEY_FOR_READS=1). */
  requireKeyForReads?: boolean;
  /** Adds the test-only companies, rounds and quotes of fixtures.ts to the seed data. */
  fixtures?: boolean;
  /** Answers repeated reads from the response cache (MOAT_RESPONSE_CACHE=on). */
  responseCache?: boolean;
  /** Refuses mutations, failing the test that sends one: for a server that files share. */
  readOnly?: boolean;
  /** Which documents run (MOAT_TRUSTED_DOCUMENTS), and which are trusted (the SDK's by default). */
  trustedDocuments?: MoatServerOptions['trustedDocuments'];
}

/** Whether a request's query is a mutation (false for text that is not GraphQL at all). */
function isMutation(query: unknown): boolean {
  try {
    return parse(String(query)).definitions.some(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
    );
  } catch {
    return false;
  }
}

/**
 * A Moat server over its own copy of the seeded database, answering in-process: requests go to
 * the yoga service's `fetch`, as they would from its HTTP listener, without opening a port. On
 * PostgreSQL (see onPostgres) the copy is a database on the tests' server, over a pool of
 * separate connections; otherwise a copy of the embedded database.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const statements: string[] = [];
  const loggedErrors: unknown[] = [];
  const { overlapNext, ...connection } = await (onPostgres ? openTestPostgres : openTestPglite)((sql) =>
    statements.push(sql),
  );
  if (options.fixtures) await addFixtures(connection.db);
  const quiet = () => {};
  const yoga = createMoatYoga({
    db: connection.db,
    requireKeyForReads: options.requireKeyForReads ?? false,
    responseCache: options.responseCache ?? false,
    logging: { debug: quiet, info: quiet, warn: quiet, error: (...args) => loggedErrors.push(...args) },
    listenForCommits: connection.listenForCommits,
    trustedDocuments: options.trustedDocuments,
  });
  const fetchInProcess = async (init: RequestInit = {}) => yoga.fetch('http://moat.test/graphql', init);
  const server: TestServer = {
    connection,
    statements,
    resetStatements: () => statements.splice(0),
    loggedErrors,
    query: (document: string | TypedDocumentNode, variables?: object, apiKey?: string) =>
      server.post(
        { query: typeof document === 'string' ? document : print(document), variables },
        undefined,
        apiKey,
      ),
    async send(document, input, apiKey) {
      const response = await server.query(document, { input }, apiKey);
      expect(response.errors).toBeUndefined();
      return Object.values(response.data as object)[0];
    },
    async post(body, accept, apiKey) {
      if (options.readOnly && isMutation((body as { query?: unknown }).query)) {
        throw new Error(
          'This test server is shared and read-only: a test that writes needs useTestServer().',
        );
      }
      return postJson(fetchInProcess, body, accept, apiKey);
    },
    fetch: fetchInProcess,
    overlapWriters: overlapNext,
    close: async () => {
      await yoga.dispose();
      await connection.close();
    },
  };
  return server;
}

interface TestDatabase extends DatabaseConnection {
  overlapNext(parties: number): WriteBarrier;
}

/** A copy of the seeded embedded database, removed on close. */
async function openTestPglite(onQuery: (sql: string) => void): Promise<TestDatabase> {
  const { dir, dataDir } = copyTemplate();
  const connection = await openDatabase({ dataDir, onQuery });
  return {
    ...connection,
    overlapNext() {
      throw new Error('PGlite runs one transaction at a time: its writers cannot overlap.');
    },
    async close() {
      try {
        await connection.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A copy of the seeded PostgreSQL database, over a pool of separate connections; dropped on close. */
async function openTestPostgres(onQuery: (sql: string) => void): Promise<TestDatabase> {
  const name = await copyPostgresTemplate();
  const { pool, overlapNext } = overlappingPool(name);
  const db = drizzle({ client: pool, relations, logger: { logQuery: onQuery } }) as Database;
  return {
    db,
    created: false,
    listenForCommits: commitListener(databaseUrl(name)),
    overlapNext,
    async close() {
      try {
        await pool.end();
      } finally {
        await dropDatabase(name);
      }
    },
  };
}

/**
 * A server for the file's tests, from `start` before them; `stop` after them. Its members can be
 * read once the tests run (in hooks and tests), not while the file is being collected.
 */
function serverOfFile(start: () => Promise<TestServer>, stop: (server: TestServer) => Promise<void>) {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started && stop(started));
  return new Proxy({} as TestServer, {
    get(_, member) {
      if (!started) throw new Error('the test server starts in beforeAll: use it in hooks and tests');
      return Reflect.get(started, member);
    },
  });
}

/** The file's own test server: started before its tests, closed after them. */
export function useTestServer(options: TestServerOptions = {}): TestServer {
  return serverOfFile(
    () => startTestServer(options),
    (server) => server.close(),
  );
}

const readOnlyServers = new Map<string, Promise<TestServer>>();

/**
 * A test server for files that only read, shared by every such file that runs in the same worker
 * (test files share their modules: `isolate: false`). There is one for the seed data and one with
 * the fixtures too, started by the first file that asks and never closed: its folder or database
 * goes with the templates at the end of the run. It refuses mutations, so no file changes what
 * another reads.
 */
export function useReadOnlyServer(options: { fixtures?: boolean } = {}): TestServer {
  const kind = options.fixtures ? 'fixtures' : 'seed';
  return serverOfFile(
    () => {
      const shared = readOnlyServers.get(kind) ?? startTestServer({ ...options, readOnly: true });
      readOnlyServers.set(kind, shared);
      return shared;
    },
    async () => {},
  );
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The SDK's trusted document of the operation `name` (`Company`), and its hash. */
export function sdkDocument(name: string): { hash: string; text: string } {
  const [hash, text] = must(
    Object.entries(SDK_DOCUMENTS).find(([, text]) => text.match(/^\w+ (\w+)/)?.[1] === name),
  );
  return { hash, text };
}

/** A request body naming a trusted document by its hash instead of sending it, as the SDK does. */
export const byHash = (hash: string, variables?: object) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

/** The global ID of the record of `type` with the UUID `id`, as the server encodes it. */
export const globalId = (type: string, id: unknown) => Buffer.from(`${type}:${id}`).toString('base64');

/** The UUID of the record a global ID names. */
export const uuidOf = (globalId: string) => must(Buffer.from(globalId, 'base64').toString().split(':')[1]);

/** An API key stored before the file's tests run (its `key` and `id` are set then). */
export function useApiKey(
  server: TestServer,
  name: string,
  scopes: Scope[],
  { revoked = false } = {},
): { key: string; id: string } {
  const apiKey = { key: '', id: '' };
  beforeAll(async () => {
    const { key, id } = await createApiKey(server.connection.db, name, scopes);
    if (revoked) await revokeApiKey(server.connection.db, id);
    Object.assign(apiKey, { key, id });
  });
  return apiKey;
}

const Sources = graphql(`query SeededSources { sources { nodes { id } } }`);

/** The seeded source, for citations (its `id` is set before the file's tests run). */
export function useSeededSource(server: TestServer): { id: string } {
  const source = { id: '' };
  beforeAll(async () => {
    source.id = must((await server.query(Sources)).data.sources.nodes[0]).id;
  });
  return source;
}

/**
 * For write tests: the file's test server, a key "analyst" with the `write` scope, and the seeded
 * source to cite (its `id` is set before the tests run).
 */
export function useWriteTestServer() {
  const server = useTestServer();
  const analyst = useApiKey(server, 'analyst', ['write']);
  return { server, analyst, source: useSeededSource(server) };
}

/**
 * For a write test of its own: a fresh test server, closed when the test ends, with a key
 * "analyst" that has the `write` scope and the seeded source to cite.
 */
export async function startWriteTestServer() {
  const server = await startTestServer();
  onTestFinished(() => server.close());
  const { key, id } = await createApiKey(server.connection.db, 'analyst', ['write']);
  const source = { id: must((await server.query(Sources)).data.sources.nodes[0]).id };
  return { server, analyst: { key, id }, source };
}
