// A record file in parts for `moat import --url`: each part fits in one request, keeps each record
// with its StatusChange and Claim lines, and refers only to itself and the parts before it, so
// that importing the parts one after another gives the database the whole file gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { openNewDatabase, useReadOnlyServer } from '../helpers.js';
import { exportRecords, fileParts, ImportRefused, importRecords } from '../moat.js';

const server = useReadOnlyServer();
const scratch = mkdtempSync(join(tmpdir(), 'moat-parts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `text` to a file of the scratch folder; its path. */
function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** What a part adds to a request: its text and its line numbers, as JSON. */
const partBytes = (part: { records: string; lines: number[] }) =>
  Buffer.byteLength(JSON.stringify(part.records)) + JSON.stringify(part.lines).length - 4;

const ORDER = ['Moat', 'Source', 'Company', 'Person', 'Role', 'Quote', 'FundingRound'];

describe('a record file in parts', () => {
  it('keeps each record with its lines, after what it refers to, each part under the size; imported part by part, the file is whole', async () => {
    const text = `${(await exportRecords(server.connection.db)).join('\n')}\n`;
    const fileLines = text.split('\n');
    const { parts, records } = await fileParts(file('seed.ndjson', text), 4_000);
    expect(records).toBe(fileLines.length - 2);
    expect(parts.length).toBeGreaterThan(5);

    const seen: number[] = [];
    let lastType = 0;
    for (const part of parts) {
      expect(partBytes(part)).toBeLessThanOrEqual(4_000);
      expect(part.records.split('\n')).toEqual(part.lines.map((line) => fileLines[line - 1]));
      const [header, ...lines] = part.lines;
      expect(header).toBe(1);
      seen.push(...lines);
      const parsed = lines.map((line) => JSON.parse(must(fileLines[line - 1])));
      const names = new Set(parsed.map((record) => `${record.type}:${record.slug ?? record.key}`));
      for (const record of parsed) {
        if (record.type === 'Claim') expect(names).toContain(record.record);
        else if (record.type === 'StatusChange') expect(names).toContain(`FundingRound:${record.round}`);
        else {
          // Records come in the order they are written: a part's first is not before the last one's.
          const type = ORDER.indexOf(record.type);
          if (record === parsed[0]) expect(type).toBeGreaterThanOrEqual(lastType);
          lastType = Math.max(lastType, type);
        }
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: records }, (_, index) => index + 2));

    const copy = await openNewDatabase(async () => {});
    try {
      for (const part of parts) await importRecords(copy.db, { text: part.records, lines: part.lines });
      expect(`${(await exportRecords(copy.db)).join('\n')}\n`).toBe(text);
    } finally {
      await copy.close();
    }
  });

  it('puts Claim and StatusChange lines without their record in the first part, which the import refuses', async () => {
    const path = file(
      'orphans.ndjson',
      [
        '{"type":"Moat","version":2}',
        '{"type":"Company","slug":"acme","name":"Acme","kind":"STARTUP"}',
        '{"type":"StatusChange","key":"s1","round":"no-round","status":"CLOSED"}',
      ].join('\n'),
    );
    const { parts } = await fileParts(path, 4_000);
    expect(parts).toEqual([{ records: must(parts[0]).records, lines: [1, 2, 3] }]);
    const { parts: apart } = await fileParts(path, 150);
    expect(apart.map((part) => part.lines)).toEqual([
      [1, 3],
      [1, 2],
    ]);
  });

  it('refuses, before anything is sent, lines bad for their shape and a record too large for a request', async () => {
    const refusal = async (text: string, maxBytes: number) => {
      const error = await fileParts(file('refused.ndjson', text), maxBytes).catch((error) => error);
      expect(error).toBeInstanceOf(ImportRefused);
      return (error as ImportRefused).issues;
    };
    expect(
      await refusal('{"type":"Company","slug":"Bad Slug","name":"Bad","kind":"STARTUP"}', 4_000),
    ).toEqual([
      {
        line: 1,
        path: 'slug',
        message: 'must be lowercase letters and digits joined by hyphens, like "openai"',
      },
    ]);
    const company = '{"type":"Company","slug":"acme","name":"Acme","kind":"STARTUP"}';
    expect(await refusal(`${company}\n`, 50)).toEqual([
      {
        line: 1,
        path: '',
        message:
          'takes 83 bytes in a request with its StatusChange and Claim lines, more than one may carry (50)',
      },
    ]);
  });
});
