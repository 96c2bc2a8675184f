// The embedded database in a thread of its own: PostgreSQL (WebAssembly) runs here while the main
// thread does the GraphQL work, so the two overlap on two cores. Requests come from
// pglite-thread.ts; PGlite runs them one at a time, a transaction's statements alone until it ends.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Reply, Request, Result, ThreadError, ThreadStart } from './pglite-protocol.js';
import { preparedQueries } from './pglite-statements.js';
import { worthPreparing } from './prepared-statements.js';

const { dataDir, loadDataDir, wasmModule } = workerData as ThreadStart;
const client = new PGlite(dataDir, {
  extensions: { pg_trgm },
  pgliteWasmModule: wasmModule,
  ...(loadDataDir && { loadDataDir: new Blob([loadDataDir]) }),
});

const prepared = preparedQueries(client);

interface OpenTransaction {
  tx: Transaction;
  /** Commits or rolls back; fails only when the commit does. */
  end(commit: boolean): Promise<void>;
}

const transactions = new Map<number, OpenTransaction>();
const rolledBack = Symbol('rolled back');

/** Opens a transaction that stays open, holding PGlite, until `end` is called. */
function begin(): Promise<OpenTransaction> {
  return new Promise((opened, failed) => {
    const ended: Promise<void> = client.transaction(
      (tx) =>
        new Promise<void>((commit, rollback) =>
          opened({
            tx,
            end(ok) {
              if (ok) commit();
              else rollback(rolledBack);
              return ended.catch((error) => {
                if (error !== rolledBack) throw error;
              });
            },
          }),
        ),
    );
    // Before `opened`, this is the BEGIN failing; after it, `end` reports the outcome.
    ended.catch(failed);
  });
}

const identity = (value: string) => value;
const parsersByTypes = new Map<string, Record<number, (value: string) => string>>();

/** Parsers that leave values of `types` as PostgreSQL's text. */
function textParsers(types: number[]) {
  const key = types.join();
  let parsers = parsersByTypes.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(types.map((type) => [type, identity]));
    parsersByTypes.set(key, parsers);
  }
  return parsers;
}

function transaction(id: number): OpenTransaction {
  const open = transactions.get(id);
  if (!open) throw new Error('The transaction has already ended.');
  return open;
}

async function handle(request: Request): Promise<Result> {
  switch (request.op) {
    case 'query': {
      const open = request.transaction === undefined ? undefined : transaction(request.transaction);
      const options = { rowMode: request.rowMode, parsers: textParsers(request.textTypes) };
      if (worthPreparing(request.params))
        return prepared(request.sql, request.params, options, open !== undefined);
      return (open?.tx ?? client).query(request.sql, request.params, options);
    }
    case 'begin':
      transactions.set(request.id, await begin());
      return request.id;
    case 'end': {
      const open = transaction(request.transaction);
      transactions.delete(request.transaction);
      await open.end(request.commit);
      return null;
    }
    case 'dump':
      return (await client.dumpDataDir('none')).arrayBuffer();
    case 'close':
      await client.close();
      return null;
  }
}

/** The error with the fields that can cross threads (PostgreSQL's `code`, `detail`, `constraint`, …). */
function threadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const fields = Object.entries(error).filter(
    ([, value]) =>
      typeof value !== 'function' && (typeof value !== 'object' || value === null || Array.isArray(value)),
  );
  return { ...Object.fromEntries(fields), name: error.name, message: error.message };
}

const port = parentPort;
if (!port) throw new Error('pglite-worker runs as a worker thread.');

client.waitReady.then(
  () => port.postMessage({ id: 0, result: null } satisfies Reply),
  (error) => port.postMessage({ id: 0, error: threadError(error) } satisfies Reply),
);

port.on('message', async (request: Request) => {
  try {
    const result = await handle(request);
    port.postMessage(
      { id: request.id, result } satisfies Reply,
      result instanceof ArrayBuffer ? [result] : [],
    );
  } catch (error) {
    port.postMessage({ id: request.id, error: threadError(error) } satisfies Reply);
  }
  // Once its database is closed, nothing keeps the thread: it ends.
  if (request.op === 'close') port.close();
});
