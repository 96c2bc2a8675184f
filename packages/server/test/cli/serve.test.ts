import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, useCli } from '../cli-process.js';
import { copyTemplate, postGraphQL } from '../helpers.js';
import { openDatabase, tables } from '../moat.js';
import { subscribe } from '../sse.js';

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

describe('moat serve in operation', () => {
  it('on SIGTERM takes no new connection, finishes the request in flight, ends subscriptions and exits 0', async () => {
    const { dataDir } = copyTemplate(scratch);
    const server = await serve(dataDir);
    const url = new URL(server.url);
    const subscription = await subscribe(
      (init) => fetch(server.url, init),
      'subscription { changes { kind } }',
    );
    const body = JSON.stringify({ query: `query InFlight ${OPENAI_ROUND}` });
    // A request whose body is half sent when the signal comes.
    const inFlight = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status?: number; requestId: unknown; text: string }>((resolve, reject) => {
      inFlight.on('response', (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode, requestId: response.headers['x-request-id'], text }),
        );
      });
      inFlight.on('error', reject);
    });
    inFlight.write(body.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));

    server.child.kill('SIGTERM');
    // Once the listener has closed, a new connection is refused.
    await expect
      .poll(
        () =>
          fetch(server.url, { method: 'HEAD' }).then(
            () => 'answered',
            (error) => error.cause?.code,
          ),
        {
          timeout: 10_000,
        },
      )
      .toBe('ECONNREFUSED');
    expect(server.child.exitCode).toBeNull();
    // A subscription is told why it ends, and that it may come back from where it was.
    expect(await subscription.next()).toEqual({
      event: 'next',
      result: {
        data: null,
        errors: [
          expect.objectContaining({
            message: expect.stringContaining('the server is shutting down'),
            extensions: { code: 'CHANGES_INTERRUPTED', after: expect.any(String) },
          }),
        ],
      },
    });
    expect((await subscription.next()).event).toBe('complete');

    inFlight.end(body.slice(20));
    const { status, requestId, text } = await answered;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.company.fundingRounds.nodes).toEqual([
      { status: 'IN_NEGOTIATION', amount: { amount: '40000000000' } },
    ]);
    expect(await server.exited).toBe('exit code 0');

    // Its JSON log line carries the ID the answer did.
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(lines).toContainEqual({
      time: expect.any(String),
      requestId,
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      operation: 'InFlight',
      operationType: 'query',
    });
  });
});

describe('moat serve stopping', () => {
  it('closes a request still in flight at MOAT_SHUTDOWN_TIMEOUT_MS and exits 0', async () => {
    const { dataDir } = copyTemplate(scratch);
    const server = await serve(dataDir, { MOAT_SHUTDOWN_TIMEOUT_MS: '500' });
    // A body that never ends.
    const stuck = request(new URL(server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
    });
    const ended = new Promise<string>((resolve) => {
      stuck.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      stuck.on('response', (response) => resolve(`HTTP ${response.statusCode}`));
    });
    stuck.write('{"query": ');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe('exit code 0');
    expect(performance.now() - signalled).toBeLessThan(5_000);
    expect(await ended).toBe('ECONNRESET');
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

  it.each([
    [
      'MOAT_STATEMENT_TIMEOUT_MS',
      '5s',
      'MOAT_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds, not "5s".',
    ],
    [
      'MOAT_SHUTDOWN_TIMEOUT_MS',
      '-1',
      'MOAT_SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, not "-1".',
    ],
    ['MOAT_REQUEST_LOG', 'yes', 'MOAT_REQUEST_LOG must be json or off, not "yes".'],
    [
      'MOAT_RATE_LIMIT_PER_KEY',
      '0',
      'MOAT_RATE_LIMIT_PER_KEY must be a whole number of points a minute, 1 or more, not "0".',
    ],
    ['MOAT_TRUSTED_DOCUMENTS', 'on', 'MOAT_TRUSTED_DOCUMENTS must be off, allow or only, not "on".'],
    [
      'MOAT_TRUST_PROXY',
      '10.0.0.300',
      'MOAT_TRUST_PROXY must be off, a number of proxies, or addresses and subnets separated by commas, not "10.0.0.300" (invalid IP address: 10.0.0.300).',
    ],
  ])('refuses a %s of %s before opening anything', (name, value, message) => {
    const dataDir = join(scratch, 'never-made');
    const result = run(['serve'], dataDir, { [name]: value });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`moat: ${message}\n`);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses a MOAT_TRUSTED_DOCUMENTS_FILE that is missing or not trusted documents, before opening anything', () => {
    const dataDir = join(scratch, 'never-made');
    const refusal = (file: string) => run(['serve'], dataDir, { MOAT_TRUSTED_DOCUMENTS_FILE: file });
    expect(refusal('missing.json')).toEqual({
      status: 1,
      stdout: '',
      stderr: `moat: MOAT_TRUSTED_DOCUMENTS_FILE: cannot use missing.json: ENOENT: no such file or directory, open '${join(scratch, 'missing.json')}'.\n`,
    });
    writeFileSync(join(scratch, 'sha1.json'), JSON.stringify({ '0b1f2e33': '{ __typename }' }));
    expect(refusal('sha1.json').stderr).toBe(
      'moat: MOAT_TRUSTED_DOCUMENTS_FILE: cannot use sha1.json: "0b1f2e33" is not the sha256 hash of its document.\n',
    );
    writeFileSync(join(scratch, 'list.json'), JSON.stringify(['{ __typename }']));
    expect(refusal('list.json').stderr).toBe(
      'moat: MOAT_TRUSTED_DOCUMENTS_FILE: cannot use list.json: it is not a JSON object of documents by their sha256 hash.\n',
    );
    expect(existsSync(dataDir)).toBe(false);
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
    // Its lock is left behind, naming a process that no longer runs: the next start takes it over.
    expect(existsSync(join(dataDir, 'moat.lock'))).toBe(true);

    const second = await serve(dataDir);
    try {
      const read = await postGraphQL(second.url, { query: '{ company(slug: "xai") { name } }' });
      expect(read.data.company).toEqual({ name: 'xAI' });
    } finally {
      await second.stop();
    }
  });
});
