// What tests assert on: typed results unwrapped or narrowed, refused arguments, rows counted and
// audit entries read (test/database.ts compares the whole database).
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import type { GraphQLError, TestServer } from './helpers.js';
import { tables } from './moat.js';

declare module 'vitest' {
  interface Matchers<T = any> {
    /**
     * An array of exactly these items in any order, each a value or an asymmetric matcher: for
     * rows a digest orders by random IDs, such as the audit entries of one write.
     */
    inAnyOrder: (items: unknown[]) => T;
  }
}

expect.extend({
  inAnyOrder(received: unknown, items: unknown[]) {
    // Pairs each item with a row of its own, trying every row that matches it.
    const pairs = (rows: unknown[], rest: unknown[]): boolean =>
      rest.length === 0
        ? rows.length === 0
        : rows.some((row, i) => this.equals(row, rest[0]) && pairs(rows.toSpliced(i, 1), rest.slice(1)));
    return {
      pass: Array.isArray(received) && pairs(received, items),
      message: () =>
        `expected ${this.utils.printReceived(received)} to hold exactly ${this.utils.printExpected(items)} in any order`,
    };
  },
});

/** How many rows a table holds. */
export async function rowCount(server: TestServer, table: PgTable): Promise<number> {
  const [row] = await server.connection.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** The audit log's entries for one mutation, as stored. */
export function auditEntries(server: TestServer, mutation: string) {
  return server.connection.db.select().from(tables.auditLog).where(eq(tables.auditLog.mutation, mutation));
}

/** The record types of the audit log's entries for one mutation, sorted: what its writes audited. */
export async function auditedTypes(server: TestServer, mutation: string): Promise<string[]> {
  return (await auditEntries(server, mutation)).map((entry) => entry.recordType).sort();
}

/**
 * A row added to `claims`, as a digest holds it: a NORMAL claim of `value` on `property` of the
 * record that `subject` names by its column, such as `{ company_id: id }`.
 */
export const addedClaim = (subject: Record<string, string>, property: string, value: unknown) =>
  expect.objectContaining({ ...subject, property, value, rank: 'NORMAL', deprecation_reason: null });

/** A row added to `claim_citations`: a claim's link to a citation that supports it. */
export const addedClaimCitation = { claim_id: expect.any(String), citation_id: expect.any(String) };

/** The audit entry of a claim that `mutation` added. */
export const claimAudited = (mutation: string, property: string, value: unknown) =>
  expect.objectContaining({
    mutation,
    record_type: 'Claim',
    before: null,
    after: expect.objectContaining({ property, value }),
  });

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
