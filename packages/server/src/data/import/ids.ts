// Record IDs. Derived from keys and slugs, so that importing the same file twice gives the same
// rows; a company or person may bring its own ID, which must name no other record.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { StoredRecords } from '../../db/queries/records.js';
import type { Issue } from './parse.js';
import type { NamedLine } from './survey.js';

/** The UUIDs the GraphQL API accepts as IDs (RFC 9562 variants). */
const uuid = z.uuid();

/** A UUID derived from a record's kind and key, so importing the same file twice gives the same rows. */
export function stableId(kind: string, key: string): string {
  const hex = createHash('sha1').update(`moat:${kind}:${key}`).digest('hex');
  // Shaped as a version 5 (name-based, SHA-1) UUID.
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** The ID a keyed record gets: a UUID key is the ID itself (as `export` writes it). */
export const keyedId = (kind: string, key: string) =>
  // Only 36 characters can be a UUID: most keys are not, and are told so cheaply.
  key.length === 36 && uuid.safeParse(key.toLowerCase()).success ? key.toLowerCase() : stableId(kind, key);

/** The ID of each company's and person's slug, from the file or the database. */
export type IdsBySlug = Record<'Company' | 'Person', Map<string, string>>;

/**
 * IDs: given, or the one the database has for the slug, or derived from the slug. One ID names
 * one record: an ID the database or an earlier line gives another slug is refused.
 */
export function assignIds(
  named: Record<'Company' | 'Person', NamedLine[]>,
  stored: StoredRecords,
  issue: Issue,
): IdsBySlug {
  const ids: IdsBySlug = { Company: new Map(), Person: new Map() };
  for (const type of ['Company', 'Person'] as const) {
    const { idBySlug, slugById } = stored[type === 'Company' ? 'companies' : 'people'];
    const idLines = new Map<string, number>();
    for (const { line, slug, id } of named[type]) {
      const known = idBySlug.get(slug);
      const holder = id && slugById.get(id);
      if (id && known && known !== id)
        issue(line, 'id', `the database has "${slug}" under another ID (${known})`);
      else if (holder && holder !== slug)
        issue(line, 'id', `the database has this ID for "${holder}", not "${slug}"`);
      else if (id && idLines.has(id)) issue(line, 'id', `this ID is already used on line ${idLines.get(id)}`);
      if (id) idLines.set(id, line);
      ids[type].set(slug, id ?? known ?? stableId(type.toLowerCase(), slug));
    }
    for (const [slug, id] of idBySlug) if (!ids[type].has(slug)) ids[type].set(slug, id);
  }
  return ids;
}
