// Imports a Moat NDJSON file: every line is checked first (its shape, then what it refers to),
// and only a clean file is written, in one transaction. Records already in the database (same
// ID, or same slug) are left as they are, so importing a file twice changes nothing.
import { sql } from 'drizzle-orm';
import { committed } from '../../db/audit.js';
import type { Database } from '../../db/connection.js';
import type { RecordType } from '../records.js';
import { type LineIssue, parseLines } from './parse.js';
import { plan } from './plan.js';
import { emptyCounts, writePlan } from './write.js';

export { parseLines } from './parse.js';

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
  let written = emptyCounts();

  await db.transaction(async (tx) => {
    const rows = await plan(tx, parsed);
    if (issues.length > 0) throw new ImportRefused(issues.sort((a, b) => a.line - b.line));
    if (options.dryRun) return;
    written = await writePlan(tx, rows, (done, total) => options.onProgress?.('writing', done, total));
  });
  if (!options.dryRun) {
    committed(db, 'everything');
    // PGlite runs no autovacuum: refresh the planner's statistics after a bulk write.
    await db.execute(sql`analyze`);
  }
  return { read, written, seconds: (performance.now() - began) / 1000 };
}
