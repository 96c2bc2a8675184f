// zod rules for GraphQL input values that several mutations take.
import { z } from 'zod';
import { isWebAddress, WEB_ADDRESS_MESSAGE } from '../../rules/web-addresses.js';

/** A version Moat gave out, for optimistic concurrency. */
export const expectedVersion = z.number().int().min(1, 'must be a version Moat gave out (1 or more)');

/** A URL scalar's value, kept as its text: a web address (see rules/web-addresses). */
export const webAddress = z
  .instanceof(URL)
  .refine(isWebAddress, WEB_ADDRESS_MESSAGE)
  .transform((url) => url.href)
  .nullish();
