// Imports a Moat NDJSON file: every line is checked first (its shape, then what it refers to),
// and only a clean file is written, in one transaction. Records already in the database (same
// ID, or same slug) are left as they are, so importing a file twice changes nothing.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Transaction } from '../db/audit.js';
import type { Database } from '../db/connection.js';
import { dateColumns } from '../db/date-columns.js';
import { type RecordNames, storedRecords } from '../db/queries/records.js';
import {
  auditLog,
  citations,
  companies,
  dealStatusChanges,
  fundingRounds,
  investments,
  people,
  quoteSubjects,
  quotes,
  roles,
  sources,
} from '../db/schema.js';
import { type MoatRecord, moatRecord, RECORD_TYPES, type RecordOf, type RecordType } from './records.js';

/** A problem with one line of a file. */
export interface LineIssue {
  line: number;
  path: string;
  message: string;
}

/** The file has bad lines: each is named, and nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly issues: LineIssue[]) {
    const lines = new Set(issues.map((issue) => issue.line)).size;
    super(`${lines} bad line${lines === 1 ? '' : 's'}; nothing was written.`);
  }
}

export interface ImportSummary {
  /** Records per type in the file. */
  read: Record<RecordType, number>;
  /** Records per type written (the others were already in the database). */
  written: Record<RecordType, number>;
  seconds: number;
}

export interface ImportOptions {
  /** Check the file against the database, but write nothing. */
  dryRun?: boolean;
  /** Called as the file is checked and written: how many records are done, of how many. */
  onProgress?: (phase: 'checking' | 'writing', done: number, total: number) => void;
}

interface Line<Record extends MoatRecord = MoatRecord> {
  line: number;
  record: Record;
}

/** The UUIDs the GraphQL API accepts as IDs (RFC 9562 variants). */
const uuid = z.uuid();

/** A UUID derived from a record's kind and key, so importing the same file twice gives the same rows. */
export function stableId(kind: string, key: string): string {
  const hex = createHash('sha1').update(`moat:${kind}:${key}`).digest('hex');
  // Shaped as a version 5 (name-based, SHA-1) UUID.
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** The ID a keyed record gets: a UUID key is the ID itself (as `export` writes it). */
const keyedId = (kind: string, key: string) =>
  uuid.safeParse(key.toLowerCase()).success ? key.toLowerCase() : stableId(kind, key);

const emptyCounts = () =>
  Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;

/** A file's records, the problems of its bad lines, and the names (type:key) of those lines. */
export interface ParsedFile {
  lines: Line[];
  issues: LineIssue[];
  refused: Set<string>;
}

/** The name a record goes by in references: `Company:openai`, `FundingRound:openai-2025`. */
const nameOf = (type: unknown, record: { slug?: unknown; key?: unknown }) =>
  `${String(type)}:${String(record.slug ?? record.key)}`;

/** Parses every line of a file; blank lines (and a leading byte order mark) are skipped. */
export function parseLines(text: string): ParsedFile {
  const parsed: ParsedFile = { lines: [], issues: [], refused: new Set() };
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        parsed.issues.push({ line, path: '', message: `not JSON (${(error as Error).message})` });
        return;
      }
      const result = moatRecord.safeParse(value);
      if (result.success) {
        parsed.lines.push({ line, record: result.data });
        return;
      }
      for (const issue of result.error.issues)
        parsed.issues.push({ line, path: issue.path.join('.'), message: issue.message });
      // Lines that refer to a refused record are not blamed for it: its own line is reported.
      if (value && typeof value === 'object') {
        const record = value as { type?: unknown; slug?: unknown; key?: unknown };
        parsed.refused.add(nameOf(record.type, record));
      }
    });
  return parsed;
}

/** The tables an import writes, in order, each with the record type its rows are (for the audit log and the summary). */
const TABLES = [
  ['sources', sources, 'Source'],
  ['companies', companies, 'Company'],
  ['people', people, 'Person'],
  ['roles', roles, 'Role'],
  ['quotes', quotes, 'Quote'],
  ['quoteSubjects', quoteSubjects, undefined],
  ['fundingRounds', fundingRounds, 'FundingRound'],
  ['investments', investments, undefined],
  ['dealStatusChanges', dealStatusChanges, 'StatusChange'],
  ['citations', citations, undefined],
] as const satisfies readonly (readonly [string, PgTable, RecordType | undefined])[];

