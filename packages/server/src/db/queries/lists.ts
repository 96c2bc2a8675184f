// What every list's query shares: its total, and filters on dates and text.
import { and, type SQL, sql } from 'drizzle-orm';

interface CountableQuery<Where> {
  findFirst(config: {
    where: Where;
    columns: Record<string, never>;
    extras: { total: ReturnType<typeof sql<number>> };
  }): PromiseLike<{ total: number } | undefined>;
}

/**
 * Counts the rows a connection's `where` matches, in one statement: with no columns selected the
 * query is a plain aggregate, which PostgreSQL answers from an index where one covers the filter.
 */
export async function countRows<Where>(query: CountableQuery<Where>, where: Where): Promise<number> {
  const row = await query.findFirst({
    where,
    columns: {},
    extras: { total: sql<number>`cast(count(*) as integer)` },
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

/** How a sort key's values read in a list's cursors: text, a date, a decimal or a moment. */
export type SortKeyForm = 'text' | 'date' | 'decimal' | 'moment';

/** A list's order: a sort key that is never null, of `form`, then the ID, both in one direction. */
export interface ListOrder<Row> {
  key: (row: Row) => SQL;
  form: SortKeyForm;
  direction: 'asc' | 'desc';
}

/**
 * The extras and orderBy the drizzle plugin plans a list and its cursors by. The ID breaks ties in
 * the key's direction, so that an index on (key, id) serves the order in one scan.
 */
export function sortedBy<Row>({ key, direction }: ListOrder<Row>) {
  return { extras: { sortKey: key }, orderBy: { sortKey: direction, id: direction } } as const;
}

/**
 * A list's filter for one page. The drizzle plugin pages past a cursor with
 * `key < v or (key = v and id < w)`, which PostgreSQL cannot read as an index range; the same
 * condition as a row comparison, `(key, id) < (v, w)`, lets a page deep in the list start its
 * index scan at the cursor instead of walking every row before it.
 */
export function pageWhere<Row, Where extends object>(
  where: Where,
  order: ListOrder<Row>,
  cursors: { after?: unknown[] | undefined; before?: unknown[] | undefined },
) {
  type Columns = Row & { id: unknown };
  const bounds: ((row: Columns) => SQL)[] = [];
  const past = (values: unknown[], ahead: boolean) => {
    const [key, id] = values;
    if (key == null) return;
    const operator = sql.raw(ahead === (order.direction === 'asc') ? '>' : '<');
    bounds.push((row) =>
      id == null
        ? sql`${order.key(row)} ${operator}= ${key}`
        : sql`(${order.key(row)}, ${row.id}) ${operator} (${key}, ${id})`,
    );
  };
  if (cursors.after) past(cursors.after, true);
  if (cursors.before) past(cursors.before, false);
  if (bounds.length === 0) return where;
  const range = { RAW: (row: Columns) => and(...bounds.map((bound) => bound(row))) as SQL };
  return { AND: [where, range] } as Where;
}
