// A record file cut into parts that each fit in one request, for a server that imports a part
// at a time (`moat import --url`). Each record goes with its StatusChange and Claim lines, and
// the records in the order the import writes them, so that whatever a part refers to is in it or
// in a part before it.
import { ImportRefused } from './index.js';
import { lineReader } from './lines.js';
import { survey, typeCode } from './survey.js';
import { countAll, PASSES } from './write.js';

/** A part of a file: its lines' text, and the number each line has in the file. */
export interface FilePart {
  records: string;
  lines: number[];
}

/** What a line adds to a request: its text as a JSON string, with its newline, and its number. */
const cost = (raw: string, line: number) => Buffer.byteLength(JSON.stringify(raw)) + String(line).length + 1;

/**
 * Cuts the file at `path` into parts whose text and line numbers take at most `maxBytes` in a
 * request; with the number of records the file holds. Throws ImportRefused, naming every bad
 * line, when a line is bad for its shape alone or a record with its StatusChange and Claim lines
 * does not fit in one part: then nothing is to be sent. Claim and StatusChange lines whose record
 * is not in the file go in the first part, which the import then refuses, before anything is
 * written.
 */
export async function fileParts(
  path: string,
  maxBytes: number,
): Promise<{ parts: FilePart[]; records: number }> {
  const raw: string[] = [];
  const found = await survey(
    (async function* () {
      for await (const [text, line] of lineReader({ path })()) {
        raw[line - 1] = text;
        yield [text, line] as [string, number];
      }
    })(),
  );
  if (found.issues.length > 0) throw new ImportRefused(found.issues.sort((a, b) => a.line - b.line));

  const firstLine = raw.findIndex((text) => text.trim() !== '') + 1;
  const header = firstLine > 0 && JSON.parse(raw[firstLine - 1] as string).type === 'Moat' ? firstLine : 0;
  const nameAt = new Map([...found.names].map(([name, line]) => [line, name]));
  const placed = new Set<number>();
  /** A record's line with its StatusChange and Claim lines. */
  const unit = (line: number) => {
    const name = nameAt.get(line) ?? '';
    const round = name.startsWith('FundingRound:') ? name.slice('FundingRound:'.length) : undefined;
    const lines = [
      line,
      ...(round === undefined ? [] : (found.changes.get(round) ?? [])).map((change) => change.line),
      ...(found.claims.get(name) ?? []).map((claim) => claim.line),
    ];
    for (const each of lines) placed.add(each);
    return lines;
  };
  const units: number[][] = [];
  for (const types of PASSES) {
    const codes = new Set(types.map(typeCode));
    for (let line = 1; line < found.types.length; line++)
      if (codes.has(found.types[line] ?? 0)) units.push(unit(line));
  }
  const orphans = raw.flatMap((_, index) =>
    found.types[index + 1] && !placed.has(index + 1) ? [index + 1] : [],
  );
  if (orphans.length > 0) units.unshift(orphans);

  const lineCost = (line: number) => cost(raw[line - 1] as string, line);
  const base = header ? lineCost(header) : 0;
  const tooLarge = [];
  const parts: number[][] = [];
  let size = Number.POSITIVE_INFINITY;
  for (const lines of units) {
    const unitSize = lines.reduce((sum, line) => sum + lineCost(line), 0);
    if (base + unitSize > maxBytes) {
      tooLarge.push({
        line: lines[0] as number,
        path: '',
        message: `takes ${unitSize} bytes in a request with its StatusChange and Claim lines, more than one may carry (${maxBytes})`,
      });
    } else if (size + unitSize > maxBytes) {
      parts.push([...lines]);
      size = base + unitSize;
    } else {
      parts.at(-1)?.push(...lines);
      size += unitSize;
    }
  }
  if (tooLarge.length > 0) throw new ImportRefused(tooLarge);
  return {
    parts: parts.map((lines) => {
      const numbers = [...(header ? [header] : []), ...lines.sort((a, b) => a - b)];
      return { records: numbers.map((line) => raw[line - 1]).join('\n'), lines: numbers };
    }),
    records: countAll(found.read),
  };
}
