// Exact decimals, kept as strings so that no float rounding can change an amount.
import { z } from 'zod';

/** At most 40 digits and 20 decimals: more than any amount, and within what PostgreSQL keeps. */
const DIGITS = String.raw`\d{1,40}(\.\d{1,20})?`;

/** A decimal, signed (filters may compare with anything). */
export const DECIMAL = new RegExp(`^-?${DIGITS}$`);

/** An amount of money: never negative. */
export const NON_NEGATIVE_DECIMAL = new RegExp(`^${DIGITS}$`);

/** An amount already known to be a decimal (the Decimal scalar checked it) must not be negative. */
export const notNegative = z.string().regex(NON_NEGATIVE_DECIMAL, 'must not be negative');

/** An amount in a record file, where nothing has checked its shape yet. */
export const amount = z
  .string()
  .regex(
    NON_NEGATIVE_DECIMAL,
    'must be a non-negative decimal string of at most 40 digits (and 20 decimals), like "40000000000"',
  );
