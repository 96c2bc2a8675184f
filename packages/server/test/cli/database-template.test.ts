// A new embedded database starts from the template that the first creation keeps: the same
// database, sooner. A template that does not load is dropped and the database made anyway.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from '../cli-process.js';

const { scratch, run } = useCli('moat-template-');
const cache = join(scratch, 'cache');
const withCache = { MOAT_CACHE_DIR: cache };

/** Creates a database with `migrate` and returns its export, less the moments it was recorded. */
function created(name: string): string {
  const dataDir = join(scratch, name);
  const migrated = run(['migrate'], dataDir, withCache);
  expect(migrated.stderr).toBe('');
  expect(migrated.status).toBe(0);
  return run(['export'], dataDir, withCache).stdout.replace(/"recordedAt":"[^"]+"/g, '"recordedAt":…');
}

let fromScratch = '';
const templates = () => readdirSync(cache).filter((name) => name.endsWith('.tar'));

describe('a new embedded database', () => {
  it('is kept as a template when it is the first, and later ones copied from it are the same', () => {
    fromScratch = created('first');
    expect(templates()).toHaveLength(1);
    const template = join(cache, templates()[0] ?? '');
    const kept = statSync(template).mtimeMs;
    expect(fromScratch).toContain('"slug":"openai"');
    expect(created('second')).toBe(fromScratch);
    expect(statSync(template).mtimeMs).toBe(kept);
    expect(readdirSync(cache)).toEqual(templates());
  });

  it('is made from scratch when the template does not load, and the template is made anew', () => {
    const template = join(cache, templates()[0] ?? '');
    writeFileSync(template, 'not a database');
    const migrated = run(['migrate'], join(scratch, 'third'), withCache);
    expect([migrated.status, migrated.stderr]).toEqual([0, '']);
    expect(readFileSync(template).length).toBeGreaterThan(1_000_000);
  });
});
