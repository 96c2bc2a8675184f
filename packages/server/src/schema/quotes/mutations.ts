// recordQuote: what someone said, as a source reports it, with its citation; and deleteQuote.
import { z } from 'zod';
import { insertCitation } from '../../db/queries/citations.js';
import { addSubjects, sameQuote } from '../../db/queries/quotes.js';
import { insertOne } from '../../db/queries/rows.js';
import { quoteForm, quotes } from '../../db/schema.js';
import { lockNaturalKey } from '../../db/versioned-writes.js';
import { precision, reportedDate } from '../../rules/dates.js';
import { name, text } from '../../rules/text.js';
import { holdsWords } from '../../rules/words.js';
import { builder } from '../builder.js';
import { claimedValues, writeClaims } from '../shared/claim-writes.js';
import { deleteMutation } from '../shared/deletes.js';
import { writeMutation } from '../shared/mutations.js';
import { DatePrecision } from '../shared/partial-date.js';
import { References } from '../shared/references.js';
import { CitationInput, citationSchema, citedSource } from '../sources/citation.js';
import { Quote, QuoteForm } from './quote.js';

const RecordQuoteInput = builder.inputType('RecordQuoteInput', {
  description:
    'Something said, as a source reports it. It needs a speaker, or an attribution such as "Hugging Face executives".',
  fields: (t) => ({
    text: t.string({ required: true, description: 'What was said: the words, or a faithful paraphrase.' }),
    form: t.field({
      type: QuoteForm,
      required: true,
      description: 'VERBATIM (then the text must stand word for word in the excerpt) or PARAPHRASE.',
    }),
    speaker: t.string({ description: 'Who said it: a person’s slug.' }),
    attributedTo: t.string({
      description: 'The company whose people said it, when no one is named: its slug.',
    }),
    attribution: t.string({
      description: 'Who said it, as the source puts it; the speaker’s name when left out.',
    }),
    about: t.stringList({ description: 'The companies it is about: their slugs.' }),
    saidOn: t.field({ type: 'Date', description: 'When it was said, if the source says.' }),
    precision: t.field({
      type: DatePrecision,
      defaultValue: 'DAY',
      description: 'How precise `saidOn` is: DAY, MONTH, QUARTER or YEAR.',
    }),
    citation: t.field({ type: CitationInput, required: true, description: 'The excerpt that reports it.' }),
  }),
});

const recordQuoteSchema = z
  .object({
    text: text(2000),
    form: z.enum(quoteForm.enumValues),
    speaker: z.string().nullish(),
    attributedTo: z.string().nullish(),
    attribution: name.nullish(),
    about: z.array(z.string()).max(20, 'must name at most 20 companies').nullish(),
    saidOn: reportedDate.nullish(),
    precision: precision.nullish(),
    citation: citationSchema,
  })
  .refine((input) => input.speaker || input.attribution, {
    path: ['speaker'],
    message: 'a quote needs a speaker, or an attribution such as "Hugging Face executives"',
  })
  .refine((input) => input.form !== 'VERBATIM' || holdsWords(input.citation.excerpt, input.text), {
    path: ['text'],
    message: 'a VERBATIM quote must stand word for word in its excerpt',
  });

writeMutation('recordQuote', {
  type: Quote,
  description:
    'Records what someone said, with its citation. The same quote by the same speaker twice gives the same quote.',
  input: RecordQuoteInput,
  inputDescription: 'The quote.',
  schema: recordQuoteSchema,
  result: 'The quote, or why it was not recorded.',
  payload: {
    description: 'The quote recorded (or already recorded).',
    field: 'quote',
    fieldDescription: 'The quote.',
  },
  write: async (input, write) => {
    const { tx, audit } = write;
    const references = new References(tx);
    const speaker = await references.one('person', input.speaker, 'speaker');
    const company = await references.one('company', input.attributedTo, 'attributedTo');
    const subjects = await references.many('company', input.about ?? [], ['about']);
    references.check();
    const cited = await citedSource(tx, input.citation);
    const said = { text: input.text, speakerId: speaker?.id ?? null, attributedToId: company?.id ?? null };
    await lockNaturalKey(tx, 'Quote', said.text, said.speakerId, said.attributedToId);
    const existing = await sameQuote(tx, said);
    if (existing) return existing;
    const quote = await insertOne(tx, quotes, {
      ...said,
      form: input.form,
      attribution: input.attribution ?? speaker?.name ?? '',
      saidOn: input.saidOn ?? null,
      saidOnPrecision: input.saidOn ? (input.precision ?? 'DAY') : null,
    });
    await addSubjects(
      tx,
      quote.id,
      subjects.map((subject) => subject.id),
    );
    const citation = await insertCitation(tx, 'quoteId', quote.id, cited);
    await audit('Quote', null, { ...quote, about: subjects.map((subject) => subject.slug) });
    const saidOn = input.saidOn ? { date: input.saidOn, precision: input.precision ?? 'DAY' } : undefined;
    const claims = claimedValues('Quote', { text: input.text, form: input.form, saidOn });
    await writeClaims(write, { type: 'Quote', id: quote.id }, claims, citation);
    return quote;
  },
});

deleteMutation({
  type: 'Quote',
  table: quotes,
  by: 'id',
  description: 'Deletes a quote with its citations and its links to the companies it is about.',
});
