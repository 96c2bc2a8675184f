// Rules on free text that every input shares: the mutations', the record files' and the CLI's.
import { z } from 'zod';

/** PostgreSQL keeps no NUL character in text. */
export const hasNul = (text: string) => text.includes('\u0000');
export const NUL_MESSAGE = 'must not contain a NUL character';

/** Text where nothing has looked for NUL characters yet (a record file's line); as a pattern, so
 * that the record format's JSON Schema says it too. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL character is what it refuses.
export const withoutNul = (schema: z.ZodString) => schema.regex(/^[^\u0000]*$/, NUL_MESSAGE);

/** Required text of at most `max` characters, trimmed; blank text is refused. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

/** A name: of a company, a person, a key. */
export const name = text(200);

/** Optional free text of at most `max` characters; blank text is no text (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value || null)
    .nullish();

/** Where a value holds a NUL character: the paths, within `path`, of every string that does. */
export function nulPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return hasNul(value) ? [path] : [];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => nulPaths(inner, [...path, key]));
  return [];
}
