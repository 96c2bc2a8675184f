import { and, asc, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ChangeCursor, ChangeSelection } from '../../rules/changes.js';
import { type Database, queryRows } from '../connection.js';
import { apiKeys, auditLog } from '../schema.js';

export interface ChangePageOptions extends ChangeSelection {
  after?: ChangeCursor | undefined;
  before?: ChangeCursor | undefined;
  /** Newest first, for a page read backwards (`last`). */
  inverted?: boolean;
  /** How many entries to read (one more than a page shows, to know whether another follows). */
  limit: number;
}

/**
 * Audit entries in the order their transactions began, oldest first, between `after` and `before`,
 * of those `selection` asks for (`isSelected` in rules/changes.ts tells the same in memory).
 *
 * A transaction that began earlier can commit later, so an entry is shown only once every
 * transaction older than the oldest still running has ended (`pg_snapshot_xmin`): no entry can
 * then appear before one a reader has already passed.
 */
export async function changesPage(
  db: Database,
  { after, before, inverted, limit, types, companyId }: ChangePageOptions,
) {
  const place = sql`(${auditLog.transactionId}, ${auditLog.position})`;
  const conditions: (SQL | undefined)[] = [
    types ? inArray(auditLog.recordType, [...types]) : ne(auditLog.recordType, 'ApiKey'),
    sql`${auditLog.transactionId} < pg_snapshot_xmin(pg_current_snapshot())`,
    after && sql`${place} > (${after.transactionId}::xid8, ${after.position})`,
    before && sql`${place} < (${before.transactionId}::xid8, ${before.position})`,
    companyId
      ? or(
          and(eq(auditLog.recordType, 'Company'), eq(auditLog.recordId, companyId)),
          sql`coalesce(${auditLog.after}, ${auditLog.before}) ->> 'companyId' = ${companyId}`,
        )
      : undefined,
  ];
  return await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      recordType: auditLog.recordType,
      recordId: auditLog.recordId,
      before: auditLog.before,
      after: auditLog.after,
      transactionId: auditLog.transactionId,
      position: auditLog.position,
      keyName: apiKeys.name,
    })
    .from(auditLog)
    .leftJoin(apiKeys, eq(apiKeys.id, auditLog.apiKeyId))
    .where(and(...conditions))
    .orderBy(
      ...(inverted
        ? [desc(auditLog.transactionId), desc(auditLog.position)]
        : [asc(auditLog.transactionId), asc(auditLog.position)]),
    )
    .limit(limit);
}

export type ChangeRow = Awaited<ReturnType<typeof changesPage>>[number];

/** The place of the newest change the feed shows now; undefined when it shows none. */
export async function newestChange(db: Database): Promise<ChangeCursor | undefined> {
  const [row] = await changesPage(db, { inverted: true, limit: 1 });
  return row && { transactionId: row.transactionId, position: row.position };
}

/**
 * Whether committed changes are held back from the feed because an older transaction is still
 * running: the feed must be read again once it ends, which may send no notification (a rollback).
 */
export async function changesHeldBack(db: Database): Promise<boolean> {
  const [row] = await queryRows<{ held: boolean }>(
    db,
    sql`select exists (select from ${auditLog} where ${auditLog.transactionId} >= pg_snapshot_xmin(pg_current_snapshot())) as held`,
  );
  return row?.held ?? false;
}
