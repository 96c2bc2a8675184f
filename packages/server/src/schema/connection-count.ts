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
