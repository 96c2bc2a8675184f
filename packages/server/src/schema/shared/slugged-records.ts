// Companies and people are named by slug: creating one is idempotent, and an update names the
// version it read.

import type { CitedExcerpt } from '../../db/queries/citations.js';
import { findRecord } from '../../db/queries/rows.js';
import type { companies, people } from '../../db/schema.js';
import { holdsFacts, insertUnlessSlugTaken, updateAtVersion } from '../../db/versioned-writes.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { citeForClaims, claimedValues, writeClaims } from './claim-writes.js';
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
 * other facts it is a ConflictError that says how to change them (`change`). Given an excerpt
 * (`cited`), its facts are claims that the excerpt supports.
 */
export async function createBySlug<Table extends SluggedTable>(
  write: Write,
  { type, table, label }: Slugged<Table>,
  { slug, ...facts }: Table['$inferInsert'] & { slug: string },
  cited: CitedExcerpt | null | undefined,
  change: string,
): Promise<Table['$inferSelect']> {
  const { tx, audit } = write;
  const created = await insertUnlessSlugTaken(tx, table, { slug, ...facts } as Table['$inferInsert']);
  if (created) {
    await audit(type, null, created);
    if (!cited) return created;
    const subject = { type, id: created.id };
    await writeClaims(write, subject, claimedValues(type, facts), await citeForClaims(write, subject, cited));
    return (await findRecord(tx, table, { slug })) ?? created;
  }
  const existing = await findRecord(tx, table, { slug });
  if (existing && holdsFacts(existing, facts)) return existing;
  throw new ConflictError(
    `A ${label} with the slug "${slug}" is already recorded with other facts; ${change}.`,
    existing?.version ?? null,
  );
}

/**
 * Changes a record if it is still at `expectedVersion`, when one is given (else a ConflictError):
 * its name and aliases in place, its facts as claims the excerpt (`cited`) supports.
 */
export async function updateBySlug<Table extends SluggedTable>(
  write: Write,
  { type, table, label }: Slugged<Table>,
  {
    slug,
    expectedVersion,
    ...changes
  }: Partial<Table['$inferInsert']> & {
    slug: string;
    expectedVersion?: number | null;
  },
  cited: CitedExcerpt | null | undefined,
): Promise<Table['$inferSelect']> {
  const { tx, audit } = write;
  const before = await findRecord(tx, table, { slug }, { forUpdate: true });
  if (!before) throw new NotFoundError(`No ${label} has the slug "${slug}".`);
  const subject = { type, id: before.id };
  const values = claimedValues(type, changes);
  const columns = Object.fromEntries(Object.entries(changes).filter(([key]) => !(key in values))) as Partial<
    Table['$inferInsert']
  >;
  await updateAtVersion(tx, table, before.id, expectedVersion, columns, `The ${label} "${slug}"`);
  if (cited) await writeClaims(write, subject, values, await citeForClaims(write, subject, cited));
  const after = await findRecord(tx, table, { slug });
  if (!after) throw new Error(`the ${label} "${slug}" went missing`);
  await audit(type, before, after);
  return after;
}
