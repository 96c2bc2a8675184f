// Imports a Moat NDJSON file, reading it as a stream. A first pass checks every line's shape and
// notes the names it gives and refers to; then, in one transaction, the records are read again
// and written in batches, each after what it refers to. A bad line anywhere rolls everything
// back, and every bad line is named. Records already in the database (same ID, or same slug) are
// left as they are, so importing a file twice changes nothing.
import { is, sql } from 'drizzle-orm';
import { PgliteDatabase } from 'drizzle-orm/pglite';
import { committed } from '../../db/audit.js';
import type { Database } from '../../db/connection.js';
import { moatRecord, type RecordType } from '../records.js';
import { lineReader, type RecordInput } from './lines.js';
import type { LineIssue } from './parse.js';
import { emptyPlan, planner } from './plan.js';
import { survey, typeCode } from './survey.js';
import { emptyCounts, PASSES, planWriter } from './write.js';

export type { RecordInput } from './lines.js';
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

export type ImportPhase = 'reading' | 'checking' | 'writing';

export interface ImportOptions {
  /** Check the file against the database, but write nothing. */
  dryRun?: boolean;
  /**
   * Called as the file is read (bytes, of how many), then as its records are checked (a dry run,
   * or a file with bad lines) or written (records done, of how many).
   */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** The API key the import runs under (`importRecords`), named in its audit entries. */
  apiKeyId?: string;
}

/** A writing transaction, also where connections read only by default (a server on PostgreSQL). */
const writable = { accessMode: 'read write' } as const;

/** Records planned before their rows are written. */
const BATCH = 1000;

/**
 * Imports a record file (its text, or its path); throws ImportRefused, naming every bad line,
 * when any line is bad.
 */
export async function importRecords(
  db: Database,
  input: RecordInput,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const began = performance.now();
  const lines = lineReader(input);
  const found = await survey(lines((done, total) => options.onProgress?.('reading', done, total)));
  const total = PASSES.flat().reduce((sum, type) => sum + found.read[type], 0);
  let written = emptyCounts();

  await db.transaction(async (tx) => {
    const rows = emptyPlan();
    const plan = await planner(tx, found, rows);
    const writer = planWriter(tx, options.apiKeyId ?? null);
    // Rows are written only while the file is clean; a bad line found later rolls them back.
    const write = async () => {
      if (found.issues.length === 0 && !options.dryRun) await writer.write(rows);
      else for (const list of Object.values(rows)) list.length = 0;
    };
    const phase = found.issues.length === 0 && !options.dryRun ? 'writing' : 'checking';
    const progress = (done: number) => options.onProgress?.(phase, done, total);
    let done = 0;
    progress(done);
    for (const types of PASSES) {
      const codes = new Set(types.map(typeCode));
      let planned = 0;
      for await (const [raw, line] of lines()) {
        if (!codes.has(found.types[line] ?? 0)) continue;
        plan({ line, record: moatRecord.parse(JSON.parse(raw)) });
        planned += 1;
        if (planned % BATCH === 0) {
          await write();
          progress(done + planned);
        }
      }
      await write();
      done += planned;
      progress(done);
    }
    if (found.issues.length > 0) throw new ImportRefused(found.issues.sort((a, b) => a.line - b.line));
    written = writer.written;
  }, writable);
  if (!options.dryRun) {
    committed(db, 'everything');
    // PGlite runs no autovacuum: refresh the planner's statistics after a bulk write. (On
    // PostgreSQL, autovacuum does, and a server's statement timeout would cut it short.)
    if (is(db, PgliteDatabase)) await db.execute(sql`analyze`);
  }
  return { read: found.read, written, seconds: (performance.now() - began) / 1000 };
}
