// The messages between the embedded database's thread (pglite-worker.ts) and the client that
// stands in for PGlite in the main thread (pglite-thread.ts).
import type { Results } from '@electric-sql/pglite';

/** What the thread is given to start: its folder, and a database to begin from (a tar). */
export interface ThreadStart {
  dataDir: string;
  loadDataDir?: Uint8Array<ArrayBuffer> | undefined;
  /** PostgreSQL's WebAssembly, compiled once in the process for all its threads. */
  wasmModule: WebAssembly.Module;
}

/** A request to the thread; `id` pairs it with its reply. */
export type Request = { id: number } & (
  | {
      op: 'query';
      sql: string;
      params: unknown[];
      rowMode: 'array' | 'object';
      /** Types whose values stay text, as the caller parses them itself. */
      textTypes: number[];
      /** The open transaction the statement belongs to. */
      transaction?: number | undefined;
    }
  /** Opens a transaction; its id, the reply, is the id of this request. */
  | { op: 'begin' }
  | { op: 'end'; transaction: number; commit: boolean }
  | { op: 'dump' }
  | { op: 'close' }
);

/** An error as it crosses threads: its message, name and fields (`code`, `detail`, …). */
export type ThreadError = { name: string; message: string } & Record<string, unknown>;

/** What a request gives: rows, a tar of the database, a transaction's id, or nothing. */
export type Result = Results | ArrayBuffer | number | null;

/** The answer to a request; the reply with id 0 says the database is open (or why it is not). */
export type Reply = { id: number; result: Result } | { id: number; error: ThreadError };
