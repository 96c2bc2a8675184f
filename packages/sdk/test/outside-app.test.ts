// An app outside this repository, made the way its developer would make it: a new npm project
// that installs @moat/sdk and @moat/server from the tarballs `pnpm pack` makes (the files and
// package.json a registry would serve), serves Moat with `npx @moat/server serve`, and
// type-checks and runs an app on the SDK against that server.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { childEnvironment } from '@moat/server/testing.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const sdkDir = resolve(import.meta.dirname, '..');
const serverDir = resolve(sdkDir, '..', 'server');
const repositoryDir = resolve(sdkDir, '..', '..');
const require = createRequire(import.meta.url);
const installedVersion = (name: string): string => require(`${name}/package.json`).version;

/** The tests' environment without the repository's folders on PATH: nothing resolves from the workspace. */
function outsideEnvironment(extra: Record<string, string> = {}) {
  const env = childEnvironment(extra);
  env.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.startsWith(repositoryDir))
    .join(delimiter);
  return env;
}

/** Runs a command to completion in `cwd`; its stdout, or an error with all it printed. */
async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(command, args, {
      cwd,
      env: outsideEnvironment(),
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

/** Packs a workspace package into `destination`; the tarball's path. */
async function pack(packageDir: string, destination: string, ...flags: string[]): Promise<string> {
  const output = await run(
    'npx',
    ['--yes', 'pnpm@10.34.9', 'pack', '--json', '--pack-destination', destination, ...flags],
    packageDir,
  );
  // Lifecycle scripts print before the JSON.
  return JSON.parse(output.slice(output.search(/^\{/m))).filename;
}

/**
 * Starts `npx @moat/server serve` in its own process group; `url` resolves once it is ready. It is
 * stopped the way a terminal or a service manager stops it, by signalling the whole group: npx
 * runs the server under `sh -c`, and Debian's sh does not pass on a signal it receives.
 */
function serve(cwd: string): { child: ChildProcess; url: Promise<string> } {
  const env = outsideEnvironment({ PORT: '0', HOST: '127.0.0.1', MOAT_DATA_DIR: 'data' });
  const child = spawn('npx', ['@moat/server', 'serve'], { cwd, env, detached: true });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const ready = /Moat ready at (\S+)/.exec(output)?.[1];
      if (ready) resolve(ready);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code, signal) => reject(new Error(`npx exited (${signal ?? code}):\n${output}`)));
  });
  // Awaited by the tests; a start that fails before they do is theirs to report.
  url.catch(() => {});
  return { child, url };
}

/** Whether any process of the group still runs. */
function groupRuns(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

// Each test waits for processes that share the machine's cores with the other test files.
describe('an app outside this repository, on the packed packages', { timeout: 120_000 }, () => {
  const project = mkdtempSync(join(tmpdir(), 'moat-outside-app-'));
  let server: ReturnType<typeof serve>;

  beforeAll(async () => {
    // The test script has just built the SDK; packing it again would rewrite dist/ under the
    // other test files. The server's prepack builds its bundle.
    const tarballs = await Promise.all([
      pack(sdkDir, project, '--config.ignore-scripts=true'),
      pack(serverDir, project),
    ]);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'moat-outside-app', private: true, type: 'module' }),
    );
    await run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        ...tarballs,
        `typescript@${installedVersion('typescript')}`,
        `@types/node@${installedVersion('@types/node')}`,
      ],
      project,
    );
    // A first start creates the database (slow in WebAssembly): the app type-checks meanwhile.
    server = serve(project);
  }, 180_000);

  afterAll(() => {
    const groupId = server?.child.pid;
    if (groupId && groupRuns(groupId)) process.kill(-groupId, 'SIGKILL');
    rmSync(project, { recursive: true, force: true });
  });

  it('installs with npm, every dependency declared (no workspace: links)', async () => {
    for (const name of ['@moat/sdk', '@moat/server']) {
      const manifest = readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8');
      expect(manifest).not.toContain('workspace:');
    }
    // npm ls fails on a missing or mismatched dependency or required peer.
    await run('npm', ['ls', '--all'], project);
  });

  it('type-checks an app against the packed SDK with tsc, and runs it against the server', async () => {
    for (const file of ['main.ts', 'tsconfig.json'])
      copyFileSync(join(import.meta.dirname, 'outside-app', file), join(project, file));
    await run('npx', ['tsc', '-p', '.'], project);
    const output = await run(process.execPath, ['dist/main.js', await server.url], project);
    expect(JSON.parse(output)).toEqual({
      company: 'DeepSeek',
      rounds: [['OpenAI', '40000000000', 'IN_NEGOTIATION']],
      refusedWith: 'BAD_USER_INPUT',
      schemaShipped: true,
    });
  });

  it('serves the seeded data over HTTP, from the data folder it is given', async () => {
    const url = await server.url;
    expect(url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ company(slug: "deepseek") { name kind } }' }),
    });
    expect(await response.json()).toEqual({ data: { company: { name: 'DeepSeek', kind: 'STARTUP' } } });
    expect(readdirSync(join(project, 'data'))).toContain('moat.json');
  });

  it('stops on SIGTERM, leaving its database whole for the next command', async () => {
    await server.url;
    const groupId = server.child.pid as number;
    process.kill(-groupId, 'SIGTERM');
    await expect.poll(() => groupRuns(groupId), { timeout: 30_000, interval: 100 }).toBe(false);
    const exported = await run('npx', ['@moat/server', 'export'], project);
    const records = exported
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.find((record) => record.slug === 'deepseek')).toMatchObject({
      type: 'Company',
      name: 'DeepSeek',
      country: 'CN',
    });
  });
});
