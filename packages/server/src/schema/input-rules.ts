// Rules that the inputs of several mutations share, as zod schemas, and the PartialDateInput type.
import { z } from 'zod';
import { datePrecision } from '../db/schema.js';
import { builder } from './builder.js';
import { DatePrecision } from './partial-date.js';

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by hyphens, like "openai"');

export const name = z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');

/** Optional free text of at most `max` characters. */
export const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullish();

/** A date a source reports must not be in the future. */
export const pastDate = z
  .string()
  .nullish()
  .refine((date) => !date || date <= new Date().toISOString().slice(0, 10), 'must not be in the future');

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
    date: z.string().refine((date) => pastDate.safeParse(date).success, 'must not be in the future'),
    precision: z.enum(datePrecision.enumValues).default('DAY'),
  })
  .nullish();
