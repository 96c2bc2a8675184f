import { partialDate } from '../../db/date-columns.js';
import type { QuoteFormValue } from '../../db/schema.js';
import { builder } from '../builder.js';
import { PartialDate } from '../shared/partial-date.js';

export const QuoteForm = builder.enumType('QuoteForm', {
  description: 'Whether a quote gives the words as said or their sense.',
  values: {
    VERBATIM: { description: 'The exact words, as the source quotes them.' },
    PARAPHRASE: { description: 'The sense of what was said, in other words.' },
  } satisfies Record<QuoteFormValue, unknown>,
});

export const Quote = builder.drizzleNode('quotes', {
  name: 'Quote',
  description: 'Something said, by a person or by a company’s people, as a source reports it.',
  // Always loaded, as Company explains; `form` also tells a quote apart in unions.
  select: { columns: { id: true, form: true } },
  id: { column: (quote) => quote.id },
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The words, exactly when VERBATIM, their sense when PARAPHRASE.',
    }),
    form: t.field({
      type: QuoteForm,
      description: 'Verbatim or paraphrase.',
      resolve: (quote) => quote.form,
    }),
    speaker: t.relation('speaker', {
      nullable: true,
      description: 'Who said it; null when the source names no one.',
    }),
    attributedTo: t.relation('attributedTo', {
      nullable: true,
      description: 'The company it is attributed to when no one is named ("Hugging Face executives").',
    }),
    attribution: t.exposeString('attribution', {
      description: 'Who said it, as the source puts it: "Gary Marcus", "Hugging Face executives".',
    }),
    about: t.relation('about', {
      description: 'The companies the quote is about.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    saidOn: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When it was said, when known.',
      select: { columns: { saidOn: true, saidOnPrecision: true } },
      resolve: (quote) => partialDate(quote.saidOn, quote.saidOnPrecision),
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that report the quote.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});
