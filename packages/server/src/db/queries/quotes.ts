import { and, eq, isNull } from 'drizzle-orm';
import type { Transaction } from '../audit.js';
import { type QuoteRow, quoteSubjects, quotes } from '../schema.js';

/** The quote a new one would repeat: the same words by the same speaker (or company). */
export async function sameQuote(
  tx: Transaction,
  quote: { text: string; speakerId: string | null; attributedToId: string | null },
): Promise<QuoteRow | undefined> {
  const [existing] = await tx
    .select()
    .from(quotes)
    .where(
      and(
        eq(quotes.text, quote.text),
        quote.speakerId ? eq(quotes.speakerId, quote.speakerId) : isNull(quotes.speakerId),
        quote.attributedToId
          ? eq(quotes.attributedToId, quote.attributedToId)
          : isNull(quotes.attributedToId),
      ),
    );
  return existing;
}

/** Records which companies a quote is about. */
export async function addSubjects(tx: Transaction, quoteId: string, companyIds: string[]): Promise<void> {
  if (companyIds.length > 0)
    await tx.insert(quoteSubjects).values(companyIds.map((companyId) => ({ quoteId, companyId })));
}
