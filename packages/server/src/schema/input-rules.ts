// Rules that the inputs of several mutations share, as zod schemas, and the PartialDateInput type.
import { z } from 'zod';
import { datePrecision } from '../db/schema.js';
import { builder } from './builder.js';
import { DatePrecision } from './partial-date.js';

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
const reportedDate = z
  .string()
  .refine((date) => date >= '0001-01-01', 'must be in the year 1 or later')
  .refine((date) => date <= new Date().toISOString().slice(0, 10), 'must not be in the future');
export const pastDate = reportedDate.nullish();

/** A version Moat gave out, for optimistic concurrency. */
export const expectedVersion = z.number().int().min(1, 'must be a version Moat gave out (1 or more)');

export const PartialDateInput = builder.inputType('PartialDateInput', {
  description: 'A date as precisely as the source gives it: for "March 2025", 2025-03-01 and MONTH.',
  fields: (t) => ({
    date: t.field({ type: 'Date', required: true, description: 'The day, or the first day of the period.' }),
    precision: t.field({
      type: DatePrecision,
      defaultValue: 'DAY',
      description: 'How precise `date` is: DAY, MONTH, QUARTER or YEAR.',
    }),
  }),
});

export const partialDateSchema = z
  .object({
    date: reportedDate,
    precision: z.enum(datePrecision.enumValues).default('DAY'),
  })
  .nullish();
