// A new embedded database starts from the template that the first creation keeps: the same
// database, sooner. A template that does not load is dropped and the database made anyway.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCli } from '../cli-process.js';

const { scratch, run } = useCli('moat-template-');

/** A template folder of the test's own, so that it finds no template another test kept. */
const newCache = () => mkdtempSync(join(scratch, 'cache-'));

/** Creates a database with `migrate`; returns its folder. */
function migrated(name: string, cache: string): string {
  const dataDir = join(scratch, name);
  const result = run(['migrate'], dataDir, { MOAT_CACHE_DIR: cache });
  expect([result.status, result.stderr]).toEqual([0, '']);
  return dataDir;
}

/** Creates a database; returns its export, less the moments it was recorded. */
function created(name: string, cache: string): string {
  const exported = run(['export'], migrated(name, cache), { MOAT_CACHE_DIR: cache }).stdout;
  return exported.replace(/"recordedAt":"[^"]+"/g, '"recordedAt":…');
}

const templates = (cache: string) =>
  readdirSync(cache)
    .filter((name) => name.endsWith('.tar'))
    .map((name) => join(cache, name));

describe('a new embedded database', () => {
  // The first database made with a template folder of its own: from scratch, then kept.
  const first = { cache: '', exported: '' };
  beforeAll(() => {
    first.cache = newCache();
    first.exported = created('first', first.cache);
  }, 120_000);

  it('is kept as a template when it is the first, and later ones copied from it are the same', () => {
    const { cache, exported: fromScratch } = first;
    expect(templates(cache)).toHaveLength(1);
    const [template = ''] = templates(cache);
    const kept = statSync(template).mtimeMs;
    // Without the lock of the process that made it, which a copy would start with.
    expect(readFileSync(template).includes('moat.lock')).toBe(false);
    expect(fromScratch).toContain('"slug":"openai"');
    expect(created('second', cache)).toBe(fromScratch);
    expect(statSync(template).mtimeMs).toBe(kept);
    expect(readdirSync(cache)).toEqual([basename(template)]);
  });

  it('is made from scratch when the template does not load, and the template is made anew', () => {
    const cache = newCache();
    // What does not load, under the name the first database's template has.
    const template = join(cache, basename(templates(first.cache)[0] ?? ''));
    writeFileSync(template, 'not a database');
    migrated('after-the-damage', cache);
    expect(templates(cache)).toEqual([template]);
    expect(readFileSync(template).length).toBeGreaterThan(1_000_000);
  });
});
