import { inArray } from 'drizzle-orm';
import type { Transaction } from '../audit.js';
import { companies, people } from '../schema.js';

const TABLES = { company: companies, person: people };

/** The companies or people with these slugs: each one's ID, slug and name. */
export async function bySlugs(tx: Transaction, kind: keyof typeof TABLES, slugs: string[]) {
  if (slugs.length === 0) return [];
  const table = TABLES[kind] as typeof companies;
  return tx
    .select({ id: table.id, slug: table.slug, name: table.name })
    .from(table)
    .where(inArray(table.slug, slugs));
}
