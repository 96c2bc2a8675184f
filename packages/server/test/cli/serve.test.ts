import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, useCli } from '../cli-process.js';
import { copyTemplate, postGraphQL } from '../helpers.js';
import { openDatabase, tables } from '../moat.js';

const { scratch, run, createKey, serve } = useCli('moat-cli-');

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
    await first.stop();

    // Something written while the server is down is there after the restart.
    const connection = await openDatabase({ dataDir });
    await connection.db
      .insert(tables.companies)
      .values({ slug: 'restart-check', name: 'Restart Check', kind: 'STARTUP' });
    await connection.close();

    const second = await serve(dataDir);
    expect(second.readyLine).toMatch(/ opened; started in [\d.]+ s\)$/);
    console.log(second.readyLine);
    const after = await postGraphQL(second.url, {
      query: '{ companies(first: 100) { totalCount } company(slug: "restart-check") { name } }',
    });
    expect(after.data).toEqual({ companies: { totalCount: 7 }, company: { name: 'Restart Check' } });
    await second.stop();
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

describe('durability', () => {
  it('keeps a committed mutation when the server is killed with SIGKILL right after', async () => {
    const { dataDir } = copyTemplate(scratch);
    const key = createKey(dataDir, 'write');
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
