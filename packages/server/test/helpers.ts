import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createApiKey } from '../src/auth/api-keys.js';
import { type DatabaseConnection, openDatabase } from '../src/db/connection.js';
import { createMoatYoga } from '../src/server.js';

/** A GraphQL response as JSON: tests read `data` freely and assert on its values. */
export interface GraphQLResponse {
  status: number;
  data: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestServer {
  connection: DatabaseConnection;
  /** Every SQL statement run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** Errors the server logged (the causes behind masked client errors). */
  loggedErrors: unknown[];
  /** Posts a query or mutation, with an API key as a Bearer token when given. */
  query(query: string, variables?: Record<string, unknown>, apiKey?: string): Promise<GraphQLResponse>;
  /** POSTs `body` as JSON asking for `accept`, the way most clients send GraphQL. */
  post(body: unknown, accept?: string, apiKey?: string): Promise<GraphQLResponse>;
  /** Any request to the GraphQL endpoint, for what only HTTP shows (status codes, headers, pages). */
  fetch(init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Copies the seeded template database to a new folder below `parent`. */
export function copyTemplate(parent = tmpdir()): { dir: string; dataDir: string } {
  const dir = mkdtempSync(join(parent, 'moat-test-'));
  const dataDir = join(dir, 'data');
  cpSync(inject('templateDir'), dataDir, { recursive: true });
  return { dir, dataDir };
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

/**
 * A Moat server over its own copy of the seeded database, answering in-process: requests go to
 * the yoga service's `fetch`, as they would from its HTTP listener, without opening a port.
 */
export async function startTestServer(options: { requireKeyForReads?: boolean } = {}): Promise<TestServer> {
  const { dir, dataDir } = copyTemplate();
  const statements: string[] = [];
  const loggedErrors: unknown[] = [];
  const connection = await openDatabase({ dataDir, onQuery: (sql) => statements.push(sql) });
  const quiet = () => {};
  const yoga = createMoatYoga({
    ...options,
    db: connection.db,
    logging: { debug: quiet, info: quiet, warn: quiet, error: (...args) => loggedErrors.push(...args) },
  });
  const fetchInProcess = async (init: RequestInit = {}) => yoga.fetch('http://moat.test/graphql', init);
  return {
    connection,
    statements,
    resetStatements: () => statements.splice(0),
    loggedErrors,
    query: (query, variables, apiKey) =>
      postJson(fetchInProcess, { query, variables }, 'application/json', apiKey),
    post: (body, accept, apiKey) => postJson(fetchInProcess, body, accept, apiKey),
    fetch: fetchInProcess,
    async close() {
      try {
        await connection.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A test server for write tests: a key with the `write` scope and the seeded source to cite. */
export async function startWriteTestServer(): Promise<{ server: TestServer; key: string; sourceId: string }> {
  const server = await startTestServer();
  const { key } = await createApiKey(server.connection.db, 'analyst', ['write']);
  const sources = await server.query('{ sources { nodes { id } } }');
  return { server, key, sourceId: sources.data.sources.nodes[0].id };
}
