// Starts one Moat server for the whole run, the way a user does: the server's CLI as a process,
// on an ephemeral port, over a fresh embedded database (created, migrated and seeded).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The live server's GraphQL endpoint. */
    moatUrl: string;
  }
}

const serverDir = dirname(createRequire(import.meta.url).resolve('@moat/server/package.json'));

let server: ChildProcess | undefined;
let dataParent: string | undefined;

export async function setup(project: TestProject) {
  const { buildServer } = await import(join(serverDir, 'build.mjs'));
  await buildServer();
  dataParent = mkdtempSync(join(tmpdir(), 'moat-sdk-test-'));
  server = spawn(process.execPath, [join(serverDir, 'dist/cli.js'), 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOAT_DATA_DIR: join(dataParent, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  project.provide('moatUrl', await readyUrl(server));
}

export async function teardown() {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataParent) rmSync(dataParent, { recursive: true, force: true });
}

/** Resolves with the URL of the server's ready line; rejects with its output if it exits first. */
function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /Moat ready at (\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`The Moat server exited (${code}) before it was ready:\n${output}`)),
    );
  });
}
