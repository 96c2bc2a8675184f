import { decodeBase64, decodeCursorChunk } from '@pothos/core';

/** The sort values a drizzle connection cursor holds: the list's sort key, then the ID. */
function sortValues(cursor: string | null | undefined): unknown[] | undefined {
  if (!cursor) return undefined;
  try {
    const decoded = decodeBase64(cursor);
    if (!decoded.startsWith('DC:')) return undefined;
    const values = decodeCursorChunk(decoded.slice(3));
    return Array.isArray(values) ? values : [values];
  } catch {
    // Not a cursor: the plugin refuses it with the error clients expect.
    return undefined;
  }
}

/** Where a page starts and ends in the list's order, from its `after` and `before` cursors. */
export function cursorBounds(args: { after?: string | null; before?: string | null }) {
  return { after: sortValues(args.after), before: sortValues(args.before) };
}
