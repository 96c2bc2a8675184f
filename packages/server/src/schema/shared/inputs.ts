// zod rules for GraphQL input values that several mutations take.
import { z } from 'zod';

/** A version Moat gave out, for optimistic concurrency. */
export const expectedVersion = z.number().int().min(1, 'must be a version Moat gave out (1 or more)');

/** A URL scalar's value, kept as its text. */
export const webAddress = z
  .instanceof(URL)
  .transform((url) => url.href)
  .nullish();