/** What the file's records become: rows per table. */
type Plan = { [Entry in (typeof TABLES)[number] as Entry[0]]: Entry[1]['$inferInsert'][] };

/** The slugs, IDs and source IDs the file's records name or refer to. */
function namesIn(lines: Line[]): RecordNames {
  const slugs = new Set<string>();
  const ids = new Set<string>();
  const sourceIds = new Set<string>();
  for (const { record } of lines) {
    if (record.type === 'Company' || record.type === 'Person') {
      slugs.add(record.slug);
      if (record.id) ids.add(record.id);
    }
    if ('company' in record && typeof record.company === 'string') slugs.add(record.company);
    if ('person' in record) slugs.add(record.person);
    if (record.type === 'Quote')
      for (const slug of [record.speaker, record.attributedTo, ...record.about]) if (slug) slugs.add(slug);
    if (record.type === 'FundingRound')
      for (const investor of record.investors)
        slugs.add('company' in investor ? investor.company : investor.person);
    for (const citation of 'citations' in record ? record.citations : [])
      sourceIds.add(keyedId('source', citation.source));
  }
  return { slugs, ids, sourceIds };
}

/**
 * Checks what each record refers to (in the file or the database) and turns the records into
 * rows. Every problem is collected, so that one run names every bad line.
 */
