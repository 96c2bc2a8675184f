import { and, count, eq, max, ne, or } from 'drizzle-orm';
import type { ExcerptLocation } from '../../rules/excerpts.js';
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

/** The source with this ID, with its text when it keeps one; undefined when there is none. */
export async function storedSource(
  tx: Transaction,
  id: string,
): Promise<{ id: string; text: string | null } | undefined> {
  const [source] = await tx
    .select({ id: sources.id, text: sources.text })
    .from(sources)
    .where(eq(sources.id, id));
  return source;
}

/** A citation's own columns: its source, its excerpt and, when known, where the excerpt stands. */
export type CitedExcerpt = { sourceId: string; excerpt: string } & Partial<ExcerptLocation>;

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

/** Cites a source for a fact, after the citations the fact has (a new fact's is its first). */
export async function insertCitation(
  tx: Transaction,
  owner: CitationOwner,
  factId: string,
  citation: CitedExcerpt,
): Promise<CitationRow> {
  const [last] = await tx
    .select({ position: max(citations.position) })
    .from(citations)
    .where(eq(citations[owner], factId));
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
