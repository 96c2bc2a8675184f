// The import rules of ARCHITECTURE.md, checked over the source's import graph: a change that
// makes a layer reach where it must not fails here, with the import named.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** What each part of src/ may import of the others (its own files it always may). */
const MAY_IMPORT: Record<string, string[]> = {
  rules: [],
  paths: [],
  errors: ['rules'],
  db: ['rules', 'errors', 'context', 'paths'],
  auth: ['db'],
  context: ['auth', 'db', 'live-changes'],
  data: ['rules', 'db', 'paths'],
  schema: ['rules', 'db', 'errors', 'context', 'auth', 'data'],
  'response-cache': ['db', 'schema'],
  'live-changes': ['db', 'errors', 'rules'],
  operations: ['db'],
  'request-body-limit': [],
  'request-guards': ['request-body-limit', 'rules'],
  'client-address': [],
  'rate-limits': ['auth', 'db', 'client-address'],
  'trusted-documents': ['remote'],
  'nul-arguments': ['rules'],
  server: [
    'schema',
    'auth',
    'context',
    'db',
    'errors',
    'live-changes',
    'nul-arguments',
    'operations',
    'request-guards',
    'client-address',
    'rate-limits',
    'response-cache',
    'trusted-documents',
  ],
  'record-files': ['data', 'db', 'remote', 'rules'],
  scripts: ['schema', 'data', 'paths'],
  cli: [
    'server',
    'operations',
    'client-address',
    'rate-limits',
    'record-files',
    'remote',
    'auth',
    'data',
    'db',
    'rules',
    'trusted-documents',
  ],
};

/** The one file of another package that the server imports: the SDK's trusted documents, bundled in. */
const SDK_DOCUMENTS = resolve(SRC, '../../sdk/src/generated/trusted-documents.json');

/**
 * Packages a part may not use: rules are plain functions and zod (with Node's hashing and an edit
 * distance for excerpts), and only the schema and server speak GraphQL.
 */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  rules: /^(?!(zod|node:crypto|fastest-levenshtein)$)/,
  db: /^(graphql|graphql-yoga|@pothos\/)/,
  data: /^(graphql|graphql-yoga|@pothos\/)/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The part of src/ a file belongs to: its folder, or its own name at the top. */
const partOf = (file: string) => relative(SRC, file).split('/')[0]?.replace(/\.ts$/, '') ?? '';

/** Every import of every source file, static or dynamic, as [file, specifier, resolved path]. */
const imports = sourceFiles(SRC).flatMap((file) =>
  ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map(({ fileName }) => ({
    file: relative(SRC, file),
    part: partOf(file),
    specifier: fileName,
    target: fileName.startsWith('.') ? resolve(dirname(file), fileName.replace(/\.js$/, '.ts')) : undefined,
  })),
);

describe('the import rules of ARCHITECTURE.md', () => {
  it('reads the source', () => {
    expect(Object.keys(MAY_IMPORT).sort()).toEqual([...new Set(imports.map((i) => i.part))].sort());
    expect(imports.length).toBeGreaterThan(300);
  });

  it('lets each part import only the parts below it', () => {
    const crossing = imports
      .filter(({ target }) => target && target !== SDK_DOCUMENTS)
      .filter(({ part, target }) => {
        const to = partOf(target as string);
        return to !== part && !(MAY_IMPORT[part] ?? []).includes(to);
      })
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(crossing).toEqual([]);
  });

  it('keeps GraphQL out of the rules, the database and the data layers', () => {
    const crossing = imports
      .filter(({ part, specifier, target }) => !target && FORBIDDEN_PACKAGES[part]?.test(specifier))
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(crossing).toEqual([]);
  });

  it('keeps schema/shared and the builder apart from the domains that use them', () => {
    const domains = ['admin', 'companies', 'funding-rounds', 'people', 'quotes', 'search', 'sources'];
    const crossing = imports
      .filter(({ file }) => file.startsWith('schema/shared/') || file === 'schema/builder.ts')
      .filter(
        ({ target }) => target && domains.includes(relative(join(SRC, 'schema'), target).split('/')[0] ?? ''),
      )
      .map(({ file, specifier }) => `${file} imports ${specifier}`);
    expect(crossing).toEqual([]);
  });
});
