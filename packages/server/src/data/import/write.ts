// Writes an import's planned rows, table by table in batches, with an audit entry for each
// record it creates. Rows already in the database are kept as they are.
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../../db/audit.js';
import * as tables from '../../db/schema.js';
import { RECORD_TYPES, type RecordType } from '../records.js';

/** The tables an import writes, in order, each with the record type its rows are (for the audit log and the summary). */
export const TABLES = [
  ['sources', tables.sources, 'Source'],
  ['companies', tables.companies, 'Company'],
  ['people', tables.people, 'Person'],
  ['roles', tables.roles, 'Role'],
  ['quotes', tables.quotes, 'Quote'],
  ['quoteSubjects', tables.quoteSubjects, undefined],
  ['fundingRounds', tables.fundingRounds, 'FundingRound'],
  ['investments', tables.investments, undefined],
  ['dealStatusChanges', tables.dealStatusChanges, 'StatusChange'],
  ['citations', tables.citations, undefined],
  ['claims', tables.claims, 'Claim'],
  ['claimCitations', tables.claimCitations, undefined],
] as const satisfies readonly (readonly [string, PgTable, RecordType | undefined])[];

/** What the file's records become: rows per table. */
export type Plan = { [Entry in (typeof TABLES)[number] as Entry[0]]: Entry[1]['$inferInsert'][] };

/**
 * What a row belongs to, for the tables whose rows belong to a record: they are written only
 * with a record the import creates, so a record kept as it was gets no new citations or history.
 */
const OWNER: Partial<Record<keyof Plan, (row: Record<string, unknown>) => unknown>> = {
  quoteSubjects: (row) => row.quoteId,
  investments: (row) => row.roundId,
  dealStatusChanges: (row) => row.roundId,
  citations: (row) => tables.citedFactId(row as Partial<Record<tables.CitationOwner, string>>),
  claims: (row) => tables.citedFactId(row as Partial<Record<tables.CitationOwner, string>>),
  claimCitations: (row) => row.claimId,
};

/** Rows a statement inserts at most: under PostgreSQL's 65,535 parameters for the widest table. */
const BATCH = 2000;

/** A count per record type, all zero. */
export const emptyCounts = () =>
  Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;

/** An audit entry for each record the import created, as it was written. */
const auditEntries = (recordType: RecordType, rows: { id: string }[]) =>
  rows.map((row) => ({ mutation: 'import', recordType, recordId: row.id, before: null, after: row }));

/**
 * Writes the planned rows and returns how many records of each type were new. `onProgress`
 * gets the rows done so far, of how many.
 */
export async function writePlan(
  tx: Transaction,
  rows: Plan,
  onProgress?: (done: number, total: number) => void,
): Promise<Record<RecordType, number>> {
  const written = emptyCounts();
  const total = TABLES.reduce((sum, [name]) => sum + rows[name].length, 0);
  let done = 0;
  const created = new Set<string>();
  for (const [name, table, recordType] of TABLES) {
    const owner = OWNER[name];
    const list = owner
      ? rows[name].filter((row) => created.has(owner(row as Record<string, unknown>) as string))
      : rows[name];
    for (let at = 0; at < list.length; at += BATCH) {
      const batch = list.slice(at, at + BATCH);
      // `returning` gives only the new rows: the others were in the database already.
      const inserted = (await tx
        .insert(table)
        .values(batch as never)
        .onConflictDoNothing()
        .returning()) as { id: string }[];
      if (recordType) {
        for (const row of inserted) created.add(row.id);
        written[recordType] += inserted.length;
        if (inserted.length > 0) await tx.insert(tables.auditLog).values(auditEntries(recordType, inserted));
      }
      onProgress?.(done + at + batch.length, total);
    }
    done += rows[name].length;
    onProgress?.(done, total);
  }
  return written;
}
