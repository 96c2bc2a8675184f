// The whole database as rows, to compare before and after a write: what "a refused write writes
// nothing" and each delete rule's "exactly these rows go" are asserted against. The tables come
// from the catalog, so a new table is compared without a change here. Nothing is left out: no
// column changes on a read (API keys keep no time of last use), and a refused write must not
// leave an audit entry either.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestServer } from './helpers.js';
import { ImportRefused, importRecords, queryRows } from './moat.js';

/** A row as PostgreSQL gives it in JSON: columns by their SQL names. */
export type Row = Record<string, unknown>;

/** Every table of the `public` schema, by name: its rows by primary key (values joined by "/"), in order. */
export type DatabaseDigest = Record<string, Record<string, Row>>;

/** What changed in one table: rows gone (their keys), rows added, and the changed columns of the rest. */
export interface TableChanges {
  gone?: string[];
  added?: Row[];
  changed?: Record<string, Row>;
}

/** Every row of every table of the `public` schema, read in two statements. */
export async function databaseDigest(server: TestServer): Promise<DatabaseDigest> {
  const { db } = server.connection;
  const tables = await queryRows<{ name: string; key: string[] | null }>(
    db,
    sql`select c.relname as name,
          (select array_agg(a.attname::text order by k.n)
             from pg_index i
             cross join unnest(i.indkey) with ordinality as k(attnum, n)
             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
            where i.indrelid = c.oid and i.indisprimary) as key
        from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where s.nspname = 'public' and c.relkind in ('r', 'p')
        order by c.relname`,
  );
  const rows = await queryRows<{ name: string; row: Row }>(
    db,
    sql.join(
      tables.map(
        ({ name }) => sql`select ${name}::text as name, to_jsonb(t) as row from ${sql.identifier(name)} t`,
      ),
      sql` union all `,
    ),
  );
  const digest: DatabaseDigest = {};
  for (const { name, key } of tables) {
    // A table without a primary key has its rows by their JSON text, a repeated row numbered.
    const keyOf = (row: Row) =>
      key ? key.map((column) => String(row[column])).join('/') : JSON.stringify(row);
    const keyed = rows.filter((row) => row.name === name).map(({ row }) => [keyOf(row), row] as const);
    const byKey: Record<string, Row> = {};
    for (const [rowKey, row] of keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      let unique = rowKey;
      for (let n = 2; Object.hasOwn(byKey, unique); n++) unique = `${rowKey} #${n}`;
      byKey[unique] = row;
    }
    digest[name] = byKey;
  }
  return digest;
}

/** The keys of the rows of `table` for which `test` holds, in the digest's order. */
export function keysWhere(digest: DatabaseDigest, table: string, test: (row: Row) => boolean): string[] {
  return Object.entries(digest[table] ?? {})
    .filter(([, row]) => test(row))
    .map(([key]) => key);
}

/** The tables that differ between two digests, each with what changed; `{}` when none does. */
export function databaseChanges(before: DatabaseDigest, after: DatabaseDigest): Record<string, TableChanges> {
  const changes: Record<string, TableChanges> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[table] ?? {};
    const now = after[table] ?? {};
    const gone = Object.keys(old).filter((key) => !Object.hasOwn(now, key));
    const added = Object.keys(now)
      .filter((key) => !Object.hasOwn(old, key))
      .map((key) => now[key] as Row);
    const changed: Record<string, Row> = {};
    for (const [key, row] of Object.entries(now)) {
      if (!Object.hasOwn(old, key)) continue;
      const was = old[key] as Row;
      const columns = Object.keys(row).filter(
        (column) => JSON.stringify(row[column]) !== JSON.stringify(was[column]),
      );
      if (columns.length > 0)
        changed[key] = Object.fromEntries(columns.map((column) => [column, row[column]]));
    }
    const tableChanges: TableChanges = {
      ...(gone.length > 0 && { gone }),
      ...(added.length > 0 && { added }),
      ...(Object.keys(changed).length > 0 && { changed }),
    };
    if (Object.keys(tableChanges).length > 0) changes[table] = tableChanges;
  }
  return changes;
}

/** What changed in the database since `before`, table by table: `{}` when nothing did. */
export async function changesSince(server: TestServer, before: DatabaseDigest) {
  return databaseChanges(before, await databaseDigest(server));
}

/**
 * The issues an import of `text` is refused with, as `line: path: message`, checking that it wrote
 * nothing; `[]` when it is not refused.
 */
export async function importRefusal(server: TestServer, text: string): Promise<string[]> {
  const before = await databaseDigest(server);
  try {
    await importRecords(server.connection.db, text);
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    expect(await changesSince(server, before)).toEqual({});
    return error.issues.map((issue) => `${issue.line}: ${issue.path}: ${issue.message}`);
  }
  return [];
}
