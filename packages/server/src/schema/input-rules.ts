// Rules that inputs share (the mutations' and the record files'), as zod schemas.
import { z } from 'zod';
import { datePrecision } from '../db/schema.js';

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by hyphens, like "openai"');

export const name = z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');

/** Optional free text of at most `max` characters; blank text is no text (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((text) => text || null)
    .nullish();

/** A date a source reports must not be in the future. */
/** A date a source reports: in the year 1 or later, and not in the future. */
export const reportedDate = z
  .string()
  .refine((date) => date >= '0001-01-01', 'must be in the year 1 or later')
  .refine((date) => date <= new Date().toISOString().slice(0, 10), 'must not be in the future');
export const pastDate = reportedDate.nullish();

/** A version Moat gave out, for optimistic concurrency. */
export const expectedVersion = z.number().int().min(1, 'must be a version Moat gave out (1 or more)');

export const partialDateSchema = z
  .object({
    date: reportedDate,
    precision: z.enum(datePrecision.enumValues).default('DAY'),
  })
  .nullish();

/** Whether an excerpt holds a text word for word (runs of white space count as one space). */
export function holdsWords(excerpt: string, text: string): boolean {
  const squeeze = (words: string) => words.replace(/\s+/g, ' ').trim();
  return squeeze(excerpt).includes(squeeze(text));
}
