// The citation every recorded fact carries: a source and the excerpt of it that reports the fact.
import { z } from 'zod';
import type { Transaction } from '../../db/audit.js';
import { storedSourceId } from '../../db/queries/citations.js';
import { ValidationError } from '../../errors.js';
import { text } from '../../rules/text.js';
import { builder } from '../builder.js';
import { globalIdOf } from '../shared/global-ids.js';

export const Citation = builder.drizzleNode('citations', {
  name: 'Citation',
  description: 'The excerpt of a source that supports a fact.',
  id: { column: (citation) => citation.id },
  fields: (t) => ({
    excerpt: t.exposeString('excerpt', { description: 'The passage of the source, quoted exactly.' }),
    source: t.relation('source', { description: 'The document the excerpt comes from.' }),
  }),
});

export const CitationInput = builder.inputType('CitationInput', {
  description: 'The excerpt of a source that reports a fact.',
  fields: (t) => ({
    source: t.globalID({ required: true, description: 'The source (its global ID).' }),
    excerpt: t.string({ required: true, description: 'The passage, quoted exactly.' }),
  }),
});

export const citationSchema = z.object({ source: globalIdOf('Source', 'a source'), excerpt: text(2000) });
export type CitationFacts = z.infer<typeof citationSchema>;

/** The citation as its columns: its source's ID and the excerpt. A ValidationError at
 * `input.citation.source` when no source has the ID. */
export async function citedSource(tx: Transaction, citation: CitationFacts) {
  const sourceId = await storedSourceId(tx, citation.source.id);
  if (!sourceId)
    throw new ValidationError([{ path: ['input', 'citation', 'source'], message: 'no source has this ID' }]);
  return { sourceId, excerpt: citation.excerpt };
}
