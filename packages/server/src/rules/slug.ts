import { z } from 'zod';

/** A slug: lowercase letters and digits joined by hyphens. The database checks the same pattern. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be lowercase letters and digits joined by hyphens, like "openai"');
