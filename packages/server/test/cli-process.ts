// Runs the built CLI (dist/cli.js) as a process, the way users do.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');

/** The environment and a runner for CLI commands typed in `scratch`. */
export function cliIn(scratch: string) {
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
  return { env, run };
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
