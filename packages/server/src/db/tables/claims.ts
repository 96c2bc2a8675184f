import { sql } from 'drizzle-orm';
import {
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CLAIM_RANKS, type ClaimSubjectType } from '../../rules/claims.js';
import { apiKeys } from './access.js';
import { citations } from './citations.js';
import { id } from './columns.js';
import { companies, people, quotes, roles } from './facts.js';
import { fundingRounds } from './rounds.js';

export const claimRank = pgEnum('claim_rank', CLAIM_RANKS);

/** The column through which a claim points at its record, for each type of record that has claims. */
export const CLAIM_SUBJECTS = {
  Company: 'companyId',
  Person: 'personId',
  Role: 'roleId',
  Quote: 'quoteId',
  FundingRound: 'fundingRoundId',
} as const satisfies Record<ClaimSubjectType, string>;
type SubjectColumn = (typeof CLAIM_SUBJECTS)[ClaimSubjectType];

/**
 * What one or more sources say one property of a record is: a value (null: the record has none),
 * a rank, and who recorded it when. Its citations are in claim_citations; the record's own
 * column holds the value the claims resolve to.
 */
export const claims = pgTable(
  'claims',
  {
    id: id(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id').references(() => roles.id, { onDelete: 'cascade' }),
    quoteId: uuid('quote_id').references(() => quotes.id, { onDelete: 'cascade' }),
    fundingRoundId: uuid('funding_round_id').references(() => fundingRounds.id, { onDelete: 'cascade' }),
    /** The GraphQL field it is about, such as `amount`. */
    property: text('property').notNull(),
    value: jsonb('value'),
    /** What decides whether two claims agree (rules/claims.ts `valueKey`): one claim per value. */
    valueKey: text('value_key').notNull(),
    rank: claimRank('rank').notNull().default('NORMAL'),
    deprecationReason: text('deprecation_reason'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** The key that recorded it; null when it came from an import or a migration. */
    apiKeyId: uuid('api_key_id').references(() => apiKeys.id, { onDelete: 'restrict' }),
  },
  (t) => {
    const subjects = Object.values(CLAIM_SUBJECTS).map((column: SubjectColumn) => t[column]);
    return [
      check('claims_one_subject', sql`num_nonnulls(${sql.join(subjects, sql`, `)}) = 1`),
      check(
        'claims_deprecated_with_reason',
        sql`(${t.rank} = 'DEPRECATED') = (${t.deprecationReason} is not null)`,
      ),
      uniqueIndex('claims_value_unique').on(
        sql`coalesce(${sql.join(subjects, sql`, `)})`,
        t.property,
        t.valueKey,
      ),
      ...Object.values(CLAIM_SUBJECTS).map((column: SubjectColumn) =>
        index(`claims_${t[column].name}_idx`).on(t[column], t.property),
      ),
    ];
  },
);

/** The citations that support a claim: excerpts of the record's own citations. */
export const claimCitations = pgTable(
  'claim_citations',
  {
    claimId: uuid('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    citationId: uuid('citation_id')
      .notNull()
      .references(() => citations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.citationId] }),
    index('claim_citations_citation_idx').on(t.citationId),
  ],
);
