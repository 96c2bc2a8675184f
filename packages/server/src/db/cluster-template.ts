// A new embedded database starts as a copy of an empty, migrated one that the first creation on
// this machine left in a cache, so that only that first creation pays for PostgreSQL's initdb
// (several seconds in WebAssembly) and for the migrations. The cache is only a shortcut: when it
// cannot be read or written, a database is created from scratch as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { paths } from '../paths.js';
import { LOCK_FILE } from './folder-lock.js';

/** The PGlite build: a template made by another one may not load (and would then be dropped). */
function pgliteVersion(): string {
  const name = '@electric-sql/pglite';
  try {
    const entry = createRequire(import.meta.url).resolve(name);
    const packageDir = entry.slice(0, entry.lastIndexOf(name) + name.length);
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** The template's file: named by the PGlite build and every migration it holds. */
export function templateFile(migrations: MigrationMeta[]): string {
  const key = createHash('sha256')
    .update([pgliteVersion(), ...migrations.map((migration) => migration.hash)].join('\n'))
    .digest('hex')
    .slice(0, 16);
  return join(paths.cache, `empty-database-${key}.tar`);
}

/** The template, if the cache has it. */
export function readTemplate(file: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

const TAR_BLOCK = 512;

/**
 * The tar without the folder's lock file: a database made from the template must not start with
 * the lock of the process that made it.
 */
function withoutLock(tar: Buffer): Buffer {
  const kept: Buffer[] = [];
  for (let at = 0; at < tar.length; ) {
    // A header block: the name (100 bytes), …, the size in octal at 124.
    const name = tar.toString('utf8', at, at + 100).replace(/\0.*$/s, '');
    const size = Number.parseInt(tar.toString('latin1', at + 124, at + 136), 8) || 0;
    const end = at + TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
    if (name.replace(/^\.?\//, '') !== LOCK_FILE) kept.push(tar.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}

/** Keeps a just-migrated, still empty database as the template; written whole or not at all. */
export async function saveTemplate(
  client: { dumpDataDir(compression: 'none'): Promise<Blob> },
  file: string,
): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    const tar = withoutLock(Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, tar);
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}

/** Forgets a template that would not load. */
export function dropTemplate(file: string): void {
  rmSync(file, { force: true });
}
