// What tests assert on: typed results unwrapped or narrowed, refused arguments, rows counted
// (test/database.ts compares the whole database).
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import type { GraphQLError, TestServer } from './helpers.js';

/** How many rows each table holds, by the names given. */
export async function rowCounts<Name extends string>(
  server: TestServer,
  counted: Record<Name, PgTable>,
): Promise<Record<Name, number>> {
  const counts = {} as Record<Name, number>;
  for (const [name, table] of Object.entries<PgTable>(counted)) {
    const [row] = await server.connection.db.select({ n: count() }).from(table);
    counts[name as Name] = row?.n ?? 0;
  }
  return counts;
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
