// What every list's query shares: its total, and filters on dates and text.
import { sql } from 'drizzle-orm';

interface CountableQuery<Where> {
  findFirst(config: {
    where: Where;
    columns: Record<string, never>;
    extras: { total: ReturnType<typeof sql<number>> };
  }): PromiseLike<{ total: number } | undefined>;
}

/**
 * Counts the rows a connection's `where` matches, in one statement: the window count is taken
 * before the single-row limit, so it is the size of the whole filtered set.
 */
export async function countRows<Where>(query: CountableQuery<Where>, where: Where): Promise<number> {
  const row = await query.findFirst({
    where,
    columns: {},
    extras: { total: sql<number>`cast(count(*) over () as integer)` },
  });
  return row?.total ?? 0;
}

/** A filter on a date column from optional inclusive bounds; `{}` when neither is given. */
export function dateRange<Column extends string>(
  column: Column,
  from?: string | null,
  to?: string | null,
): { [K in Column]?: { gte?: string; lte?: string } } {
  if (!from && !to) return {};
  return { [column]: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } as {
    [K in Column]: { gte?: string; lte?: string };
  };
}

/** A LIKE pattern that finds `text` anywhere, its wildcards taken literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
