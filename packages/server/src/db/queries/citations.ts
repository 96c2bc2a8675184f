import { and, count, eq, max, ne, or } from 'drizzle-orm';
import type { Transaction } from '../audit.js';
import {
  CITATION_OWNERS,
  type CitationOwner,
  type CitationRow,
  citations,
  quotes,
  sources,
} from '../schema.js';
import { insertOne } from './rows.js';

/** Whether a source with this ID exists. */
export async function sourceExists(tx: Transaction, id: string): Promise<boolean> {
  const [source] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.id, id));
  return source !== undefined;
}

/** How many citations cite a source. */
export async function citationsOfSource(tx: Transaction, sourceId: string): Promise<number> {
  const [used] = await tx.select({ n: count() }).from(citations).where(eq(citations.sourceId, sourceId));
  return used?.n ?? 0;
}

/** The citation of a fact with this source and excerpt, if it has one. */
export async function findCitation(
  tx: Transaction,
  owner: CitationOwner,
  factId: string,
  sourceId: string,
  excerpt: string,
): Promise<CitationRow | undefined> {
  const [citation] = await tx
    .select()
    .from(citations)
    .where(
      and(eq(citations[owner], factId), eq(citations.sourceId, sourceId), eq(citations.excerpt, excerpt)),
    );
  return citation;
}

/**
 * Cites a source for a fact. `last` puts it after the citations the fact has; otherwise it is the
 * fact's first, main citation.
 */
export async function insertCitation(
  tx: Transaction,
  owner: CitationOwner,
  factId: string,
  citation: { sourceId: string; excerpt: string },
  place: 'first' | 'last' = 'first',
): Promise<CitationRow> {
  const [last] =
    place === 'last'
      ? await tx
          .select({ position: max(citations.position) })
          .from(citations)
          .where(eq(citations[owner], factId))
      : [];
  return insertOne(tx, citations, { ...citation, [owner]: factId, position: (last?.position ?? -1) + 1 });
}

/** The excerpts of the fact a citation supports, but for that citation's own. */
export async function otherExcerptsOfFact(tx: Transaction, citation: CitationRow): Promise<string[]> {
  const owners = CITATION_OWNERS.flatMap((owner) => {
    const id = citation[owner];
    return id ? [eq(citations[owner], id)] : [];
  });
  const rows = await tx
    .select({ excerpt: citations.excerpt })
    .from(citations)
    .where(and(or(...owners), ne(citations.id, citation.id)));
  return rows.map((row) => row.excerpt);
}

/** The quote a citation supports, if it supports one. */
export async function citedQuote(tx: Transaction, citation: CitationRow) {
  if (!citation.quoteId) return undefined;
  const [quote] = await tx.select().from(quotes).where(eq(quotes.id, citation.quoteId));
  return quote;
}
