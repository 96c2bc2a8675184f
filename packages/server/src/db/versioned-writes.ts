// Writes shared by the mutations: optimistic concurrency for records with a `version`, and what
// makes creating a record idempotent when writers of the same record overlap.
import { and, eq, sql } from 'drizzle-orm';
import { ConflictError } from '../errors.js';
import type { Transaction } from './audit.js';
import type { companies, fundingRounds, people } from './schema.js';

type VersionedTable = typeof companies | typeof people | typeof fundingRounds;

/**
 * Applies changes to a record only if it is still at `expectedVersion` (when one is given), and
 * raises its version. The check and the write are one statement: of two concurrent updates that
 * name one version, one wins and the other gets a ConflictError naming the current version.
 */
export async function updateAtVersion<Table extends VersionedTable>(
  tx: Transaction,
  table: Table,
  id: string,
  expectedVersion: number | null | undefined,
  changes: Partial<Table['$inferInsert']>,
  what: string,
): Promise<Table['$inferSelect']> {
  const versioned = table as typeof companies;
  const [after] = await tx
    .update(versioned)
    .set({ ...changes, version: sql`${versioned.version} + 1` })
    .where(
      and(eq(versioned.id, id), expectedVersion == null ? undefined : eq(versioned.version, expectedVersion)),
    )
    .returning();
  if (after) return after as Table['$inferSelect'];
  const [current] = await tx
    .select({ version: versioned.version })
    .from(versioned)
    .where(eq(versioned.id, id));
  throw new ConflictError(
    `${what} is at version ${current?.version}, not ${expectedVersion}: read it again, then retry.`,
    current?.version ?? null,
  );
}

/** Whether an existing row already holds every fact an input gives (a list left out is empty). */
export function holdsFacts(row: Record<string, unknown>, facts: Record<string, unknown>): boolean {
  return Object.entries(facts).every(([key, value]) => {
    const empty = Array.isArray(row[key]) ? [] : null;
    return JSON.stringify(row[key] ?? null) === JSON.stringify(value ?? empty);
  });
}

/** Inserts a record unless a record has its slug: the new row, or undefined. */
export async function insertUnlessSlugTaken<Table extends typeof companies | typeof people>(
  tx: Transaction,
  table: Table,
  values: Table['$inferInsert'],
): Promise<Table['$inferSelect'] | undefined> {
  const slugged = table as typeof companies;
  const [created] = await tx
    .insert(slugged)
    .values(values as typeof companies.$inferInsert)
    .onConflictDoNothing({ target: slugged.slug })
    .returning();
  return created as Table['$inferSelect'] | undefined;
}

/**
 * Makes the writers of one natural key (a source's URL, a quote's words and speaker, the
 * citations of one fact) take turns until their transactions end, where no unique index can
 * hold the key: each one's check for an existing record then sees what the one before it wrote.
 */
export async function lockNaturalKey(
  tx: Transaction,
  kind: string,
  ...key: (string | null)[]
): Promise<void> {
  const text = JSON.stringify([kind, ...key]);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${text}, 0))`);
}
