// Runs the built CLI (dist/cli.js) as a process, the way users do.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');

/** The environment and a runner for CLI commands typed in `scratch`. */
function cliIn(scratch: string) {
  const env = (dataDir: string, extra: Record<string, string> = {}) => ({
    ...process.env,
    MOAT_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    INIT_CWD: scratch,
    ...extra,
  });
  /** Runs a CLI command to completion. */
  const run = (args: string[], dataDir: string, extra?: Record<string, string>) => {
    const result = spawnSync(process.execPath, [CLI, ...args], {
      env: env(dataDir, extra),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  /** Starts `moat serve` as a process and waits for its ready line. */
  const serve = (dataDir: string): Promise<Running> => {
    const child = spawn(process.execPath, [CLI, 'serve'], { env: env(dataDir) });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
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
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      });
      exited.then((code) => reject(new Error(`moat exited with ${code} before it was ready: ${stderr}`)));
    });
  };
  return { env, run, serve };
}

/** A `moat serve` process, once it is ready. */
export interface Running {
  child: ChildProcess;
  readyLine: string;
  /** Its GraphQL endpoint. */
  url: string;
  /** Ends it with SIGTERM; resolves with its exit code. */
  stop(): Promise<number | null>;
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
