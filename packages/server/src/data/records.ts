// The Moat record format: NDJSON, one record a line, each with a `type`. `import` reads it,
// `export` writes it, and the seed data set is kept in it. Records refer to one another by slug
// (companies, people) or by `key` (everything else); citations name their source by key.
import { z } from 'zod';
import { companyKind, dealStatus, fundingStage, quoteForm, sourceKind } from '../db/schema.js';
import { inOrder, precision, reportedDate } from '../rules/dates.js';
import { amount as decimal } from '../rules/decimals.js';
import { CONTEXT_LENGTH, documentText, type ExcerptLocation, sha256, sha256Hex } from '../rules/excerpts.js';
import { slug } from '../rules/slug.js';
import { text as trimmedText, withoutNul } from '../rules/text.js';
import { holdsWords } from '../rules/words.js';

/** Text of at most `max` characters, checked for NUL characters (no mutation input checked it). */
const text = (max: number) => withoutNul(trimmedText(max));
/** Names a record within a file; a UUID key is also the record's ID. */
const key = text(200);
const partialDate = z
  .strictObject({
    date: z.iso.date('must be a date like "2025-01-27"').pipe(reportedDate),
    precision,
  })
  .describe('A date as precisely as the source gives it; `date` is the first day of the period.');
const offset = z.number().int().min(0);
const selector = z
  .strictObject({
    start: offset.describe('Offset of its first character in the text, in UTF-16 code units.'),
    end: offset.describe('Offset just past its last character.'),
    prefix: z.string().max(CONTEXT_LENGTH).describe('The text just before it (up to 32 characters).'),
    suffix: z.string().max(CONTEXT_LENGTH).describe('The text just after it (up to 32 characters).'),
  })
  .describe('Where the excerpt stands in the source’s text (a W3C TextQuoteSelector with its offsets).');
const citation = z
  .strictObject({
    source: key.describe('The key of the cited Source.'),
    excerpt: text(2000).describe('The passage of the source that reports the fact, quoted exactly.'),
    selector: selector.optional(),
  })
  .refine((cited) => !cited.selector || cited.selector.end - cited.selector.start === cited.excerpt.length, {
    path: ['selector'],
    message: 'must span as many characters as the excerpt',
  });
const dateTime = z.iso.datetime({ offset: true, message: 'must be a date and time with its offset' });
const citations = z
  .array(citation)
  .max(1000, 'must be at most 1,000 citations')
  .default([])
  .describe('Excerpts that report the fact, the main one first.');

export const sourceRecord = z
  .strictObject({
    type: z.literal('Source'),
    key,
    kind: z.enum(sourceKind.enumValues),
    title: text(500),
    publisher: text(200).optional(),
    url: z.url('must be an absolute URL').optional(),
    publishedAt: dateTime.optional(),
    text: documentText.optional().describe('Its full text: every excerpt cited from it must occur in it.'),
    sha256: sha256Hex
      .optional()
      .describe('The sha256 of its text, lowercase hex (kept without the text too).'),
    retrievedAt: dateTime.optional().describe('When its text was retrieved.'),
    archiveUrl: z.url('must be an absolute URL').optional().describe('An archived copy.'),
  })
  .refine((source) => !source.text || !source.sha256 || source.sha256 === sha256(source.text), {
    path: ['sha256'],
    message: 'is not the sha256 of the text',
  })
  .describe('A document that reports facts.');

export const companyRecord = z
  .strictObject({
    type: z.literal('Company'),
    slug,
    id: z.uuid().toLowerCase().optional().describe('Its ID; derived from the slug when left out.'),
    name: text(200),
    kind: z.enum(companyKind.enumValues),
    description: text(2000).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, like "US"')
      .optional(),
    headquarters: text(200).optional(),
    foundedOn: partialDate.optional(),
    website: z.url('must be an absolute URL').optional(),
    aliases: z.array(text(200)).default([]),
    citations,
  })
  .describe('A company, lab, investor or other organisation.');

export const personRecord = z
  .strictObject({
    type: z.literal('Person'),
    slug,
    id: z.uuid().toLowerCase().optional().describe('Their ID; derived from the slug when left out.'),
    name: text(200),
    bio: text(2000).optional(),
    citations,
  })
  .describe('A person.');

