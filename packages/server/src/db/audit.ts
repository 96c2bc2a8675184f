import type { Context } from '../context.js';
import type { Database } from './connection.js';
import { auditLog } from './schema.js';

/** A transaction's handle: what `db.transaction` passes to its callback. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface AuditEntry {
  mutation: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

/** Records a write in the same transaction as the write, so that neither lands without the other. */
export async function recordWrite(tx: Transaction, auth: Context['auth'], entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    ...entry,
    apiKeyId: auth.kind === 'valid' ? auth.key.id : null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** What a committed transaction wrote: its audit entries, or anything at all (an import). */
export type Committed = readonly AuditEntry[] | 'everything';

const commitListeners = new WeakMap<Database, Set<(written: Committed) => void>>();

/** Calls `listener` after each write to `db` commits: the response cache forgets what it made stale. */
export function onCommitted(db: Database, listener: (written: Committed) => void): void {
  const listeners = commitListeners.get(db) ?? new Set();
  commitListeners.set(db, listeners);
  listeners.add(listener);
}

/** Tells the listeners of `db` what a transaction wrote, once it has committed. */
export function committed(db: Database, written: Committed): void {
  for (const listener of commitListeners.get(db) ?? []) listener(written);
}
