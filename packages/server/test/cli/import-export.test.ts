import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordFile } from '../../bench/record-file.js';
import { CLI, useCli } from '../cli-process.js';
import { copyTemplate } from '../helpers.js';

const { scratch, env, run } = useCli('moat-records-');

/** Writes a record file into the scratch folder; returns its path. */
function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** The whole database, as `moat export` writes it. */
function exported(dataDir: string): string {
  const result = run(['export'], dataDir);
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('moat export and moat import', () => {
  // The seeded database as export writes it, the same for every copy: what a write that writes
  // nothing leaves.
  let seeded = '';
  beforeAll(() => {
    seeded = exported(copyTemplate(scratch).dataDir);
  });

  it('export → import into a new data folder → export gives the same file', () => {
    const { dataDir } = copyTemplate(scratch);
    const added = run(['import', file('generated.ndjson', recordFile(40))], dataDir);
    expect(added.status).toBe(0);
    const first = join(scratch, 'first.ndjson');
    // The seed's 20 records and 36 claims, and the file's 211 (a status history for each of its
    // 40 rounds) and the 370 claims its plain values make.
    expect(run(['export', first], dataDir).stderr).toBe(`Exported 677 records to ${first}.\n`);

    const emptyDir = join(scratch, 'round-trip', 'data');
    const imported = run(['import', first], emptyDir);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^Imported .+first\.ndjson in [\d.]+ s \([\d,]+ records\/s\)\.$/m);
    expect(imported.stdout).toContain(
      'Read 677 records: 2 Source, 56 Company, 42 Person, 42 Role, 47 Quote, 41 FundingRound, 41 StatusChange, 406 Claim.',
    );
    expect(exported(emptyDir)).toBe(readFileSync(first, 'utf8'));
  });

  it('names every bad line, with its field path, and writes nothing', () => {
    const { dataDir } = copyTemplate(scratch);
    const bad = file(
      'bad.ndjson',
      [
        '{"type":"Company","slug":"mistral-ai","name":"Mistral AI","kind":"STARTUP","country":"FR"}',
        '{"type":"Company","slug":"Bad Slug","name":"","kind":"STARTUP"}',
        'not json',
        '',
        '{"type":"Quote","key":"q1","text":"Open weights win.","form":"VERBATIM","speaker":"nobody","attribution":"Nobody","citations":[{"source":"the-rise-of-deepseek","excerpt":"something else"}]}',
        '{"type":"Role","key":"r1","person":"sam-altman","company":"mistral-ai","title":"Adviser","since":{"date":"2999-01-01","precision":"DAY"}}',
        '{"type":"FundingRound","key":"f1","company":"mistral-ai","stage":"SEED","status":"CLOSED","currency":"EUR","amount":"-5","investors":[{"company":"unknown-fund","lead":true}],"citations":[{"source":"no-such-source","excerpt":"x"}]}',
        '{"type":"Company","slug":"mistral-ai","name":"Mistral","kind":"STARTUP"}',
        '{"type":"Planet","key":"mars"}',
      ].join('\n'),
    );
    const result = run(['import', bad], dataDir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'line 2: slug: must be lowercase letters and digits joined by hyphens, like "openai"',
      'line 2: name: must not be blank',
      'line 3: not JSON (Unexpected token \'o\', "not json" is not valid JSON)',
      'line 5: text: a VERBATIM quote must stand word for word in one of its excerpts',
      'line 6: since.date: must not be in the future',
      'line 7: amount: must be a non-negative decimal string of at most 40 digits (and 20 decimals), like "40000000000"',
      'line 8: slug: "mistral-ai" is already used on line 1',
      'line 9: type: must be Source, Company, Person, Role, Quote, FundingRound, StatusChange or Claim',
      'moat: 7 bad lines; nothing was written.',
      '',
    ]);
    // What a line refers to is checked once its shape is right.
    const references = file(
      'references.ndjson',
      [
        '{"type":"Company","slug":"mistral-ai","name":"Mistral AI","kind":"STARTUP","country":"FR"}',
        '{"type":"Quote","key":"q1","text":"Open weights win.","form":"PARAPHRASE","speaker":"nobody","attribution":"Nobody"}',
        '{"type":"FundingRound","key":"f1","company":"mistral-ai","stage":"SEED","status":"CLOSED","currency":"EUR","investors":[{"company":"unknown-fund","lead":true}],"citations":[{"source":"no-such-source","excerpt":"x"}]}',
        '{"type":"Company","slug":"mistral-ai","name":"Mistral","kind":"STARTUP"}',
        '{"type":"StatusChange","key":"s1","round":"f0","status":"CLOSED"}',
      ].join('\n'),
    );
    const refused = run(['import', references], dataDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')).toEqual([
      'line 2: speaker: no person has the slug "nobody" (in the file or the database)',
      'line 3: citations.0.source: no source has the key "no-such-source" (in the file or the database)',
      'line 3: investors.0.company: no company has the slug "unknown-fund" (in the file or the database)',
      'line 4: slug: "mistral-ai" is already used on line 1',
      'line 5: round: no funding round in the file has the key "f0"',
      'moat: 4 bad lines; nothing was written.',
      '',
    ]);
    expect(exported(dataDir)).toBe(seeded);
  });

  it('--dry-run checks a clean file and writes nothing', () => {
    const { dataDir } = copyTemplate(scratch);
    const clean = file('clean.ndjson', recordFile(3));
    const result = run(['import', '--dry-run', clean], dataDir);
    expect(result.stdout).toBe(
      'Checked 26 records (1 Source, 13 Company, 3 Person, 3 Role, 3 Quote, 3 FundingRound): the file is clean. Nothing was written (--dry-run).\n',
    );
    expect(exported(dataDir)).toBe(seeded);
  });

  it('--dry-run into a new or empty folder leaves nothing behind', () => {
    const clean = file('clean-new.ndjson', recordFile(3));
    const newDir = join(scratch, 'never-created');
    expect(run(['import', '--dry-run', clean], newDir).status).toBe(0);
    expect(existsSync(newDir)).toBe(false);
    const nested = join(scratch, 'nested', 'deeper', 'data');
    expect(run(['import', '--dry-run', clean], nested).status).toBe(0);
    expect(existsSync(join(scratch, 'nested'))).toBe(false);
    const emptyDir = join(scratch, 'empty');
    mkdirSync(emptyDir);
    expect(run(['import', '--dry-run', clean], emptyDir).status).toBe(0);
    expect(readdirSync(emptyDir)).toEqual([]);
  });

  it('a second import of the same file writes nothing new', () => {
    const { dataDir } = copyTemplate(scratch);
    const generated = file('twice.ndjson', recordFile(3));
    expect(run(['import', generated], dataDir).stdout).toContain(
      // A version 1 file: each cited plain value is a claim.
      'Wrote 1 Source, 13 Company, 3 Person, 3 Role, 3 Quote, 3 FundingRound, 3 StatusChange, 37 Claim; 0 already in the database',
    );
    const after = exported(dataDir);
    expect(run(['import', generated], dataDir).stdout).toContain(
      'Wrote nothing new; 26 already in the database, kept as they were.',
    );
    expect(exported(dataDir)).toBe(after);
  });

  it.each([
    ['SIGKILL', 'SIGKILL', true],
    // Ended through exit, which removes the lock; SIGKILL leaves it, and the next process takes it over.
    ['SIGINT', 'exit code 130', false],
  ] as const)(
    'a process ended by %s in the middle of a large import leaves the database as it was',
    async (signal, end, lockLeft) => {
      const { dataDir } = copyTemplate(scratch);
      const large = file('large.ndjson', recordFile(3000));
      const child = spawn(process.execPath, [CLI, 'import', large], { env: env(dataDir) });
      let stdout = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      const exited = new Promise<string>((resolve) =>
        child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)),
      );
      // Off a terminal, import says it is writing as its transaction begins to write, which
      // goes on for seconds at this size: the kill comes in the middle of the writing.
      let stderr = '';
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
          if (stderr.includes('\n')) resolve();
        });
        child.once('exit', () => reject(new Error(`moat import ended before it wrote:\n${stderr}`)));
      });
      child.kill(signal);
      expect(await exited).toBe(end);
      expect(stderr).toBe('Read every line; writing 15,011 records…\n');
      expect(stdout).toBe('');
      expect(existsSync(join(dataDir, 'moat.lock'))).toBe(lockLeft);
      expect(exported(dataDir)).toBe(seeded);
    },
  );

  it('refuses a file it cannot read, and a missing file argument, in one line', () => {
    const { dataDir } = copyTemplate(scratch);
    const missing = run(['import', 'no-such-file.ndjson'], dataDir);
    expect(missing.stderr).toBe(`moat: cannot read ${join(scratch, 'no-such-file.ndjson')}: ENOENT.\n`);
    expect(run(['import'], dataDir).stderr).toMatch(/^moat: unknown command "import"/);
  });
});