export const roleRecord = z
  .strictObject({
    type: z.literal('Role'),
    key,
    person: slug.describe('The person’s slug.'),
    company: slug.describe('The company’s slug.'),
    title: text(200),
    since: partialDate.optional(),
    until: partialDate.optional(),
    citations,
  })
  .refine(...inOrder('since', 'until'))
  .describe('A position a person holds or held at a company.');

export const quoteRecord = z
  .strictObject({
    type: z.literal('Quote'),
    key,
    text: text(2000),
    form: z.enum(quoteForm.enumValues),
    speaker: slug.optional().describe('Who said it: a person’s slug.'),
    attributedTo: slug.optional().describe('The company whose people said it, when no one is named.'),
    attribution: text(200).describe('Who said it, as the source puts it.'),
    about: z.array(slug).default([]).describe('The companies it is about.'),
    saidOn: partialDate.optional(),
    citations,
  })
  .refine(
    (quote) => quote.form !== 'VERBATIM' || quote.citations.some((c) => holdsWords(c.excerpt, quote.text)),
    { path: ['text'], message: 'a VERBATIM quote must stand word for word in one of its excerpts' },
  )
  .describe('Something said, verbatim or paraphrased.');

const investor = z.union([
  z.strictObject({ company: slug, lead: z.boolean().default(false) }),
  z.strictObject({ person: slug, lead: z.boolean().default(false) }),
]);

export const fundingRoundRecord = z
  .strictObject({
    type: z.literal('FundingRound'),
    key,
    company: slug.describe('The company raising the money.'),
    stage: z.enum(fundingStage.enumValues),
    status: z
      .enum(dealStatus.enumValues)
      .describe('Its status now: the last of its StatusChange records, if any.'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code, like "USD"'),
    amount: decimal.optional(),
    amountUsd: decimal.optional(),
    preMoneyValuation: decimal.optional(),
    preMoneyValuationUsd: decimal.optional(),
    postMoneyValuation: decimal.optional(),
    postMoneyValuationUsd: decimal.optional(),
    announcedOn: partialDate.optional(),
    closedOn: partialDate.optional(),
    investors: z.array(investor).default([]).describe('Its investors; leads have `lead: true`.'),
    citations,
  })
  .refine(...inOrder('announcedOn', 'closedOn'))
  .describe('A round in which a company raises money.');

export const statusChangeRecord = z
  .strictObject({
    type: z.literal('StatusChange'),
    key,
    round: key.describe('The key of its FundingRound, in the same file.'),
    status: z.enum(dealStatus.enumValues),
    on: partialDate.optional(),
    recordedAt: z.iso
      .datetime({ offset: true, message: 'must be a date and time with its offset' })
      .optional()
      .describe('When Moat recorded it; orders a round’s history.'),
    citations,
  })
  .describe(
    'A status a funding round took. A round with none in the file starts its history with its `status`.',
  );

export const moatRecord = z.discriminatedUnion(
  'type',
  [
    sourceRecord,
    companyRecord,
    personRecord,
    roleRecord,
    quoteRecord,
    fundingRoundRecord,
    statusChangeRecord,
  ],
  { error: 'must be Source, Company, Person, Role, Quote, FundingRound or StatusChange' },
);

export type MoatRecord = z.infer<typeof moatRecord>;
export type CitationRecord = z.infer<typeof citation>;

/** A citation record's selector as a citation's columns; undefined when it gives none. */
export function selectorColumns({ selector: at }: CitationRecord): ExcerptLocation | undefined {
  return at && { startOffset: at.start, endOffset: at.end, prefix: at.prefix, suffix: at.suffix };
}
export type RecordType = MoatRecord['type'];
export type RecordOf<Type extends RecordType> = Extract<MoatRecord, { type: Type }>;

/** The record types, in the order a file is written and exported: each after what it refers to. */
export const RECORD_TYPES: RecordType[] = [
  'Source',
  'Company',
  'Person',
  'Role',
  'Quote',
  'FundingRound',
  'StatusChange',
];

/** The format as a JSON Schema (draft 2020-12), for editors and other tools: moat-record.schema.json. */
export function printRecordJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(moatRecord, { io: 'input' }),
    title: 'Moat record',
    description:
      'One line of a Moat NDJSON file: a source, company, person, role, quote, funding round or status change.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