async function plan(tx: Transaction | Database, { lines, issues, refused }: ParsedFile): Promise<Plan> {
  const inDb = await storedRecords(tx, namesIn(lines));
  const of = <Type extends RecordType>(type: Type) =>
    lines.filter((line): line is Line<RecordOf<Type>> => line.record.type === type);
  const issue = (line: number, path: string, message: string) => issues.push({ line, path, message });

  // Each key or slug names one record of its type.
  const firstLine = new Map<string, number>();
  for (const { line, record } of lines) {
    const name = 'slug' in record ? record.slug : record.key;
    const seen = firstLine.get(`${record.type}:${name}`);
    if (seen) issue(line, 'slug' in record ? 'slug' : 'key', `"${name}" is already used on line ${seen}`);
    else firstLine.set(`${record.type}:${name}`, line);
  }

  // IDs: given, or the one the database has for the slug, or derived from the slug. One ID
  // names one record: an ID the database or an earlier line gives another slug is refused.
  const ids = { Company: new Map<string, string>(), Person: new Map<string, string>() };
  for (const type of ['Company', 'Person'] as const) {
    const { idBySlug: known, slugById } = inDb[type === 'Company' ? 'companies' : 'people'];
    const idLines = new Map<string, number>();
    for (const { line, record } of of(type)) {
      const stored = known.get(record.slug);
      const holder = record.id && slugById.get(record.id);
      if (record.id && stored && stored !== record.id)
        issue(line, 'id', `the database has "${record.slug}" under another ID (${stored})`);
      else if (holder && holder !== record.slug)
        issue(line, 'id', `the database has this ID for "${holder}", not "${record.slug}"`);
      else if (record.id && idLines.has(record.id))
        issue(line, 'id', `this ID is already used on line ${idLines.get(record.id)}`);
      if (record.id) idLines.set(record.id, line);
      ids[type].set(
        record.slug,
        record.id ?? stored ?? stableId(type === 'Company' ? 'company' : 'person', record.slug),
      );
    }
    for (const [slug, id] of known) if (!ids[type].has(slug)) ids[type].set(slug, id);
  }
  const companyId = (line: number, path: string, slug: string) => {
    const id = ids.Company.get(slug);
    if (!id && !refused.has(`Company:${slug}`))
      issue(line, path, `no company has the slug "${slug}" (in the file or the database)`);
    return id ?? '';
  };
  const personId = (line: number, path: string, slug: string) => {
    const id = ids.Person.get(slug);
    if (!id && !refused.has(`Person:${slug}`))
      issue(line, path, `no person has the slug "${slug}" (in the file or the database)`);
    return id ?? '';
  };
  const fileSources = new Set(of('Source').map(({ record }) => keyedId('source', record.key)));

  const rows = Object.fromEntries(TABLES.map(([name]) => [name, []])) as unknown as Plan;
  type Owner = Partial<
    Pick<
      typeof citations.$inferInsert,
      'companyId' | 'personId' | 'roleId' | 'quoteId' | 'fundingRoundId' | 'statusChangeId'
    >
  >;
  /** Adds a line's citations to a fact; `checked` when the same list was checked for another. */
  const cite = (line: Line, ownerKey: string, owner: Owner, checked = false) => {
    const list = 'citations' in line.record ? line.record.citations : [];
    list.forEach((citation, index) => {
      const sourceId = keyedId('source', citation.source);
      if (!checked && !fileSources.has(sourceId) && !inDb.sources.has(sourceId))
        issue(
          line.line,
          `citations.${index}.source`,
          `no source has the key "${citation.source}" (in the file or the database)`,
        );
      rows.citations.push({
        id: stableId('citation', `${ownerKey}#${index}`),
        sourceId,
        excerpt: citation.excerpt,
        position: index,
        ...owner,
      });
    });
  };

  for (const { record } of of('Source')) {
    const { type: _, key, publishedAt, ...source } = record;
    rows.sources.push({
      id: keyedId('source', key),
      ...source,
      publishedAt: publishedAt ? new Date(publishedAt) : null,
    });
  }
  for (const line of of('Company')) {
    const { type: _, citations: __, id: ___, foundedOn, ...company } = line.record;
    const id = ids.Company.get(company.slug) ?? '';
    rows.companies.push({ id, ...company, ...dateColumns('foundedOn', foundedOn) });
    cite(line, `company:${company.slug}`, { companyId: id });
  }
  for (const line of of('Person')) {
    const { type: _, citations: __, id: ___, ...person } = line.record;
    const id = ids.Person.get(person.slug) ?? '';
    rows.people.push({ id, ...person });
    cite(line, `person:${person.slug}`, { personId: id });
  }
  for (const line of of('Role')) {
    const { record } = line;
    const id = keyedId('role', record.key);
    rows.roles.push({
      id,
      personId: personId(line.line, 'person', record.person),
      companyId: companyId(line.line, 'company', record.company),
      title: record.title,
      ...dateColumns('since', record.since),
      ...dateColumns('until', record.until),
    });
    cite(line, `role:${id}`, { roleId: id });
  }
  for (const line of of('Quote')) {
    const { record } = line;
    const id = keyedId('quote', record.key);
    rows.quotes.push({
      id,
      text: record.text,
      form: record.form,
      speakerId: record.speaker ? personId(line.line, 'speaker', record.speaker) : null,
      attributedToId: record.attributedTo ? companyId(line.line, 'attributedTo', record.attributedTo) : null,
      attribution: record.attribution,
      ...dateColumns('saidOn', record.saidOn),
    });
    record.about.forEach((slug, index) => {
      rows.quoteSubjects.push({ quoteId: id, companyId: companyId(line.line, `about.${index}`, slug) });
    });
    cite(line, `quote:${record.key}`, { quoteId: id });
  }

  // A round's history: its StatusChange lines, in the order recorded (or written).
  const changes = new Map<string, Line<RecordOf<'StatusChange'>>[]>();
  const roundKeys = new Set(of('FundingRound').map(({ record }) => record.key));
  for (const line of of('StatusChange')) {
    if (!roundKeys.has(line.record.round) && !refused.has(`FundingRound:${line.record.round}`))
      issue(line.line, 'round', `no funding round in the file has the key "${line.record.round}"`);
    changes.set(line.record.round, [...(changes.get(line.record.round) ?? []), line]);
  }
  for (const line of of('FundingRound')) {
    const { type: _, key, company, investors, citations: __, announcedOn, closedOn, ...round } = line.record;
    const id = keyedId('round', key);
    rows.fundingRounds.push({
      id,
      companyId: companyId(line.line, 'company', company),
      ...round,
      ...dateColumns('announcedOn', announcedOn),
      ...dateColumns('closedOn', closedOn),
    });
    const seen = new Set<string>();
    investors.forEach((investor, index) => {
      const who = 'company' in investor ? `company:${investor.company}` : `person:${investor.person}`;
      if (seen.has(who)) issue(line.line, `investors.${index}`, 'names an investor twice');
      seen.add(who);
      rows.investments.push({
        id: stableId('investment', `${key}/${who}`),
        roundId: id,
        companyId:
          'company' in investor ? companyId(line.line, `investors.${index}.company`, investor.company) : null,
        personId:
          'person' in investor ? personId(line.line, `investors.${index}.person`, investor.person) : null,
        isLead: investor.lead,
      });
    });
    cite(line, `round:${key}`, { fundingRoundId: id });

    // Ordered as export orders them: by when they were recorded (those without a time after the
    // others, in line order, recorded now), then by ID.
    const start = Date.now();
    const history = (changes.get(key) ?? [])
      .map((change, index) => ({
        ...change,
        id: keyedId('status', change.record.key),
        recordedAt: change.record.recordedAt ? new Date(change.record.recordedAt) : new Date(start + index),
      }))
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.id.localeCompare(b.id));
    const last = history.at(-1);
    if (last && last.record.status !== round.status)
      issue(
        line.line,
        'status',
        `must be the status of its last StatusChange (${last.record.status}, line ${last.line})`,
      );
    if (history.length === 0) {
      // A round with no history in the file starts one with its status, citing the same excerpts.
      rows.dealStatusChanges.push({
        id: stableId('status', key),
        roundId: id,
        status: round.status,
        ...dateColumns('changedOn', announcedOn),
      });
      cite(line, `status:${key}`, { statusChangeId: stableId('status', key) }, true);
    }
    for (const change of history) {
      rows.dealStatusChanges.push({
        id: change.id,
        roundId: id,
        status: change.record.status,
        ...dateColumns('changedOn', change.record.on),
        recordedAt: change.recordedAt,
      });
      cite(change, `status:${change.record.key}`, { statusChangeId: change.id });
    }
  }
  return rows;
}

