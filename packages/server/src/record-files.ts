// `moat import` and `moat export`: Moat record files (NDJSON) in and out of the database, with a
// progress bar on a terminal and a summary at the end.
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { exportRecords } from './data/export.js';
import { type ImportPhase, ImportRefused, type ImportSummary, importRecords } from './data/import/index.js';
import { fileParts } from './data/import/parts.js';
import { countAll, emptyCounts } from './data/import/write.js';
import { RECORD_TYPES, type RecordType } from './data/records.js';
import { type Database, type OpenOptions, openDatabase } from './db/connection.js';
import { IMPORT_RECORDS, type Remote, RemoteError, requestBody } from './remote.js';
import { MAX_REQUEST_BODY } from './rules/requests.js';

/** A problem the user can fix, reported in one line. */
export class RecordFileError extends Error {}

/** Thrown inside a new database's creation to stop it after a dry run, so nothing is created. */
class DryRunFinished extends Error {}

const number = new Intl.NumberFormat('en-US');

/** Reports progress on stderr: a bar on a terminal, one line when writing starts otherwise. */
function progressReporter() {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: '{phase} [{bar}] {percentage}% | {count}',
        stream: process.stderr,
        hideCursor: true,
      })
    : undefined;
  let phase: string | undefined;
  const names: Record<ImportPhase, string> = {
    reading: 'Reading ',
    checking: 'Checking',
    writing: 'Writing ',
  };
  return {
    update(next: ImportPhase, done: number, total: number) {
      if (next !== phase) {
        phase = next;
        if (bar) {
          bar.stop();
          bar.start(total, done, { phase: names[next] });
        } else if (next === 'writing')
          console.error(`Read every line; writing ${number.format(total)} records…`);
      }
      // Reading counts the file's bytes, checking and writing its records.
      const count =
        next === 'reading'
          ? `${(done / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB`
          : `${number.format(done)}/${number.format(total)} records`;
      bar?.update(done, { count });
    },
    stop: () => bar?.stop(),
  };
}

function counts(perType: ImportSummary['read']): string {
  return RECORD_TYPES.filter((type) => perType[type] > 0)
    .map((type) => `${number.format(perType[type])} ${type}`)
    .join(', ');
}

