// The four servers the benchmark compares, each its own child process on the data set's copy,
// each with a side port that reports its SQL statements and its memory.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { databaseUrl, packageDir, pgliteDir } from './dataset.js';
import type { ServerName } from './workloads.js';

export const SERVER_NAMES: ServerName[] = ['moat-pg', 'moat-pglite', 'postgraphile', 'ceiling'];
const BASE_PORT = 4100;
const STATS_OFFSET = 50;

export interface Running {
  name: ServerName;
  url: string;
  /** Headers a write sends (an API key for Moat, whose writes need one; reads go without). */
  writeHeaders: Record<string, string>;
  stats(): Promise<{ statements: number; rss: number }>;
  stop(): Promise<void>;
}

/** How each server starts: command, arguments and environment. */
function command(name: ServerName, size: number, responseCache: string) {
  const tsx = [process.execPath, '--import', 'tsx'];
  switch (name) {
    case 'moat-pg':
      return {
        argv: [...tsx, 'bench/moat-server.ts'],
        env: { DATABASE_URL: databaseUrl(size), MOAT_RESPONSE_CACHE: responseCache },
      };
    case 'moat-pglite':
      return {
        argv: [...tsx, 'bench/moat-server.ts'],
        env: { MOAT_DATA_DIR: pgliteDir(size), MOAT_RESPONSE_CACHE: responseCache },
      };
    case 'postgraphile':
      return {
        argv: ['npx', '--yes', 'node@22', 'bench/postgraphile.mjs'],
        env: { DATABASE_URL: databaseUrl(size) },
      };
    case 'ceiling':
      return {
        argv: [...tsx, 'bench/ceiling.ts'],
        env: { DATABASE_URL: databaseUrl(size), BENCH_SIZE: String(size) },
      };
  }
}

/** Starts a server and resolves once it listens; its output goes to `.data/<name>.log`. */
export async function startServer(
  name: ServerName,
  size: number,
  options: { responseCache: string; apiKey?: string },
): Promise<Running> {
  const index = SERVER_NAMES.indexOf(name) + 1;
  const port = BASE_PORT + index;
  const statsPort = port + STATS_OFFSET;
  const { argv, env } = command(name, size, options.responseCache);
  const [program, ...args] = argv as [string, ...string[]];
  const child: ChildProcess = spawn(program, args, {
    cwd: packageDir,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      STATS_PORT: String(statsPort),
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops npx's node too.
    detached: true,
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (/^ready$/m.test(output)) resolve();
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`)),
    );
  });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = once(child, 'exit');
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    writeHeaders: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
    async stats() {
      const response = await fetch(`http://127.0.0.1:${statsPort}/`);
      return (await response.json()) as { statements: number; rss: number };
    },
    stop,
  };
}
