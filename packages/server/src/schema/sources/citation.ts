// The citation every recorded fact carries: a source and the excerpt of it that reports the fact.
import { z } from 'zod';
import type { Transaction } from '../../db/audit.js';
import { type CitedExcerpt, storedSource } from '../../db/queries/citations.js';
import { citationLocation } from '../../db/schema.js';
import { ValidationError } from '../../errors.js';
import { type ExcerptLocation, locateExcerpt, notInText } from '../../rules/excerpts.js';
import { text } from '../../rules/text.js';
import { builder } from '../builder.js';
import { globalIdOf } from '../shared/global-ids.js';

const TextQuoteSelector = builder
  .objectRef<ExcerptLocation & { exact: string }>('TextQuoteSelector')
  .implement({
    description:
      'Where an excerpt stands in its source’s text, as the W3C Web Annotation TextQuoteSelector gives it, with its offsets.',
    fields: (t) => ({
      exact: t.exposeString('exact', { description: 'The excerpt, as it stands in the text.' }),
      prefix: t.exposeString('prefix', { description: 'Up to 32 characters of the text just before it.' }),
      suffix: t.exposeString('suffix', { description: 'Up to 32 characters of the text just after it.' }),
      start: t.exposeInt('startOffset', {
        description: 'Offset of its first character in the text, in UTF-16 code units.',
      }),
      end: t.exposeInt('endOffset', { description: 'Offset just past its last character.' }),
    }),
  });

export const Citation = builder.drizzleNode('citations', {
  name: 'Citation',
  description: 'The excerpt of a source that supports a fact.',
  // Always loaded, as Company explains.
  select: { columns: { id: true, excerpt: true } },
  id: { column: (citation) => citation.id },
  fields: (t) => ({
    excerpt: t.string({
      description: 'The passage of the source, quoted exactly.',
      resolve: (citation) => citation.excerpt,
    }),
    source: t.relation('source', { description: 'The document the excerpt comes from.' }),
    selector: t.field({
      type: TextQuoteSelector,
      nullable: true,
      description: 'Where the excerpt stands in the source’s text; null when its place is not known.',
      select: { columns: { startOffset: true, endOffset: true, prefix: true, suffix: true } },
      resolve: (citation) => {
        const at = citationLocation(citation);
        return at ? { exact: citation.excerpt, ...at } : null;
      },
    }),
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

/**
 * The citation as its columns: its source's ID, the excerpt and, when the source keeps its text,
 * where the excerpt stands in it. A ValidationError at `input.citation.source` when no source
 * has the ID, and at `input.citation.excerpt` when the excerpt is not in the source's text.
 */
export async function citedSource(tx: Transaction, citation: CitationFacts): Promise<CitedExcerpt> {
  const source = await storedSource(tx, citation.source.id);
  if (!source)
    throw new ValidationError([{ path: ['input', 'citation', 'source'], message: 'no source has this ID' }]);
  const cited = { sourceId: source.id, excerpt: citation.excerpt };
  if (source.text === null) return cited;
  const location = locateExcerpt(source.text, citation.excerpt);
  if (!location)
    throw new ValidationError([
      { path: ['input', 'citation', 'excerpt'], message: notInText(source.text, citation.excerpt) },
    ]);
  return { ...cited, ...location };
}
