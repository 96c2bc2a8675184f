// Reads a record file's lines: each is checked for its shape alone; what it refers to is
// checked when the file is planned.
import {
  FORMAT_VERSION,
  headerRecord,
  type MoatRecord,
  moatRecord,
  type RecordOf,
  type RecordType,
} from '../records.js';

/** A problem with one line of a file. */
export interface LineIssue {
  line: number;
  path: string;
  message: string;
}

/** Notes a problem with a line. */
export type Issue = (line: number, path: string, message: string) => void;

export interface Line<Record extends MoatRecord = MoatRecord> {
  line: number;
  record: Record;
}

/** A file's records, the problems of its bad lines, and the names (type:key) of those lines. */
export interface ParsedFile {
  lines: Line[];
  issues: LineIssue[];
  refused: Set<string>;
}

/** The lines holding records of one type, in file order. */
export const linesOf = <Type extends RecordType>(lines: Line[], type: Type) =>
  lines.filter((line): line is Line<RecordOf<Type>> => line.record.type === type);

/** The name a record goes by in references: `Company:openai`, `FundingRound:openai-2025`. */
const nameOf = (type: unknown, record: { slug?: unknown; key?: unknown }) =>
  `${String(type)}:${String(record.slug ?? record.key)}`;

const HEADER = JSON.stringify({ type: 'Moat', version: FORMAT_VERSION });

/** Why a line of this type may not stand where it does: a late header, or a Claim in version 1. */
function misplaced(type: unknown, first: boolean, version: number): string | undefined {
  if (type === 'Moat' && !first) return 'the version header must be the first line';
  if (type === 'Claim' && version < FORMAT_VERSION)
    return `a Claim needs format version 2: make ${HEADER} the file’s first line`;
  return undefined;
}

/** Turns raw lines into records, one at a time, noting the problems of bad lines in `parsed`. */
export function lineParser(parsed: Omit<ParsedFile, 'lines'>) {
  let version = 1;
  let first = true;
  /** The record of a line, or undefined for a blank, header or bad line. */
  return (raw: string, line: number): MoatRecord | undefined => {
    if (raw.trim() === '') return undefined;
    const atFirst = first;
    first = false;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      parsed.issues.push({ line, path: '', message: `not JSON (${(error as Error).message})` });
      return undefined;
    }
    const type = (value as { type?: unknown } | null)?.type;
    const problem = misplaced(type, atFirst, version);
    if (problem) {
      parsed.issues.push({ line, path: 'type', message: problem });
      return undefined;
    }
    if (type === 'Moat') {
      const header = headerRecord.safeParse(value);
      for (const issue of header.error?.issues ?? [])
        parsed.issues.push({ line, path: issue.path.join('.'), message: issue.message });
      version = FORMAT_VERSION;
      return undefined;
    }
    const result = moatRecord.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      parsed.issues.push({ line, path: issue.path.join('.'), message: issue.message });
    // Lines that refer to a refused record are not blamed for it: its own line is reported.
    if (value && typeof value === 'object') {
      const record = value as { type?: unknown; slug?: unknown; key?: unknown };
      parsed.refused.add(nameOf(record.type, record));
    }
    return undefined;
  };
}

/** The lines of a text, numbered from 1; a leading byte order mark is dropped. */
export function* textLines(text: string): Generator<[raw: string, line: number]> {
  const body = text.replace(/^\uFEFF/, '');
  let line = 0;
  for (let at = 0; at <= body.length; ) {
    const end = body.indexOf('\n', at);
    const stop = end < 0 ? body.length : end;
    line += 1;
    yield [body.slice(at, stop), line];
    at = stop + 1;
  }
}

/**
 * Parses every line of a file; blank lines (and a leading byte order mark) are skipped. The first
 * line may be the version header; without it, the file is version 1 and has no Claim records.
 */
export function parseLines(text: string): ParsedFile {
  const parsed: ParsedFile = { lines: [], issues: [], refused: new Set() };
  const parse = lineParser(parsed);
  for (const [raw, line] of textLines(text)) {
    const record = parse(raw, line);
    if (record) parsed.lines.push({ line, record });
  }
  return parsed;
}
