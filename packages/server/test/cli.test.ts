import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { companies } from '../src/db/schema.js';
import { CLI, cliIn, snapshot } from './cli-process.js';
import { copyTemplate, postGraphQL } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'moat-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const { env, run } = cliIn(scratch);

interface Running {
  child: ChildProcess;
  readyLine: string;
  url: string;
  stop(): Promise<number | null>;
}

/** Starts `moat serve` as a process and waits for its ready line. */
function serve(dataDir: string): Promise<Running> {
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
}

const OPENAI_ROUND = '{ company(slug: "openai") { fundingRounds { nodes { status amount { amount } } } } }';

describe('moat serve', () => {
  it('creates, migrates and seeds a new data folder, serves GraphiQL, and keeps data across restarts', async () => {
    const dataDir = join(scratch, 'fresh', 'data');
    const first = await serve(dataDir);
    expect(first.readyLine).toMatch(
      /^Moat ready at http:\/\/localhost:\d+\/graphql \(embedded database in .+ created, migrated and seeded; started in [\d.]+ s\)$/,
    );
    console.log(first.readyLine);

    const page = await fetch(first.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Moat</title>');
    expect(html).toContain('OpenAIAndItsRounds');
    // GraphiQL comes whole from the server, so it works without a network.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:/);

    const round = await postGraphQL(first.url, { query: OPENAI_ROUND });
    expect(round.data.company.fundingRounds.nodes).toEqual([
      { status: 'IN_NEGOTIATION', amount: { amount: '40000000000' } },
    ]);
    expect(await first.stop()).toBe(0);

    // Something written while the server is down is there after the restart.
    const connection = await openDatabase({ dataDir });
    await connection.db
      .insert(companies)
      .values({ slug: 'restart-check', name: 'Restart Check', kind: 'STARTUP' });
    await connection.close();

    const second = await serve(dataDir);
    expect(second.readyLine).toMatch(/ opened; started in [\d.]+ s\)$/);
    console.log(second.readyLine);
    const after = await postGraphQL(second.url, {
      query: '{ companies(first: 100) { totalCount } company(slug: "restart-check") { name } }',
    });
    expect(after.data).toEqual({ companies: { totalCount: 7 }, company: { name: 'Restart Check' } });
    expect(await second.stop()).toBe(0);
  });

  it('rebuilds a folder whose first start never finished', async () => {
    const dataDir = join(scratch, 'interrupted');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'moat.creating'), '');
    writeFileSync(join(dataDir, 'PG_VERSION'), 'half-made');
    const server = await serve(dataDir);
    expect(server.readyLine).toContain('created, migrated and seeded');
    const { data } = await postGraphQL(server.url, { query: '{ companies { totalCount } }' });
    expect(data.companies.totalCount).toBe(6);
    await server.stop();
  });
});

