// What tests assert on: typed results unwrapped or narrowed, refused arguments, rows counted and
// audit entries read (test/database.ts compares the whole database).
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import type { GraphQLError, TestServer } from './helpers.js';
import { tables } from './moat.js';

/** How many rows a table holds. */
export async function rowCount(server: TestServer, table: PgTable): Promise<number> {
  const [row] = await server.connection.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** The audit log's entries for one mutation, as stored. */
export function auditEntries(server: TestServer, mutation: string) {
  return server.connection.db.select().from(tables.auditLog).where(eq(tables.auditLog.mutation, mutation));
}

/** `value`, failing the test when it is null or undefined: for results typed as maybe absent. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error(`expected a value, got ${value}`);
  return value;
}

/**
 * `result` as the member of its union named `typename`, failing the test (and showing the result)
 * when it is another: for the fields only that member has, such as a ValidationError's `issues`.
 */
export function ofType<T extends { __typename: string }, N extends T['__typename']>(
  result: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(result?.__typename, JSON.stringify(result)).toBe(typename);
  return result as Extract<T, { __typename: N }>;
}

/** The slugs of a connection's nodes, in order. */
export const slugs = (connection: { nodes: { slug: string }[] }) => connection.nodes.map((node) => node.slug);

/** Asserts that `errors` is the one error of a refused argument, named as the server words it. */
export function expectInvalidArgument(errors: GraphQLError[] | undefined, problem: string): void {
  expect(errors).toHaveLength(1);
  expect(errors?.[0]?.message).toBe(
    `Invalid argument ${problem}${problem.includes('at most 100') ? ', the largest page Moat returns' : ''}`,
  );
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
}