/** Checks that the file can be read: the import reads it as it goes. */
function checkReadable(file: string): void {
  let problem: string | undefined;
  try {
    closeSync(openSync(file, 'r'));
    if (statSync(file).isDirectory()) problem = 'EISDIR';
  } catch (error) {
    problem = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
  if (problem) throw new RecordFileError(`cannot read ${file}: ${problem}.`);
}

/**
 * What opening `options` would create, so that a dry run or a refused import into a new data
 * folder can remove exactly that: the first missing folder of its path, or the contents of an
 * empty one. Undefined for an existing database.
 */
function creation(options: OpenOptions): { undo: () => void } | undefined {
  if (options.databaseUrl) return undefined;
  let dir = resolve(options.dataDir);
  if (existsSync(dir)) {
    if (readdirSync(dir).length > 0) return undefined;
    const emptyDir = dir;
    return {
      undo: () => {
        for (const entry of readdirSync(emptyDir))
          rmSync(join(emptyDir, entry), { recursive: true, force: true });
      },
    };
  }
  while (!existsSync(dirname(dir))) dir = dirname(dir);
  const firstMissing = dir;
  return { undo: () => rmSync(firstMissing, { recursive: true, force: true }) };
}

/**
 * `moat import <file> [--dry-run]`. Into a new data folder, the file is the database's whole
 * content (no seed data); into an existing one, records already there are kept as they are.
 */
export async function importCommand(file: string, dryRun: boolean, options: OpenOptions): Promise<void> {
  checkReadable(file);
  const progress = progressReporter();
  const created = creation(options);
  let summary: ImportSummary | undefined;
  const run = async (db: Database) => {
    summary = await importRecords(db, { path: file }, { dryRun, onProgress: progress.update });
  };
  let finished = false;
  try {
    const connection = await openDatabase({
      ...options,
      initialize: async (db) => {
        await run(db);
        if (dryRun) throw new DryRunFinished();
      },
    });
    try {
      if (!connection.created) await run(connection.db);
    } finally {
      await connection.close();
    }
    finished = true;
  } catch (error) {
    progress.stop();
    if (error instanceof ImportRefused) refuse(error.issues, error.message);
    if (!(error instanceof DryRunFinished)) throw error;
  } finally {
    progress.stop();
    // A folder this command created holds nothing worth keeping unless the import finished.
    if (dryRun || !finished) created?.undo();
  }
  if (!summary) return;
  if (dryRun) {
    console.log(
      `Checked ${number.format(countAll(summary.read))} records (${counts(summary.read)}): the file is clean. Nothing was written (--dry-run).`,
    );
    return;
  }
  printSummary(file, summary);
}

/** What an import read and wrote, and how fast; `how`, said after the time, is how it went. */
function printSummary(file: string, { read, written, seconds }: ImportSummary, how = ''): void {
  const kept = RECORD_TYPES.reduce((sum, type) => sum + Math.max(0, read[type] - written[type]), 0);
  const perSecond = number.format(Math.round(countAll(read) / Math.max(seconds, 0.001)));
  console.log(`Imported ${file} in ${seconds.toFixed(2)} s${how} (${perSecond} records/s).`);
  console.log(`Read ${number.format(countAll(read))} records: ${counts(read) || 'none'}.`);
  console.log(
    `Wrote ${counts(written) || 'nothing new'}; ${number.format(kept)} already in the database, kept as they were.`,
  );
}

/** Names every bad line on stderr, then fails with `message`. */
function refuse(issues: ImportRefused['issues'], message: string): never {
  for (const issue of issues)
    console.error(`line ${issue.line}${issue.path ? `: ${issue.path}` : ''}: ${issue.message}`);
  throw new RecordFileError(message);
}

type ImportOutcome =
  | {
      __typename: 'ImportRecordsPayload';
      records: { type: RecordType; read: number; written: number }[];
    }
  | { __typename: 'ImportRefusedError'; message: string; lineIssues: ImportRefused['issues'] }
  | { __typename: 'NotAuthorizedError' | 'ValidationError'; message: string };

/** What a failure at part `index` (from 0) says of the parts before it, which were written. */
function writtenBefore(index: number, count: number): string {
  if (index === 0) return '';
  const before = index === 1 ? `Part 1 of ${count} was` : `Parts 1 to ${index} of ${count} were`;
  return ` ${before} written before it: once the file is fixed, import it again, which keeps what was written and adds the rest.`;
}

/**
 * `moat import <file> --url <endpoint>`: the file sent to a running server in parts that each
 * stay under its request body limit, each imported all or nothing. A line bad for its shape is
 * found before anything is sent; one bad for what it refers to refuses its part, after the parts
 * before it were written.
 */
export async function importThroughServer(file: string, remote: Remote): Promise<void> {
  checkReadable(file);
  const began = performance.now();
  const envelope = Buffer.byteLength(requestBody(IMPORT_RECORDS, { input: { records: '', lines: [] } }));
  const { parts, records } = await fileParts(file, MAX_REQUEST_BODY - envelope).catch((error) => {
    if (error instanceof ImportRefused) refuse(error.issues, error.message);
    throw error;
  });
  const summary: ImportSummary = { read: emptyCounts(), written: emptyCounts(), seconds: 0 };
  const progress = progressReporter();
  let done = 0;
  try {
    for (const [index, part] of parts.entries()) {
      progress.update('writing', done, records);
      const before = writtenBefore(index, parts.length);
      const { importRecords: outcome } = await remote<{ importRecords: ImportOutcome }>(IMPORT_RECORDS, {
        input: part,
      }).catch((error) => {
        throw error instanceof RemoteError ? new RemoteError(`${error.message}${before}`) : error;
      });
      if (outcome.__typename === 'ImportRefusedError') {
        progress.stop();
        const bad = new Set(outcome.lineIssues.map((issue) => issue.line)).size;
        refuse(
          outcome.lineIssues,
          index === 0
            ? outcome.message
            : `${bad} bad line${bad === 1 ? '' : 's'} in part ${index + 1}, which wrote nothing.${before}`,
        );
      }
      if (outcome.__typename !== 'ImportRecordsPayload')
        throw new RecordFileError(`${outcome.message}${before}`);
      for (const { type, read, written } of outcome.records) {
        summary.read[type] += read;
        summary.written[type] += written;
        done += read;
      }
    }
    progress.update('writing', done, records);
  } finally {
    progress.stop();
  }
  summary.seconds = (performance.now() - began) / 1000;
  printSummary(file, summary, ` through ${parts.length} request${parts.length === 1 ? '' : 's'}`);
}

/** `moat export [file]`: the whole database as a Moat record file, to a file or to stdout. */
export async function exportCommand(file: string | undefined, options: OpenOptions): Promise<void> {
  const connection = await openDatabase(options);
  let lines: string[];
  try {
    lines = await exportRecords(connection.db);
  } finally {
    await connection.close();
  }
  const text = lines.map((line) => `${line}\n`).join('');
  if (!file) {
    process.stdout.write(text);
    return;
  }
  // Written beside the target and renamed, so an interrupted export never leaves half a file.
  const partial = `${file}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
  // The first line is the format's version header, not a record.
  console.error(`Exported ${number.format(lines.length - 1)} records to ${file}.`);
}
