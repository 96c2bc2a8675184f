// The Moat record format: NDJSON, one record a line, each with a `type`. `import` reads it,
// `export` writes it, and the seed data set is kept in it. Records refer to one another by slug
// (companies, people) or by `key` (everything else); citations name their source by key.
// Version 2 files begin with a header line and may hold Claim records; a file without the
// header is version 1, whose plain values are read as claims the way version 2 reads them.
import { z } from 'zod';
import { companyKind, dealStatus, fundingStage, quoteForm, sourceKind } from '../db/schema.js';
import {
  CLAIM_RANKS,
  CLAIM_SUBJECT_TYPES,
  CLAIMED_PROPERTIES,
  type ClaimSubjectType,
  hasProperty,
  REQUIRED_PROPERTIES,
  valueKind,
} from '../rules/claims.js';
import { inOrder, precision, reportedDate } from '../rules/dates.js';
import { amount as decimal } from '../rules/decimals.js';
import { CONTEXT_LENGTH, documentText, type ExcerptLocation, sha256, sha256Hex } from '../rules/excerpts.js';
import { slug } from '../rules/slug.js';
import { text as trimmedText, withoutNul } from '../rules/text.js';
import { webAddressText } from '../rules/web-addresses.js';
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
    url: webAddressText.optional(),
    publishedAt: dateTime.optional(),
    text: documentText.optional().describe('Its full text: every excerpt cited from it must occur in it.'),
    sha256: sha256Hex
      .optional()
      .describe('The sha256 of its text, lowercase hex (kept without the text too).'),
    retrievedAt: dateTime.optional().describe('When its text was retrieved.'),
    archiveUrl: webAddressText.optional().describe('An archived copy.'),
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
    website: webAddressText.optional(),
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

/** The version a file's header names: the one this Moat writes. */
export const FORMAT_VERSION = 2;

export const headerRecord = z
  .strictObject({
    type: z.literal('Moat'),
    version: z.literal(FORMAT_VERSION, `must be ${FORMAT_VERSION}, the version this Moat reads and writes`),
  })
  .describe(
    'The first line of a version 2 file. A file without it is version 1, which has no Claim records.',
  );

/** Each field that takes claims, by record type, as its record gives it (required or not). */
const CLAIMED_FIELDS: Record<ClaimSubjectType, Record<string, z.ZodType>> = {
  Company: companyRecord.shape,
  Person: personRecord.shape,
  Role: roleRecord.shape,
  Quote: quoteRecord.shape,
  FundingRound: fundingRoundRecord.shape,
};

/**
 * The value a Claim may give a property: the shape of its record's field of that name, or null
 * (the source says there is none) unless the record cannot be without it.
 */
function claimValue(type: ClaimSubjectType, property: string): z.ZodType {
  const field = CLAIMED_FIELDS[type][property];
  const value = (
    field instanceof z.ZodOptional || field instanceof z.ZodDefault ? field.unwrap() : field
  ) as z.ZodType;
  return REQUIRED_PROPERTIES[type]?.includes(property) ? value : value.nullable();
}

/** A Claim's `record`: the type and the slug or key of the record it is about. */
const claimedRecord = z
  .string()
  .regex(
    new RegExp(`^(${CLAIM_SUBJECT_TYPES.join('|')}):.`),
    `must name a record as "Type:slug-or-key", like "FundingRound:openai-2025", of type ${CLAIM_SUBJECT_TYPES.join(', ')}`,
  )
  .describe('The record it is about, as "Type:slug-or-key": "Company:openai", "FundingRound:openai-2025".');

export const claimRecord = z
  .strictObject({
    type: z.literal('Claim'),
    record: claimedRecord,
    property: z
      .string()
      .describe('The property it is about: a field of the record that takes claims, like `amount`.'),
    value: z
      .unknown()
      .refine(
        (value) => value !== undefined,
        'is required: the value claimed, or null if the source says there is none',
      )
      .describe(
        'The value claimed, shaped as the record’s field of the same name (an amount is in the round’s currency); null: the source says there is none.',
      ),
    valueUsd: decimal.optional().describe('For an amount of money: the value in US dollars, where known.'),
    citations: z
      .array(citation)
      .min(1, 'must have at least one citation')
      .max(1000, 'must be at most 1,000 citations')
      .describe(
        'The excerpts that support it: each one of its record’s citations (same source and excerpt).',
      ),
    rank: z
      .enum(CLAIM_RANKS)
      .default('NORMAL')
      .describe('PREFERRED wins; NORMAL claims resolve together; DEPRECATED ones never win.'),
    reason: text(2000).optional().describe('Why it is DEPRECATED: required then, and only then.'),
    recordedAt: dateTime.optional().describe('When Moat recorded it; now, in line order, when left out.'),
  })
  .transform((claim, ctx) => {
    const problem = (path: PropertyKey[], message: string) =>
      ctx.issues.push({ code: 'custom', path, message, input: claim });
    const type = claim.record.split(':')[0] as ClaimSubjectType;
    if (claim.rank === 'DEPRECATED' && !claim.reason)
      problem(['reason'], 'is required for a DEPRECATED claim');
    if (claim.rank !== 'DEPRECATED' && claim.reason) problem(['reason'], 'is only for a DEPRECATED claim');
    if (!hasProperty(type, claim.property)) {
      problem(
        ['property'],
        `a ${type} has no property "${claim.property}" that takes claims; it has ${Object.keys(CLAIMED_PROPERTIES[type]).join(', ')}`,
      );
      return z.NEVER;
    }
    const value = claimValue(type, claim.property).safeParse(claim.value);
    for (const issue of value.error?.issues ?? []) problem(['value', ...issue.path], issue.message);
    if (claim.valueUsd !== undefined && valueKind(type, claim.property) !== 'money')
      problem(['valueUsd'], 'is only for an amount of money');
    return { ...claim, value: value.data };
  })
  .describe(
    'What sources say one property of a record is (format version 2): a value, the excerpts that support it, and its rank.',
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
    claimRecord,
  ],
  { error: 'must be Source, Company, Person, Role, Quote, FundingRound, StatusChange or Claim' },
);

export type MoatRecord = z.infer<typeof moatRecord>;
/** A record as a file gives it, before defaults are filled in: what `export` writes. */
export type MoatRecordInput = z.input<typeof moatRecord>;
/** A Claim's value as a file gives it. */
export type ClaimValue = z.input<typeof claimRecord>['value'];
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
  'Claim',
];

/** The format as a JSON Schema (draft 2020-12), for editors and other tools: moat-record.schema.json. */
export function printRecordJsonSchema(): string {
  const line = z.discriminatedUnion('type', [headerRecord, ...moatRecord.options]);
  const schema = {
    ...z.toJSONSchema(line, { io: 'input' }),
    title: 'Moat record',
    description:
      'One line of a Moat NDJSON file (format version 2): the header, then sources, companies, people, roles, quotes, funding rounds, status changes and claims.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
