// The citation every recorded fact carries: a source and the excerpt of it that reports the fact.
import { eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../db/audit.js';
import { citations, sources } from '../db/schema.js';
import { ValidationError } from '../errors.js';
import { builder } from './builder.js';

export const CitationInput = builder.inputType('CitationInput', {
  description: 'The excerpt of a source that reports a fact.',
  fields: (t) => ({
    source: t.globalID({ required: true, description: 'The source (its global ID).' }),
    excerpt: t.string({ required: true, description: 'The passage, quoted exactly.' }),
  }),
});

export const citationSchema = z.object({
  source: z.object({ typename: z.literal('Source', 'must be the ID of a source'), id: z.uuid() }),
  excerpt: z.string().trim().min(1, 'must not be blank').max(2000, 'must be at most 2000 characters'),
});

/** The cited source's id; a ValidationError at `input.citation.source` when there is none. */
export async function citedSourceId(
  tx: Transaction,
  citation: z.infer<typeof citationSchema>,
): Promise<string> {
  const [source] = await tx
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.id, citation.source.id));
  if (!source)
    throw new ValidationError([{ path: ['input', 'citation', 'source'], message: 'no source has this ID' }]);
  return source.id;
}

/** The citation columns that point at a fact. */
export type CitedColumn = 'companyId' | 'personId' | 'roleId' | 'quoteId' | 'fundingRoundId';

/** Where a new citation of a fact goes: after the ones it has. */
export async function nextCitationPosition(
  tx: Transaction,
  column: CitedColumn,
  factId: string,
): Promise<number> {
  const [last] = await tx
    .select({ position: max(citations.position) })
    .from(citations)
    .where(eq(citations[column], factId));
  return (last?.position ?? -1) + 1;
}
