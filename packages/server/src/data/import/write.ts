// Writes an import's planned rows, table by table, a batch of records at a time, with an audit
// entry for each record it creates. Rows already in the database are kept as they are.
import { type Column, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../../db/audit.js';
import { queryRows } from '../../db/connection.js';
import * as tables from '../../db/schema.js';
import { RECORD_TYPES, type RecordType } from '../records.js';

/** The tables an import writes, in order, each with the record type its rows are (for the audit log and the summary). */
export const TABLES = [
  ['sources', tables.sources, 'Source'],
  ['companies', tables.companies, 'Company'],
  ['people', tables.people, 'Person'],
  ['roles', tables.roles, 'Role'],
  ['quotes', tables.quotes, 'Quote'],
  ['quoteSubjects', tables.quoteSubjects, undefined],
  ['fundingRounds', tables.fundingRounds, 'FundingRound'],
  ['investments', tables.investments, undefined],
  ['dealStatusChanges', tables.dealStatusChanges, 'StatusChange'],
  ['citations', tables.citations, undefined],
  ['claims', tables.claims, 'Claim'],
  ['claimCitations', tables.claimCitations, undefined],
] as const satisfies readonly (readonly [string, PgTable, RecordType | undefined])[];

/**
 * The record types in the order they are written, each group in a pass over the file, so that
 * what a record refers to is in the database before it. StatusChange and Claim lines are
 * written with their record.
 */
export const PASSES: RecordType[][] = [['Source'], ['Company', 'Person'], ['Role', 'Quote', 'FundingRound']];

/** What the file's records become: rows per table. */
export type Plan = { [Entry in (typeof TABLES)[number] as Entry[0]]: Entry[1]['$inferInsert'][] };

/**
 * What a row belongs to, for the tables whose rows belong to a record: they are written only
 * with a record the import creates, so a record kept as it was gets no new citations or history.
 */
const OWNER: Partial<Record<keyof Plan, (row: Record<string, unknown>) => unknown>> = {
  quoteSubjects: (row) => row.quoteId,
  investments: (row) => row.roundId,
  dealStatusChanges: (row) => row.roundId,
  citations: (row) => tables.citedFactId(row as Partial<Record<tables.CitationOwner, string>>),
  claims: (row) => tables.citedFactId(row as Partial<Record<tables.CitationOwner, string>>),
  claimCitations: (row) => row.claimId,
};

/** A count per record type, all zero. */
export const emptyCounts = () =>
  Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;

/** How many records counts per type add up to. */
export const countAll = (counts: Record<RecordType, number>) =>
  Object.values(counts).reduce((sum, n) => sum + n, 0);

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The statement that inserts a table's rows, given as one JSON array of objects keyed by column
 * name: one parameter however many rows, parsed by PostgreSQL itself. Columns with a default
 * that the rows leave out are left out, so they get it. A record type's new rows (those not in
 * the database already) each get an audit entry, in the same statement, and their IDs come back.
 */
function insertStatement(table: PgTable, columns: Column[], recordType: RecordType | undefined) {
  const name = quote(getTableName(table));
  const list = columns.map((column) => quote(column.name)).join(', ');
  const insert = `insert into ${name} (${list}) select ${list} from json_populate_recordset(null::${name}, `;
  if (!recordType) return (json: string) => sql`${sql.raw(insert)}${json}::json) on conflict do nothing`;
  // The audit entry keeps the record as the API names its fields; amounts as text, as they are read.
  const after = Object.entries(getTableColumns(table))
    .map(
      ([key, column]) =>
        `'${key}', ${quote(column.name)}${column.getSQLType().startsWith('numeric') ? '::text' : ''}`,
    )
    .join(', ');
  return (json: string, apiKeyId: string | null) =>
    sql`${sql.raw(`with created as (${insert}`)}${json}${sql.raw(
      `::json) on conflict do nothing returning *),
    audited as (insert into audit_log (mutation, record_type, record_id, after, api_key_id)
      select 'import', '${recordType}', id, jsonb_build_object(${after}), `,
    )}${apiKeyId}${sql.raw(`::uuid from created)
    select id from created`)}`;
}

/**
 * Writes planned rows, a batch at a time, with an audit entry for each record it creates, naming
 * the API key the import runs under (none for `moat import` on the folder).
 */
export function planWriter(tx: Transaction, apiKeyId: string | null) {
  const statements = new Map<string, ReturnType<typeof insertStatement>>();
  const written = emptyCounts();

  /** Inserts rows of one table: those that leave out the same defaulted columns together. */
  async function insert(table: PgTable, recordType: RecordType | undefined, rows: object[]) {
    const columns = Object.entries(getTableColumns(table)).filter(([, column]) => !column.generated);
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const row of rows as Record<string, unknown>[]) {
      let signature = '';
      const values: Record<string, unknown> = {};
      for (const [key, column] of columns) {
        const value = row[key];
        if (value === undefined && column.hasDefault) continue;
        signature += `${key},`;
        values[column.name] = value ?? null;
      }
      const group = groups.get(signature);
      if (group) group.push(values);
      else groups.set(signature, [values]);
    }
    const created: string[] = [];
    for (const [signature, group] of groups) {
      const key = `${getTableName(table)}:${signature}`;
      let statement = statements.get(key);
      if (!statement) {
        const keys = new Set(signature.split(',').slice(0, -1));
        statement = insertStatement(
          table,
          columns.filter(([name]) => keys.has(name)).map(([, column]) => column),
          recordType,
        );
        statements.set(key, statement);
      }
      const result = await queryRows<{ id: string }>(tx, statement(JSON.stringify(group), apiKeyId));
      for (const row of result) created.push(row.id);
    }
    return created;
  }

  return {
    written,
    /** Writes the rows and empties their lists. */
    async write(rows: Plan): Promise<void> {
      const created = new Set<string>();
      for (const [name, table, recordType] of TABLES) {
        const owner = OWNER[name];
        const all = rows[name].splice(0);
        const list = owner
          ? all.filter((row) => created.has(owner(row as Record<string, unknown>) as string))
          : all;
        if (list.length === 0) continue;
        const ids = await insert(table, recordType, list);
        for (const id of ids) created.add(id);
        if (recordType) written[recordType] += ids.length;
      }
    },
  };
}
