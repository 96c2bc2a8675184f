import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createApiKey } from '../src/auth/api-keys.js';
import { type DatabaseConnection, openDatabase } from '../src/db/connection.js';
import { createMoatYoga, listen } from '../src/server.js';

/** A GraphQL response as JSON: tests read `data` freely and assert on its values. */
export interface GraphQLResponse {
  status: number;
  data: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestServer {
  url: string;
  connection: DatabaseConnection;
  /** Every SQL statement run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** Errors the server logged (the causes behind masked client errors). */
  loggedErrors: unknown[];
  /** Posts a query or mutation, with an API key as a Bearer token when given. */
  query(query: string, variables?: Record<string, unknown>, apiKey?: string): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/** Copies the seeded template database to a new folder below `parent`. */
export function copyTemplate(parent = tmpdir()): { dir: string; dataDir: string } {
  const dir = mkdtempSync(join(parent, 'moat-test-'));
  const dataDir = join(dir, 'data');
  cpSync(inject('templateDir'), dataDir, { recursive: true });
  return { dir, dataDir };
}

/**
 * POSTs a GraphQL request the way most clients do, asking for `accept` (JSON by default), with an
 * API key as a Bearer token when given.
 */
export async function postGraphQL(
  url: string,
  body: unknown,
  accept = 'application/json',
  apiKey?: string,
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
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

/** A Moat server on an ephemeral port over its own copy of the seeded database. */
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
  const server: Server = await listen(yoga, 0, '127.0.0.1');
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  return {
    url,
    connection,
    statements,
    resetStatements: () => statements.splice(0),
    loggedErrors,
    query: (query, variables, apiKey) => postGraphQL(url, { query, variables }, 'application/json', apiKey),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
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