/**
 * What a row belongs to, for the tables whose rows belong to a record: they are written only
 * with a record the import creates, so a record kept as it was gets no new citations or history.
 */
const OWNER: Partial<Record<keyof Plan, (row: Record<string, unknown>) => unknown>> = {
  quoteSubjects: (row) => row.quoteId,
  investments: (row) => row.roundId,
  dealStatusChanges: (row) => row.roundId,
  citations: (row) =>
    row.companyId ?? row.personId ?? row.roleId ?? row.quoteId ?? row.fundingRoundId ?? row.statusChangeId,
};

/** Rows a statement inserts at most: under PostgreSQL's 65,535 parameters for the widest table. */
const BATCH = 2000;

/** Imports the NDJSON text; throws ImportRefused, naming every bad line, when any line is bad. */
export async function importRecords(
  db: Database,
  text: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const began = performance.now();
  const parsed = parseLines(text);
  const { lines, issues } = parsed;
  const read = emptyCounts();
  for (const { record } of lines) read[record.type] += 1;
  options.onProgress?.('checking', lines.length, lines.length);
  const written = emptyCounts();

  await db.transaction(async (tx) => {
    const rows = await plan(tx, parsed);
    if (issues.length > 0) throw new ImportRefused(issues.sort((a, b) => a.line - b.line));
    if (options.dryRun) return;
    const total = TABLES.reduce((sum, [name]) => sum + rows[name].length, 0);
    let done = 0;
    const created = new Set<string>();
    for (const [name, table, recordType] of TABLES) {
      const owner = OWNER[name];
      const list = owner
        ? rows[name].filter((row) => created.has(owner(row as Record<string, unknown>) as string))
        : rows[name];
      for (let at = 0; at < list.length; at += BATCH) {
        const batch = list.slice(at, at + BATCH);
        // Rows already in the database are kept as they are; `returning` gives the new ones.
        const inserted = (await tx
          .insert(table)
          .values(batch as never)
          .onConflictDoNothing()
          .returning()) as { id: string }[];
        if (recordType) {
          for (const row of inserted) created.add(row.id);
          written[recordType] += inserted.length;
          if (inserted.length > 0)
            await tx.insert(auditLog).values(
              inserted.map((row) => ({
                mutation: 'import',
                recordType,
                recordId: row.id,
                before: null,
                after: row,
              })),
            );
        }
        options.onProgress?.('writing', done + at + batch.length, total);
      }
      done += rows[name].length;
      options.onProgress?.('writing', done, total);
    }
  });
  // PGlite runs no autovacuum: refresh the planner's statistics after a bulk write.
  if (!options.dryRun) await db.execute(sql`analyze`);
  return { read, written, seconds: (performance.now() - began) / 1000 };
}
