// Companies and people are named by slug: creating one is idempotent, and an update names the
// version it read.
import { findRecord } from '../../db/queries/rows.js';
import type { companies, people } from '../../db/schema.js';
import { holdsFacts, insertUnlessSlugTaken, updateAtVersion } from '../../db/versioned-writes.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { Write } from './mutations.js';

type SluggedTable = typeof companies | typeof people;

interface Slugged<Table extends SluggedTable> {
  type: 'Company' | 'Person';
  table: Table;
  /** "company", "person": how messages name it. */
  label: string;
}

/**
 * Creates a record once: the same slug with the same facts again gives the same record; with
 * other facts it is a ConflictError that says how to change them (`change`).
 */
export async function createBySlug<Table extends SluggedTable>(
  { tx, audit }: Write,
  { type, table, label }: Slugged<Table>,
  { slug, ...facts }: Table['$inferInsert'] & { slug: string },
  change: string,
): Promise<Table['$inferSelect']> {
  const created = await insertUnlessSlugTaken(tx, table, { slug, ...facts } as Table['$inferInsert']);
  if (created) {
    await audit(type, null, created);
    return created;
  }
  const existing = await findRecord(tx, table, { slug });
  if (existing && holdsFacts(existing, facts)) return existing;
  throw new ConflictError(
    `A ${label} with the slug "${slug}" is already recorded with other facts; ${change}.`,
    existing?.version ?? null,
  );
}

/** Changes a record if it is still at `expectedVersion` (else a ConflictError). */
export async function updateBySlug<Table extends SluggedTable>(
  { tx, audit }: Write,
  { type, table, label }: Slugged<Table>,
  slug: string,
  expectedVersion: number,
  changes: Partial<Table['$inferInsert']>,
): Promise<Table['$inferSelect']> {
  const before = await findRecord(tx, table, { slug });
  if (!before) throw new NotFoundError(`No ${label} has the slug "${slug}".`);
  const after = await updateAtVersion(
    tx,
    table,
    before.id,
    expectedVersion,
    changes,
    `The ${label} "${slug}"`,
  );
  await audit(type, before, after);
  return after;
}
