// For other packages' tests: a Moat server started the way users start it, the CLI as a process,
// on a free port over a new embedded database (created, migrated and seeded).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from './build.mjs';

/**
 * What a process started by a test inherits from the shell that runs the tests: PATH, to find
 * programs; HOME and TMPDIR, where tools keep their files. Nothing else reaches it, so that a
 * developer's DATABASE_URL or MOAT_REQUIRE_KEY_FOR_READS never points the tests at their own
 * PostgreSQL nor closes reads: what a test wants set, it passes as `extra`.
 */
const INHERITED = ['PATH', 'HOME', 'TMPDIR'];

/**
 * The environment for a process a test starts: the few inherited variables, and `extra`.
 * @param {Record<string, string>} [extra]
 * @returns {Record<string, string>}
 */
export function childEnvironment(extra = {}) {
  const inherited = INHERITED.flatMap((name) => {
    const value = process.env[name];
    return value === undefined ? [] : [[name, value]];
  });
  return { ...Object.fromEntries(inherited), ...extra };
}

/**
 * Builds the server, creates its database with an API key of scope `write` and one of scope
 * `admin` (through the CLI, as an operator does), starts it and resolves once it is ready.
 * @param {Record<string, string>} [extra] more of its environment, such as MOAT_TRUSTED_DOCUMENTS
 * @returns {Promise<{ url: string, writeKey: string, adminKey: string, stop: () => Promise<void> }>}
 */
export async function startMoatServer(extra = {}) {
  // A bundle of its own: test runs of several packages at once never read a bundle being written.
  const dist = new URL('./dist/', import.meta.url).pathname;
  mkdirSync(dist, { recursive: true });
  const bundleDir = mkdtempSync(join(dist, 'testing-'));
  const cli = join(bundleDir, 'cli.js');
  await buildServer(bundleDir);
  const dataParent = mkdtempSync(join(tmpdir(), 'moat-server-'));
  const env = childEnvironment({
    PORT: '0',
    HOST: '127.0.0.1',
    MOAT_DATA_DIR: join(dataParent, 'data'),
    // Rate limits stay on, above what a whole test run spends: every test shares one address.
    MOAT_RATE_LIMIT_PER_ADDRESS: '1000000',
    MOAT_RATE_LIMIT_PER_KEY: '1000000',
    ...extra,
  });
  /**
   * Creates an API key through the CLI, as an operator does; returns the key.
   * @param {string} scope
   */
  const createKey = (scope) => {
    const created = spawnSync(
      process.execPath,
      [cli, 'keys', 'create', '--name', `tests (${scope})`, '--scope', scope],
      {
        env,
        encoding: 'utf8',
      },
    );
    const key = created.stdout.trim().split('\n').at(-1) ?? '';
    if (created.status !== 0 || !key.startsWith('moat_'))
      throw new Error(`Could not create an API key:\n${created.stdout}${created.stderr}`);
    return key;
  };
  const writeKey = createKey('write');
  const adminKey = createKey('admin');
  const child = spawn(process.execPath, [cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataParent, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
  };
  try {
    return { url: await readyUrl(child), writeKey, adminKey, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The URL of the server's ready line; rejects with its output if it exits first.
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<string>}
 */
function readyUrl(child) {
  return new Promise((resolve, reject) => {
    let output = '';
    /** @param {Buffer} chunk */
    const read = (chunk) => {
      output += chunk;
      const url = /Moat ready at (\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code, signal) =>
      reject(new Error(`The Moat server exited (${signal ?? code}) before it was ready:\n${output}`)),
    );
  });
}

/** @type {(() => Promise<void>) | undefined} */
let stopShared;

/**
 * A vitest global setup: one live server for the whole run, its URL provided as `moatUrl` and a
 * key with the write scope as `moatWriteKey`.
 * @param {{ provide: (key: 'moatUrl' | 'moatWriteKey', value: string) => void }} project
 * @param {Record<string, string>} [extra] more of the server's environment
 */
export async function setup(project, extra = {}) {
  const server = await startMoatServer(extra);
  stopShared = server.stop;
  project.provide('moatUrl', server.url);
  project.provide('moatWriteKey', server.writeKey);
}

export async function teardown() {
  await stopShared?.();
}
