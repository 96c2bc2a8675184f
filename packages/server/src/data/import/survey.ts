// The first pass over a file: every line's shape is checked, and only what the later passes need
// is kept: the names the file gives and refers to, its sources, and the StatusChange and Claim
// lines (planned with their record). The records themselves are read again when they are written.
import type { RecordNames } from '../../db/queries/records.js';
import { RECORD_TYPES, type RecordOf, type RecordType } from '../records.js';
import { keyedId } from './ids.js';
import { type Line, type LineIssue, lineParser } from './parse.js';
import { emptyCounts } from './write.js';

type ClaimLine = Line<RecordOf<'Claim'>>;
type ChangeLine = Line<RecordOf<'StatusChange'>>;

/** A company's or person's line, as IDs are assigned from it. */
export interface NamedLine {
  line: number;
  slug: string;
  id: string | undefined;
}

export interface Survey {
  issues: LineIssue[];
  /** The lines refused for their shape (type:key): references to them are not blamed again. */
  refused: Set<string>;
  /** Records per type. */
  read: Record<RecordType, number>;
  /** The record type of each good line, by line number (0 for a blank, header or bad line). */
  types: Uint8Array;
  /** The line each record (type:slug or type:key, Claims aside) is on. */
  names: Map<string, number>;
  /** The slugs, IDs and source IDs the records give or refer to: looked up in the database. */
  refers: RecordNames;
  /** Companies and people, in file order. */
  named: Record<'Company' | 'Person', NamedLine[]>;
  /** Every source of the file, by ID: its text, when it keeps one, and when it was published. */
  sources: Map<string, { text: string | null; publishedAt: Date | null }>;
  /** StatusChange lines by the key of their round. */
  changes: Map<string, ChangeLine[]>;
  /** Claim lines by the record they name (type:slug or type:key). */
  claims: Map<string, ClaimLine[]>;
  /** Each Claim line's place among them, for those recorded now, in line order. */
  claimOrder: Map<ClaimLine, number>;
}

/** The code a record type has in `Survey.types`. */
export const typeCode = (type: RecordType) => RECORD_TYPES.indexOf(type) + 1;

/** Adds to a map of lists. */
function append<Value>(map: Map<string, Value[]>, key: string, value: Value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Surveys a file's lines, in order; `onLine` hears of each. */
export async function survey(lines: AsyncIterable<[raw: string, line: number]> | Iterable<[string, number]>) {
  const found: Survey = {
    issues: [],
    refused: new Set(),
    read: emptyCounts(),
    types: new Uint8Array(1024),
    names: new Map(),
    refers: { slugs: new Set(), ids: new Set(), sourceIds: new Set() },
    named: { Company: [], Person: [] },
    sources: new Map(),
    changes: new Map(),
    claims: new Map(),
    claimOrder: new Map(),
  };
  const parse = lineParser(found);
  const { slugs, ids, sourceIds } = found.refers as { [Key in keyof RecordNames]: Set<string> };
  for await (const [raw, line] of lines) {
    const record = parse(raw, line);
    if (!record) continue;
    found.read[record.type] += 1;
    if (line >= found.types.length) {
      const grown = new Uint8Array(Math.max(found.types.length * 2, line + 1));
      grown.set(found.types);
      found.types = grown;
    }
    found.types[line] = typeCode(record.type);
    if (record.type === 'Claim') {
      const claim = { line, record };
      found.claimOrder.set(claim, found.claimOrder.size);
      append(found.claims, record.record, claim);
    } else {
      // Each key or slug names one record of its type.
      const [path, name] = 'slug' in record ? ['slug', record.slug] : ['key', record.key];
      const seen = found.names.get(`${record.type}:${name}`);
      if (seen) found.issues.push({ line, path, message: `"${name}" is already used on line ${seen}` });
      else found.names.set(`${record.type}:${name}`, line);
    }
    if (record.type === 'Company' || record.type === 'Person') {
      found.named[record.type].push({ line, slug: record.slug, id: record.id });
      slugs.add(record.slug);
      if (record.id) ids.add(record.id);
    }
    if (record.type === 'Source')
      found.sources.set(keyedId('source', record.key), {
        text: record.text ?? null,
        publishedAt: record.publishedAt ? new Date(record.publishedAt) : null,
      });
    if (record.type === 'StatusChange') append(found.changes, record.round, { line, record });
    if ('company' in record && typeof record.company === 'string') slugs.add(record.company);
    if ('person' in record) slugs.add(record.person);
    if (record.type === 'Quote')
      for (const slug of [record.speaker, record.attributedTo, ...record.about]) if (slug) slugs.add(slug);
    const investors =
      record.type === 'FundingRound'
        ? record.investors
        : record.type === 'Claim' && record.property === 'investors' && Array.isArray(record.value)
          ? (record.value as RecordOf<'FundingRound'>['investors'])
          : [];
    for (const investor of investors) slugs.add('company' in investor ? investor.company : investor.person);
    for (const citation of 'citations' in record ? record.citations : [])
      sourceIds.add(keyedId('source', citation.source));
  }
  return found;
}
