import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLines, paths, printRecordJsonSchema, readSeedFile } from '../moat.js';

describe('the record format', () => {
  it('reads the example in the README', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const example = readme.split('## Import and export')[1]?.match(/```json\n([\s\S]*?)```/)?.[1] ?? '';
    const { lines, issues } = parseLines(example);
    expect(issues).toEqual([]);
    expect(lines.map(({ record }) => record.type)).toEqual(['Source', 'Company', 'Claim']);
  });

  it('is described by the committed moat-record.schema.json (run `pnpm schema:print` after a change)', () => {
    expect(readFileSync(paths.recordJsonSchema, 'utf8')).toBe(printRecordJsonSchema());
    const schema = JSON.parse(printRecordJsonSchema());
    expect(
      schema.oneOf.map((type: { properties: { type: { const: string } } }) => type.properties.type.const),
    ).toEqual([
      'Moat',
      'Source',
      'Company',
      'Person',
      'Role',
      'Quote',
      'FundingRound',
      'StatusChange',
      'Claim',
    ]);
  });
});

describe('the seed file', () => {
  it('is a clean Moat record file, with every fact cited', () => {
    const { lines, issues } = parseLines(readSeedFile());
    expect(issues).toEqual([]);
    expect(
      lines
        .filter(({ record }) => record.type === 'Company')
        .map(({ record }) => 'slug' in record && record.slug),
    ).toContain('openai');
    for (const { record } of lines)
      if (record.type !== 'Source')
        expect({ line: record, cited: record.citations.length > 0 }).toMatchObject({ cited: true });
  });

  it('keeps partial dates with their precision, and refuses an unknown field, naming where', () => {
    const { lines, issues } = parseLines(
      [
        '{"type":"FundingRound","key":"r","company":"openai","stage":"SEED","status":"RUMORED","currency":"USD","announcedOn":{"date":"2025-01-01","precision":"QUARTER"}}',
        '{"type":"Company","slug":"openai","name":"OpenAI","kind":"CORPORATION","foundedIn":"2015"}',
      ].join('\n'),
    );
    expect(lines[0]?.record).toMatchObject({ announcedOn: { date: '2025-01-01', precision: 'QUARTER' } });
    expect(issues).toEqual([{ line: 2, path: '', message: 'Unrecognized key: "foundedIn"' }]);
  });
});
