// Sources and the facts they report: companies, people, their roles and quotes.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { disputed, id, slug, slugCheck } from './columns.js';
import { companyKind, datePrecision, quoteForm, sourceKind } from './enums.js';
import { newestFirstKey, oldestFirstKey } from './sort-keys.js';

export const sources = pgTable(
  'sources',
  {
    id: id(),
    kind: sourceKind('kind').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    url: text('url'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    /** The document's full text, when it is kept: then every excerpt must occur in it. */
    text: text('text'),
    /** The sha256 of the text (hex), kept even where the text itself is not. */
    contentSha256: text('content_sha256'),
    retrievedAt: timestamp('retrieved_at', { withTimezone: true, mode: 'date' }),
    archiveUrl: text('archive_url'),
  },
  (t) => [
    index('sources_title_idx').on(t.title, t.id),
    index('sources_kind_idx').on(t.kind),
    check('sources_sha256_hex', sql`${t.contentSha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const companies = pgTable(
  'companies',
  {
    id: id(),
    slug: slug(),
    name: text('name').notNull(),
    kind: companyKind('kind').notNull(),
    description: text('description'),
    country: text('country'),
    headquarters: text('headquarters'),
    foundedOn: date('founded_on'),
    foundedOnPrecision: datePrecision('founded_on_precision'),
    website: text('website'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** The properties whose claims disagree, none preferred (rules/claims.ts); kept with the values. */
    disputed: disputed(),
    /** Raised by every update; an update that names an older version is refused (a conflict). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    slugCheck(t, 'companies_slug_format'),
    check('companies_country_code', sql`${t.country} ~ '^[A-Z]{2}$'`),
    // A list filtered by kind or country, in name order, reads its page from one of these.
    index('companies_kind_idx').on(t.kind, t.name, t.id),
    index('companies_country_idx').on(t.country, t.name, t.id),
    // Matches the default ordering (name, then id), so a page stops after `first` rows.
    index('companies_name_idx').on(t.name, t.id),
    // Search (db/queries/search.ts) walks these in order of trigram distance: nearest first.
    index('companies_name_trgm_idx').using('gist', sql`lower(${t.name}) gist_trgm_ops(siglen=256)`),
    index('companies_aliases_trgm_idx')
      .using('gist', sql`search_aliases(${t.aliases}) gist_trgm_ops(siglen=256)`)
      .where(sql`${t.aliases} <> '{}'`),
  ],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    slug: slug(),
    name: text('name').notNull(),
    bio: text('bio'),
    /** The properties whose claims disagree, none preferred (rules/claims.ts); kept with the values. */
    disputed: disputed(),
    /** Raised by every update; an update that names an older version is refused (a conflict). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    slugCheck(t, 'people_slug_format'),
    index('people_name_idx').on(t.name, t.id),
    index('people_name_trgm_idx').using('gist', sql`lower(${t.name}) gist_trgm_ops(siglen=256)`),
  ],
);

export const roles = pgTable(
  'roles',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    since: date('since'),
    sincePrecision: datePrecision('since_precision'),
    until: date('until'),
    untilPrecision: datePrecision('until_precision'),
    /** The properties whose claims disagree, none preferred (rules/claims.ts); kept with the values. */
    disputed: disputed(),
  },
  (t) => [
    index('roles_person_idx').on(t.personId),
    index('roles_company_idx').on(t.companyId),
    check('roles_dates_in_order', sql`${t.until} is null or ${t.since} is null or ${t.since} <= ${t.until}`),
  ],
);

export const quotes = pgTable(
  'quotes',
  {
    id: id(),
    text: text('text').notNull(),
    form: quoteForm('form').notNull(),
    speakerId: uuid('speaker_id').references(() => people.id, { onDelete: 'set null' }),
    attributedToId: uuid('attributed_to_id').references(() => companies.id, {
      onDelete: 'set null',
    }),
    attribution: text('attribution').notNull(),
    saidOn: date('said_on'),
    saidOnPrecision: datePrecision('said_on_precision'),
    /** The properties whose claims disagree, none preferred (rules/claims.ts); kept with the values. */
    disputed: disputed(),
  },
  (t) => [
    index('quotes_speaker_idx').on(t.speakerId),
    index('quotes_attributed_to_idx').on(t.attributedToId),
    index('quotes_form_idx').on(t.form),
    index('quotes_said_on_idx').on(t.saidOn),
    // One per QuoteOrder: its sort key then the ID, read backwards for the newest first.
    index('quotes_newest_idx').on(newestFirstKey(t.saidOn), t.id),
    index('quotes_oldest_idx').on(oldestFirstKey(t.saidOn), t.id),
    index('quotes_text_trgm_idx').using('gist', sql`lower(${t.text}) gist_trgm_ops(siglen=256)`),
    index('quotes_text_fts_idx').using('gin', sql`to_tsvector('english', ${t.text})`),
  ],
);

/** Which companies a quote is about (many to many). */
export const quoteSubjects = pgTable(
  'quote_subjects',
  {
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.quoteId, t.companyId] }),
    index('quote_subjects_company_idx').on(t.companyId),
  ],
);
