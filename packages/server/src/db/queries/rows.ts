import { eq, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../audit.js';
import type { citations, companies, fundingRounds, people, quotes, roles, sources } from '../schema.js';

/** The tables of records with a global ID that mutations name; companies and people have a `slug` too. */
export type RecordTable =
  | typeof companies
  | typeof people
  | typeof roles
  | typeof quotes
  | typeof fundingRounds
  | typeof sources
  | typeof citations;

/**
 * A record, by its slug or its ID. With `forUpdate`, it stays locked until the transaction ends:
 * writers of one record then take turns, each reading what the one before it wrote.
 */
export async function findRecord<Table extends RecordTable>(
  tx: Transaction,
  table: Table,
  key: { slug: string } | { id: string },
  { forUpdate = false } = {},
): Promise<Table['$inferSelect'] | undefined> {
  const withSlug = table as typeof companies;
  const where = 'slug' in key ? eq(withSlug.slug, key.slug) : eq(table.id, key.id);
  const query = tx
    .select()
    .from(table as typeof companies)
    .where(where);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row as Table['$inferSelect'] | undefined;
}

/** Deletes a record; its foreign keys say what goes with it. */
export async function deleteRecord(tx: Transaction, table: RecordTable, id: string): Promise<void> {
  await tx.delete(table).where(eq(table.id, id));
}

/** Inserts one row and returns it as stored. */
export async function insertOne<Table extends PgTable & { $inferInsert: unknown; $inferSelect: unknown }>(
  tx: Transaction,
  table: Table,
  values: Table['$inferInsert'],
): Promise<Table['$inferSelect']> {
  const [row] = (await tx
    .insert(table)
    .values(values as never)
    .returning()) as Table['$inferSelect'][];
  if (!row) throw new Error(`no row was stored in ${getTableName(table)}`);
  return row;
}
