import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import type { ExcerptLocation } from '../../rules/excerpts.js';
import { id } from './columns.js';
import { companies, people, quotes, roles, sources } from './facts.js';
import { dealStatusChanges, fundingRounds } from './rounds.js';

/** The columns through which a citation points at its fact: exactly one of them is set. */
export const CITATION_OWNERS = [
  'companyId',
  'personId',
  'roleId',
  'quoteId',
  'fundingRoundId',
  'statusChangeId',
] as const;
export type CitationOwner = (typeof CITATION_OWNERS)[number];

/** The excerpt of a source that supports one fact (a company, person, role, quote or round). */
export const citations = pgTable(
  'citations',
  {
    id: id(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
    excerpt: text('excerpt').notNull(),
    /** Order among the citations of one fact: the main excerpt first. */
    position: smallint('position').notNull().default(0),
    /**
     * Where the excerpt stands in its source's text (a W3C TextQuoteSelector): its offsets in
     * UTF-16 code units, and up to 32 characters before and after it. All set, or none.
     */
    startOffset: integer('start_offset'),
    endOffset: integer('end_offset'),
    prefix: text('prefix'),
    suffix: text('suffix'),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id').references(() => roles.id, { onDelete: 'cascade' }),
    quoteId: uuid('quote_id').references(() => quotes.id, { onDelete: 'cascade' }),
    fundingRoundId: uuid('funding_round_id').references(() => fundingRounds.id, {
      onDelete: 'cascade',
    }),
    statusChangeId: uuid('status_change_id').references(() => dealStatusChanges.id, {
      onDelete: 'cascade',
    }),
  },
  (t) => [
    check(
      'citations_one_fact',
      sql`num_nonnulls(${sql.join(
        CITATION_OWNERS.map((owner) => t[owner]),
        sql`, `,
      )}) = 1`,
    ),
    check(
      'citations_located_whole',
      sql`num_nulls(${t.startOffset}, ${t.endOffset}, ${t.prefix}, ${t.suffix}) in (0, 4) and ${t.startOffset} <= ${t.endOffset}`,
    ),
    index('citations_status_change_idx').on(t.statusChangeId),
    index('citations_source_idx').on(t.sourceId),
    index('citations_company_idx').on(t.companyId),
    index('citations_person_idx').on(t.personId),
    index('citations_role_idx').on(t.roleId),
    index('citations_quote_idx').on(t.quoteId),
    index('citations_funding_round_idx').on(t.fundingRoundId),
  ],
);

/** Where a citation's excerpt stands in its source's text, when that is known. */
export function citationLocation(citation: {
  startOffset: number | null;
  endOffset: number | null;
  prefix: string | null;
  suffix: string | null;
}): ExcerptLocation | undefined {
  const { startOffset, endOffset, prefix, suffix } = citation;
  return startOffset === null || endOffset === null || prefix === null || suffix === null
    ? undefined
    : { startOffset, endOffset, prefix, suffix };
}

/** The fact a citation supports: the ID in whichever owner column is set. */
export function citedFactId(citation: Partial<Record<CitationOwner, string | null>>): string {
  return CITATION_OWNERS.map((owner) => citation[owner]).find((id) => id) ?? '';
}
