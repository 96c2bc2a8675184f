// Runs the built CLI (dist/cli.js) as a process, the way users do.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { childEnvironment } from '../testing.mjs';

export const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');

/** The environment and a runner for CLI commands typed in `scratch`. */
function cliIn(scratch: string) {
  const env = (dataDir: string, extra: Record<string, string> = {}) =>
    childEnvironment({ MOAT_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', INIT_CWD: scratch, ...extra });
  /** Runs a CLI command to completion; one that a signal ended, with no exit code, fails the test. */
  const run = (args: string[], dataDir: string, extra?: Record<string, string>) => {
    const { status, signal, stdout, stderr, error } = spawnSync(process.execPath, [CLI, ...args], {
      env: env(dataDir, extra),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (error) throw error;
    if (status === null) throw new Error(`moat ${args.join(' ')} was ended by ${signal}:\n${stderr}`);
    return { status, stdout, stderr };
  };
  /** Creates an API key with `moat keys create`, as an operator does; returns the key. */
  const createKey = (dataDir: string, scope: 'write' | 'admin', extra?: Record<string, string>) => {
    const created = run(['keys', 'create', '--name', `tests (${scope})`, '--scope', scope], dataDir, extra);
    const key = created.stdout.trim().split('\n').at(-1) ?? '';
    if (created.status !== 0 || !key.startsWith('moat_'))
      throw new Error(`Could not create an API key:\n${created.stdout}${created.stderr}`);
    return key;
  };
  /** Servers still running, ended after the file's tests even when one failed before stopping its own. */
  const running = new Set<ChildProcess>();
  afterAll(() => {
    for (const child of running) child.kill('SIGKILL');
  });
  /** Starts `moat serve` as a process and waits for its ready line. */
  const serve = (dataDir: string, extra?: Record<string, string>): Promise<Running> => {
    const child = spawn(process.execPath, [CLI, 'serve'], { env: env(dataDir, extra) });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => {
        running.delete(child);
        resolve(signal ?? `exit code ${code}`);
      }),
    );
    return new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        const match = stdout.match(/^Moat ready at (\S+) .*$/m);
        if (!match?.[1]) return;
        const url = new URL(match[1]);
        url.hostname = '127.0.0.1';
        resolve({
          child,
          readyLine: match[0],
          url: url.toString(),
          output: () => stdout,
          exited,
          stop: async () => {
            child.kill('SIGTERM');
            const end = await exited;
            if (end !== 'exit code 0')
              throw new Error(`moat serve ended with ${end} when stopped:\n${stderr}`);
          },
        });
      });
      exited.then((end) => reject(new Error(`moat serve ended with ${end} before it was ready:\n${stderr}`)));
    });
  };
  return { env, run, createKey, serve };
}

/** A `moat serve` process, once it is ready. */
export interface Running {
  child: ChildProcess;
  readyLine: string;
  /** Its GraphQL endpoint. */
  url: string;
  /** What it printed so far. */
  output(): string;
  /** How it ended: `exit code N` or the signal's name. */
  exited: Promise<string>;
  /** Ends it with SIGTERM; rejects unless it then exits with code 0, as on a clean shutdown. */
  stop(): Promise<void>;
}

/** A scratch folder for the file's tests, removed after them, and the CLI typed in it. */
export function useCli(prefix: string) {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  return { scratch, ...cliIn(scratch) };
}

/** Every file below `dir` with a hash of its content, to show a folder was left untouched. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[full.slice(dir.length)] = createHash('sha1').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return files;
}
