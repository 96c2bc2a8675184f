import { and, eq, isNull } from 'drizzle-orm';
import type { Transaction } from '../audit.js';
import { sources } from '../schema.js';

/** The source a new one would repeat: the same URL or, without one, the same title. */
export async function sameSource(tx: Transaction, source: { url: string | null; title: string }) {
  const [existing] = await tx
    .select()
    .from(sources)
    .where(
      source.url ? eq(sources.url, source.url) : and(eq(sources.title, source.title), isNull(sources.url)),
    );
  return existing;
}
