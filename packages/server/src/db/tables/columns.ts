// Columns that many tables share. Column names are spelt out in snake_case: drizzle 1.0 would
// otherwise use the JS key.
import { sql } from 'drizzle-orm';
import { check, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { SLUG_PATTERN } from '../../rules/slug.js';

export const id = () => uuid('id').primaryKey().defaultRandom();
export const slug = () => text('slug').notNull().unique();
export const slugCheck = (table: { slug: unknown }, name: string) =>
  check(name, sql`${table.slug} ~ ${sql.raw(`'${SLUG_PATTERN.source}'`)}`);

export const money = (name: string) => numeric(name, { mode: 'string' });
/** The names of a record's properties whose claims disagree (see rules/claims.ts). */
export const disputed = () => text('disputed').array().notNull().default(sql`'{}'::text[]`);
