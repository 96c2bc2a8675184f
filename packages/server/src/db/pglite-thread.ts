// PGlite in a worker thread (pglite-worker.ts), and in the main thread a client with the part of
// PGlite's interface that drizzle calls: `query` and `transaction`. SQL then runs on one core
// while GraphQL work runs on the other.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Results } from '@electric-sql/pglite';
import type { Reply, Request, ThreadError, ThreadStart } from './pglite-protocol.js';

/** What drizzle passes with a statement. */
interface QueryOptions {
  rowMode?: 'array' | 'object';
  /** Parsers by type; drizzle's keep their types as text, which the thread does for the same types. */
  parsers?: Record<number, unknown>;
}

/** A client whose statements run in one transaction. */
export interface ThreadTransaction {
  query<Row>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<Row>>;
}

type Call = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

/**
 * The thread's module: built beside the bundle in dist/; or, when Moat runs from its sources
 * (under tsx or vitest), the built one MOAT_PGLITE_WORKER names, if set (the tests set it: tsx
 * costs each new thread about a second of CPU), else this file's neighbour in src/, loaded
 * through tsx.
 */
function workerModule(): { file: URL | string; eval: boolean } {
  if (!import.meta.url.endsWith('.ts'))
    return { file: new URL('./pglite-worker.js', import.meta.url), eval: false };
  const built = process.env.MOAT_PGLITE_WORKER;
  if (built) return { file: built, eval: false };
  // tsx's module hooks, registered in the thread before it imports the TypeScript file (through
  // tsx's ESM interface: `require.resolve` names its CommonJS twin).
  const tsxCommonJs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const tsx = pathToFileURL(tsxCommonJs.replace(/\.cjs$/, '.mjs')).href;
  const source = new URL('./pglite-worker.ts', import.meta.url).href;
  return {
    file: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`,
    eval: true,
  };
}

/** The error as the thread reported it: PostgreSQL's message, with its `code`, `detail`, … */
function rebuildError({ name, message, ...fields }: ThreadError): Error {
  return Object.assign(new Error(message), fields, { name });
}

let wasmModule: WebAssembly.Module | undefined;

/**
 * PGlite's PostgreSQL, compiled once in this process and given to each of its threads: a thread
 * then runs the code that V8 has compiled for the threads before it, instead of compiling it
 * again. (Tests open many databases in one process: starting and closing one takes 1 s of CPU
 * instead of 2.)
 */
function pgliteWasm(): WebAssembly.Module {
  if (!wasmModule) {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    wasmModule = new WebAssembly.Module(readFileSync(join(dirname(entry), 'pglite.wasm')));
  }
  return wasmModule;
}

export class PgliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  #nextId = 1;
  #ended: Error | undefined;
  readonly #exited: Promise<void>;
  /** Settles once the database is open, or failed to open. */
  readonly ready: Promise<void>;

  constructor(start: Omit<ThreadStart, 'wasmModule'>) {
    const { file, eval: isSource } = workerModule();
    this.#worker = new Worker(file, { eval: isSource, workerData: { ...start, wasmModule: pgliteWasm() } });
    this.#exited = new Promise((resolve) => this.#worker.once('exit', () => resolve()));
    this.ready = new Promise((resolve, reject) => this.#pending.set(0, { resolve: () => resolve(), reject }));
    this.#worker.on('message', (reply: Reply) => {
      const call = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      // Idle, the thread does not keep the process alive (see `#call`).
      if (this.#pending.size === 0) this.#worker.unref();
      if ('error' in reply) call?.reject(rebuildError(reply.error));
      else call?.resolve(reply.result);
    });
    this.#worker.on('error', (error) => this.#end(error));
    this.#worker.on('exit', () => this.#end(new Error('The embedded database is closed.')));
  }

  /** Refuses every call from now on, and those still waiting, with `error`. */
  #end(error: Error): void {
    this.#ended ??= error;
    for (const call of this.#pending.values()) call.reject(error);
    this.#pending.clear();
  }

  #call<Result>(call: Call): Promise<Result> {
    if (this.#ended) return Promise.reject(this.#ended);
    const id = this.#nextId++;
    // A call waiting for its reply keeps the process alive, as a socket waiting for a reply would.
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise<Result>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.#worker.postMessage({ ...call, id } as Request);
    });
  }

  #query<Row>(
    sql: string,
    params: unknown[] = [],
    options: QueryOptions = {},
    transaction?: number,
  ): Promise<Results<Row>> {
    return this.#call({
      op: 'query',
      sql,
      params,
      rowMode: options.rowMode ?? 'object',
      textTypes: Object.keys(options.parsers ?? {}).map(Number),
      transaction,
    });
  }

  query<Row>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<Row>> {
    return this.#query(sql, params, options);
  }

  /**
   * Runs `callback` in a transaction: committed when it resolves, rolled back when it throws.
   * Other statements wait in the thread until it ends, as they do in PGlite.
   */
  async transaction<Result>(callback: (tx: ThreadTransaction) => Promise<Result>): Promise<Result> {
    const id = await this.#call<number>({ op: 'begin' });
    let result: Result;
    try {
      result = await callback({
        query: (sql, params, options) => this.#query(sql, params, options, id),
      });
    } catch (error) {
      await this.#call({ op: 'end', transaction: id, commit: false }).catch(() => {});
      throw error;
    }
    await this.#call({ op: 'end', transaction: id, commit: true });
    return result;
  }

  /** The database's files as an uncompressed tar. */
  async dumpDataDir(_compression: 'none'): Promise<Blob> {
    return new Blob([await this.#call<ArrayBuffer>({ op: 'dump' })]);
  }

  /** Closes the database and ends the thread. */
  async close(): Promise<void> {
    await this.#call({ op: 'close' }).catch(() => {});
    this.#worker.ref();
    await this.#exited;
  }
}
