// A list's cursors, checked before any reaches SQL: a cursor is base64 text a client may forge,
// and its values become parameters compared with the list's sort key and ID, so one of another
// type (text where a date is compared, a negative offset) would fail in the database.
import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { type ListOrder, type SortKeyForm, sortedBy } from '../../db/queries/lists.js';
import { decodeChangeCursor } from '../../rules/changes.js';
import { DECIMAL } from '../../rules/decimals.js';
import { isUuid } from '../../rules/ids.js';
import { hasNul } from '../../rules/text.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits.js';

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export const invalidCursor = (cursor: string) =>
  new GraphQLError(`Invalid cursor: ${cursor}`, { extensions: { code: 'BAD_USER_INPUT' } });

/** Whether `date` is a day PostgreSQL reads as the text says (no 2024-02-30, no year 0). */
function isDay(date: unknown): boolean {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date < '0001-01-01') return false;
  const time = Date.parse(date);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(date);
}

/** Whether a decoded sort value has the form of a list's sort key, as the plugin writes it. */
const SORT_KEYS: Record<SortKeyForm, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && !hasNul(value),
  date: isDay,
  decimal: (value) => typeof value === 'string' && DECIMAL.test(value),
  moment: (value) =>
    value instanceof Date && Number.isFinite(value.getTime()) && isDay(value.toISOString().slice(0, 10)),
};

/** The values a drizzle connection's cursor holds; undefined when the text is not one. */
function drizzleCursorValues(cursor: string): unknown[] | undefined {
  try {
    const decoded = decodeBase64(cursor);
    if (!decoded.startsWith('DC:')) return undefined;
    const chunk = decodeCursorChunk(decoded.slice(3));
    return Array.isArray(chunk) ? chunk : [chunk];
  } catch {
    return undefined;
  }
}

/**
 * Whether a cursor's values are what a list of `form` writes: its sort key (none for a list in ID
 * order), then the row's UUID.
 */
function fitsForm(values: unknown[], form: SortKeyForm | undefined): boolean {
  const [key, id] = form ? values : [undefined, ...values];
  const fits = values.length === (form ? 2 : 1) && (!form || SORT_KEYS[form](key));
  return fits && typeof id === 'string' && isUuid(id);
}

/** The values of a drizzle connection's cursor for a list of `form`; undefined when it is not one. */
function sortValues(cursor: string, form: SortKeyForm | undefined): unknown[] | undefined {
  const values = drizzleCursorValues(cursor);
  return values && fitsForm(values, form) ? values : undefined;
}

/**
 * Where a page starts and ends in its list's order, from its `after` and `before` cursors, each
 * refused (BAD_USER_INPUT) unless it holds a sort key of `form` and an ID, as the list's own do.
 */
export function cursorBounds(args: PageArgs, form: SortKeyForm | undefined) {
  const bound = (cursor: string | null | undefined) => {
    if (!cursor) return undefined;
    const values = sortValues(cursor, form);
    if (!values) throw invalidCursor(cursor);
    return values;
  };
  return { after: bound(args.after), before: bound(args.before) };
}

/** An offset cursor as Pothos writes one: a whole offset a database accepts. */
const OFFSET_CURSOR = /^OffsetConnection:(0|[1-9]\d{0,14})$/;

/** Whether `cursor` is an offset cursor Pothos could have written. */
function isOffsetCursor(cursor: string): boolean {
  try {
    return OFFSET_CURSOR.test(decodeBase64(cursor));
  } catch {
    return false;
  }
}

/** The issue a cursor fails validation with; the validation error answers it as `invalidCursor`. */
export const NOT_A_CURSOR = 'is not a cursor of this list';

/**
 * A connection's `validate` option: it takes `first` or `last`, not both, and its `after` and
 * `before` must each pass `fits`. Checked with the whole operation before its first field runs,
 * so a mutation whose payload asks for a page it cannot give (a cursor of another kind of list)
 * is refused before it writes, not after.
 */
function pageArgsThat<Args extends PageArgs>(fits: (cursor: string, args: Args) => boolean) {
  return z.custom<Args>().superRefine((args, issues) => {
    if (args.first != null && args.last != null)
      issues.addIssue({ code: 'custom', path: ['last'], message: 'must not be given with first' });
    for (const name of ['after', 'before'] as const) {
      const cursor = args[name];
      if (cursor && !fits(cursor, args))
        issues.addIssue({ code: 'custom', path: [name], message: NOT_A_CURSOR });
    }
  });
}

/**
 * `validate` for a drizzle connection whose order has a sort key of `form` (none: in ID order).
 * The check is of form: a cursor of another list of the same form is a place in this one, which
 * SQL compares as it would its own.
 */
export const pageArgsOfForm = (form: SortKeyForm | undefined) =>
  pageArgsThat((cursor) => sortValues(cursor, form) !== undefined);

/** `validate` for a root list read in the order its `orderBy` argument picks (`orderOf`). */
export function pageArgsInOrder<OrderBy>(orderOf: (orderBy: OrderBy | null | undefined) => ListOrder<never>) {
  return pageArgsThat<PageArgs & { orderBy?: OrderBy | null }>(
    (cursor, args) => sortValues(cursor, orderOf(args.orderBy).form) !== undefined,
  );
}

/**
 * A related connection's `validate` and `query` for a list read in `order`: the drizzle plugin
 * plans its pages by the order's sort key, and its cursors are checked for that key's form.
 */
export function pagedBy<Row>(order: ListOrder<Row>) {
  return { validate: pageArgsOfForm(order.form), query: sortedBy(order) };
}

/**
 * A page of an offset connection (search, disputes), as Pothos resolves it with Moat's page sizes.
 * A page without items has no cursors, as a drizzle list's has none: Pothos would give it the
 * offsets around it, the first page's end at -1, a cursor no list reads.
 */
export async function resolveOffsetPage<Item>(
  args: PageArgs,
  totalCount: number | undefined,
  load: (page: { offset: number; limit: number }) => Promise<Item[]>,
) {
  const page = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, totalCount },
    load,
  );
  if (page.edges.length > 0) return page;
  return { ...page, pageInfo: { ...page.pageInfo, startCursor: null, endCursor: null } };
}

/** `validate` for an offset connection (search, disputes). */
export const offsetPageArgs = pageArgsThat(isOffsetCursor);

/** `validate` for the change feed. */
export const changePageArgs = pageArgsThat((cursor) => decodeChangeCursor(cursor) !== undefined);