describe('moat refuses what it cannot use, in one line, leaving the folder as it was', () => {
  it('refuses a folder that is not a Moat database', () => {
    const dataDir = join(scratch, 'not-a-db');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'notes.txt'), 'my notes');
    const before = snapshot(dataDir);
    const result = run(['serve'], dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `moat: ${dataDir} is not a Moat database; point MOAT_DATA_DIR at an empty or new folder.\n`,
    );
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses a database written by a newer Moat', () => {
    const { dataDir } = copyTemplate(scratch);
    writeFileSync(join(dataDir, 'moat.json'), JSON.stringify({ schema: '29991231000000_from_the_future' }));
    const before = snapshot(dataDir);
    const result = run(['serve'], dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `moat: ${dataDir} was written by a newer version of Moat (schema 29991231000000_from_the_future); upgrade Moat to open it.\n`,
    );
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses a data folder that is a file', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const result = run(['serve'], file);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`moat: ${file} is not a folder; MOAT_DATA_DIR must name a folder.\n`);
  });

  it('refuses a port that is in use', async () => {
    const { dataDir } = copyTemplate(scratch);
    const server = await serve(dataDir);
    const port = new URL(server.url).port;
    const { dataDir: other } = copyTemplate(scratch);
    const result = run(['serve'], other, { PORT: port });
    await server.stop();
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`moat: port ${port} is in use; set PORT to another port.\n`);
  });

  it('refuses a PORT that is not a port', () => {
    const result = run(['serve'], join(scratch, 'unused'), { PORT: 'eighty' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('moat: PORT must be a port number (0 to 65535), not "eighty".\n');
  });

  it('refuses an unknown command with its usage', () => {
    const result = run(['launch'], join(scratch, 'unused'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^moat: unknown command "launch"\n\nUsage: moat <command>/);
  });
});

describe('moat migrate and moat seed', () => {
  it('migrate creates a database; seed run twice changes nothing', async () => {
    const dataDir = join(scratch, 'seeded');
    expect(run(['migrate'], dataDir)).toMatchObject({
      status: 0,
      stdout: `Database is up to date (embedded database in ${dataDir}).\n`,
    });
    expect(run(['seed'], dataDir).status).toBe(0);
    const counts = async () => {
      const connection = await openDatabase({ dataDir });
      const tables = [
        'sources',
        'companies',
        'people',
        'roles',
        'quotes',
        'quote_subjects',
        'funding_rounds',
        'investments',
        'citations',
      ];
      const result: Record<string, unknown> = {};
      for (const table of tables) {
        const rows = await connection.db.execute(
          `select md5(string_agg(t::text, ',' order by t::text)) as digest, count(*) as n from ${table} t`,
        );
        result[table] = (rows as unknown as { rows: unknown[] }).rows[0];
      }
      await connection.close();
      return result;
    };
    const once = await counts();
    expect(run(['seed'], dataDir).status).toBe(0);
    expect(await counts()).toEqual(once);
    expect(once.companies).toMatchObject({ n: 6 });
  });
});

describe('moat keys', () => {
  it('creates a key shown once, lists keys without them, and revokes one', async () => {
    const { dataDir } = copyTemplate(scratch);
    const created = run(['keys', 'create', '--name', 'newsroom', '--scope', 'write'], dataDir);
    expect(created.status).toBe(0);
    const [summary, warning, key] = created.stdout.trim().split('\n');
    expect(summary).toMatch(/^Created API key "newsroom" \(write\), id [0-9a-f-]{36}\.$/);
    expect(warning).toBe('Keep it now: it is not shown again.');
    expect(key).toMatch(/^moat_[A-Za-z0-9_-]{43}$/);
    const id = summary?.match(/id ([0-9a-f-]{36})/)?.[1] ?? '';

    const listed = run(['keys', 'list'], dataDir);
    expect(listed.stdout).toMatch(new RegExp(`^${id} {2}newsroom {2}write {2}created \\S+\\n$`));
    expect(listed.stdout).not.toContain(key);

    expect(run(['keys', 'revoke', id], dataDir)).toMatchObject({
      status: 0,
      stdout: `Revoked API key ${id}.\n`,
    });
    expect(run(['keys', 'list'], dataDir).stdout).toMatch(/ revoked \S+\n$/);
    expect(run(['keys', 'revoke', id], dataDir)).toMatchObject({
      status: 1,
      stderr: `moat: no active API key has the id ${id}.\n`,
    });
  });

  it('refuses a key without a name or with an unknown scope, in one line', () => {
    const dataDir = join(scratch, 'unused-keys');
    expect(run(['keys', 'create', '--scope', 'write'], dataDir)).toMatchObject({
      status: 1,
      stderr: 'moat: keys create needs --name <name>, to tell keys apart.\n',
    });
    expect(run(['keys', 'create', '--name', 'x', '--scope', 'read'], dataDir)).toMatchObject({
      status: 1,
      stderr: 'moat: keys create needs --scope write or admin, not "read".\n',
    });
  });
});

describe('durability', () => {
  it('keeps a committed mutation when the server is killed with SIGKILL right after', async () => {
    const { dataDir } = copyTemplate(scratch);
    const created = run(['keys', 'create', '--name', 'durability', '--scope', 'write'], dataDir);
    const key = created.stdout.trim().split('\n').at(-1) ?? '';
    const first = await serve(dataDir);
    const response = await fetch(first.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: `mutation { createCompany(input: { slug: "xai", name: "xAI", kind: STARTUP }) { __typename } }`,
      }),
    });
    expect(await response.json()).toEqual({
      data: { createCompany: { __typename: 'CreateCompanyPayload' } },
    });
    const killed = new Promise((resolve) => first.child.once('exit', (_code, signal) => resolve(signal)));
    first.child.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');

    const second = await serve(dataDir);
    try {
      const read = await postGraphQL(second.url, { query: '{ company(slug: "xai") { name } }' });
      expect(read.data.company).toEqual({ name: 'xAI' });
    } finally {
      await second.stop();
    }
  });
});
