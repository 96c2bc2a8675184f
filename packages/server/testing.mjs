// For other packages' tests: a Moat server started the way users start it, the CLI as a process,
// on a free port over a new embedded database (created, migrated and seeded by the CLI, or a copy
// of one the run's global setup made so).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
 * A build of the server of its own, so that test runs of several packages at once never read a
 * bundle being written; and how to remove it.
 */
async function serverBundle() {
  const dist = new URL('./dist/', import.meta.url).pathname;
  mkdirSync(dist, { recursive: true });
  const bundleDir = mkdtempSync(join(dist, 'testing-'));
  await buildServer(bundleDir);
  return {
    cli: join(bundleDir, 'cli.js'),
    remove: () => rmSync(bundleDir, { recursive: true, force: true }),
  };
}

/**
 * Creates an API key through the CLI, as an operator does, in the database of `env`; returns it.
 * The first creates the database (migrated and seeded).
 * @param {string} cli
 * @param {Record<string, string>} env
 * @param {string} scope
 */
function createKey(cli, env, scope) {
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
}

/**
 * A data folder made by the CLI in `dataDir`: created, migrated and seeded, with an API key of
 * scope `write` and one of scope `admin`.
 * @param {string} cli
 * @param {string} dataDir
 */
function prepareDatabase(cli, dataDir) {
  const env = childEnvironment({ MOAT_DATA_DIR: dataDir });
  return { writeKey: createKey(cli, env, 'write'), adminKey: createKey(cli, env, 'admin') };
}

/**
 * Where `setup` tells the test workers of a data folder made for the whole run (JSON: `dataDir`,
 * `writeKey`, `adminKey`): each server starts on a copy of it instead of making its own.
 */
const PREPARED = 'MOAT_TESTING_PREPARED_DATABASE';

/**
 * Builds the server, gives it a database with an API key of scope `write` and one of scope
 * `admin` (made through the CLI, as an operator does, or copied from the run's), starts it and
 * resolves once it is ready.
 * @param {Record<string, string>} [extra] more of its environment, such as MOAT_TRUSTED_DOCUMENTS
 * @returns {Promise<{ url: string, writeKey: string, adminKey: string, stop: () => Promise<void> }>}
 */
export async function startMoatServer(extra = {}) {
  const bundle = await serverBundle();
  const dataParent = mkdtempSync(join(tmpdir(), 'moat-server-'));
  const dataDir = join(dataParent, 'data');
  const prepared = process.env[PREPARED];
  let keys;
  if (prepared) {
    const { dataDir: made, ...madeKeys } = JSON.parse(prepared);
    cpSync(made, dataDir, { recursive: true });
    keys = madeKeys;
  } else {
    keys = prepareDatabase(bundle.cli, dataDir);
  }
  const env = childEnvironment({
    PORT: '0',
    HOST: '127.0.0.1',
    MOAT_DATA_DIR: dataDir,
    // Rate limits stay on, above what a whole test run spends: every test shares one address.
    MOAT_RATE_LIMIT_PER_ADDRESS: '1000000',
    MOAT_RATE_LIMIT_PER_KEY: '1000000',
    ...extra,
  });
  const child = spawn(process.execPath, [bundle.cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataParent, { recursive: true, force: true });
    bundle.remove();
  };
  try {
    return { url: await readyUrl(child), ...keys, stop };
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
 * A vitest global setup: a database made once for the run, which every server of the run starts
 * on a copy of (`startMoatServer` in any test file); and one live server for the whole run, its
 * URL provided as `moatUrl` and a key with the write scope as `moatWriteKey`.
 * @param {{ provide: (key: 'moatUrl' | 'moatWriteKey', value: string) => void }} project
 * @param {Record<string, string>} [extra] more of the server's environment
 */
export async function setup(project, extra = {}) {
  const preparedParent = mkdtempSync(join(tmpdir(), 'moat-prepared-'));
  const dataDir = join(preparedParent, 'data');
  const bundle = await serverBundle();
  try {
    // The workers start after the global setup, with its environment.
    process.env[PREPARED] = JSON.stringify({ dataDir, ...prepareDatabase(bundle.cli, dataDir) });
  } finally {
    bundle.remove();
  }
  const server = await startMoatServer(extra);
  stopShared = async () => {
    await server.stop();
    delete process.env[PREPARED];
    rmSync(preparedParent, { recursive: true, force: true });
  };
  project.provide('moatUrl', server.url);
  project.provide('moatWriteKey', server.writeKey);
}

export async function teardown() {
  await stopShared?.();
}
