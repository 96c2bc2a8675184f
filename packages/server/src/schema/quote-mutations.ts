// recordQuote: what someone said, as a source reports it, with its citation.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordWrite } from '../db/audit.js';
import { citations, companies, people, quoteForm, quoteSubjects, quotes } from '../db/schema.js';
import { parseInput, ValidationError, type ValidationIssue } from '../errors.js';
import { builder } from './builder.js';
import { CitationInput, citationSchema, citedSourceId } from './citation-input.js';
import { WRITE_ERRORS } from './errors.js';
import { holdsWords, pastDate } from './input-rules.js';
import { DatePrecision } from './partial-date.js';
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

const inputSchema = z
  .object({
    text: z.string().trim().min(1, 'must not be blank').max(2000, 'must be at most 2000 characters'),
    form: z.enum(quoteForm.enumValues),
    speaker: z.string().nullish(),
    attributedTo: z.string().nullish(),
    attribution: z.string().trim().min(1, 'must not be blank').max(200).nullish(),
    about: z.array(z.string()).max(20, 'must name at most 20 companies').nullish(),
    saidOn: pastDate,
    precision: z.enum(['DAY', 'MONTH', 'QUARTER', 'YEAR']).nullish(),
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

builder.mutationField('recordQuote', (t) =>
  t.field({
    type: Quote,
    description:
      'Records what someone said, with its citation. The same quote by the same speaker twice gives the same quote.',
    authScopes: { write: true },
    args: { input: t.arg({ type: RecordQuoteInput, required: true, description: 'The quote.' }) },
    errors: {
      types: WRITE_ERRORS,
      union: { name: 'RecordQuoteResult', description: 'The quote, or why it was not recorded.' },
      result: { name: 'RecordQuotePayload', description: 'The quote recorded (or already recorded).' },
      dataField: { name: 'quote', description: 'The quote.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(inputSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const issues: ValidationIssue[] = [];
        const [speaker] = input.speaker
          ? await tx
              .select({ id: people.id, name: people.name })
              .from(people)
              .where(eq(people.slug, input.speaker))
          : [];
        if (input.speaker && !speaker)
          issues.push({ path: ['input', 'speaker'], message: `no person has the slug "${input.speaker}"` });
        const [company] = input.attributedTo
          ? await tx
              .select({ id: companies.id })
              .from(companies)
              .where(eq(companies.slug, input.attributedTo))
          : [];
        if (input.attributedTo && !company)
          issues.push({
            path: ['input', 'attributedTo'],
            message: `no company has the slug "${input.attributedTo}"`,
          });
        const about = input.about ?? [];
        const subjects = about.length
          ? await tx
              .select({ id: companies.id, slug: companies.slug })
              .from(companies)
              .where(inArray(companies.slug, about))
          : [];
        about.forEach((slug, index) => {
          if (!subjects.some((subject) => subject.slug === slug))
            issues.push({
              path: ['input', 'about', String(index)],
              message: `no company has the slug "${slug}"`,
            });
        });
        if (issues.length > 0) throw new ValidationError(issues);
        const sourceId = await citedSourceId(tx, input.citation);

        // The same words by the same speaker (or company) are one quote, however often recorded.
        const [existing] = await tx
          .select()
          .from(quotes)
          .where(
            and(
              eq(quotes.text, input.text),
              speaker ? eq(quotes.speakerId, speaker.id) : isNull(quotes.speakerId),
              company ? eq(quotes.attributedToId, company.id) : isNull(quotes.attributedToId),
            ),
          );
        if (existing) return existing;

        const [quote] = await tx
          .insert(quotes)
          .values({
            text: input.text,
            form: input.form,
            speakerId: speaker?.id ?? null,
            attributedToId: company?.id ?? null,
            attribution: input.attribution ?? speaker?.name ?? '',
            saidOn: input.saidOn ?? null,
            saidOnPrecision: input.saidOn ? (input.precision ?? 'DAY') : null,
          })
          .returning();
        if (!quote) throw new Error('the quote was not stored');
        if (subjects.length > 0)
          await tx
            .insert(quoteSubjects)
            .values(subjects.map((subject) => ({ quoteId: quote.id, companyId: subject.id })));
        await tx.insert(citations).values({ sourceId, excerpt: input.citation.excerpt, quoteId: quote.id });
        await recordWrite(tx, ctx.auth, {
          mutation: 'recordQuote',
          recordType: 'Quote',
          recordId: quote.id,
          before: null,
          after: { ...quote, about: subjects.map((subject) => subject.slug) },
        });
        return quote;
      });
    },
  }),
);
