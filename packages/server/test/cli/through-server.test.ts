// `moat import` and `moat keys` with --url: sent to a running server, which holds the data folder
// (the same commands on the folder itself are refused while it runs).
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFile } from '../../bench/record-file.js';
import { must } from '../assertions.js';
import { useCli } from '../cli-process.js';
import { copyTemplate } from '../helpers.js';

const { scratch, run, createKey, serve } = useCli('moat-url-');

/**
 * A server on a copy of the seeded database, with a key of the admin scope and `environment`; and
 * the CLI run against it.
 */
async function serveCopy(environment: Record<string, string> = {}) {
  const { dataDir } = copyTemplate(scratch);
  const key = createKey(dataDir, 'admin');
  const server = await serve(dataDir, environment);
  const through = (args: string[], extra: Record<string, string> = { MOAT_API_KEY: key }) =>
    run([...args, '--url', server.url], dataDir, extra);
  return { dataDir, server, through };
}

describe('moat import --url', () => {
  it('sends a file in parts; a bad line stops it at its part; imported again once fixed, the database holds the file', async () => {
    // A version 2 file of two requests' size: its StatusChange and Claim lines come last, far from
    // their records.
    const source = copyTemplate(scratch).dataDir;
    const generated = join(scratch, 'generated.ndjson');
    writeFileSync(generated, recordFile(250));
    expect(run(['import', generated], source).status).toBe(0);
    const file = join(scratch, 'exported.ndjson');
    expect(run(['export', file], source).status).toBe(0);
    const text = readFileSync(file, 'utf8');

    // The last round of the file, in the last part, refers to a company that is nowhere.
    const lines = text.split('\n');
    const last = lines.findLastIndex((line) => /"type":"FundingRound".*"company":"startup-/.test(line));
    const broken = [...lines];
    broken[last] = must(lines[last]).replace(/"company":"startup-\d+"/, '"company":"nobody"');
    writeFileSync(file, broken.join('\n'));

    const { dataDir, server, through } = await serveCopy();
    const refused = through(['import', file]);
    expect(refused).toMatchObject({ status: 1, stdout: '' });
    expect(refused.stderr.split('\n')).toEqual([
      'Read every line; writing 3,827 records…',
      `line ${last + 1}: company: no company has the slug "nobody" (in the file or the database)`,
      'moat: 1 bad line in part 2, which wrote nothing. Part 1 of 2 was written before it: once the file is fixed, import it again, which keeps what was written and adds the rest.',
      '',
    ]);

    writeFileSync(file, text);
    const imported = through(['import', file]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^Imported .+ in [\d.]+ s through 2 requests \([\d,]+ records\/s\)\.\n/);
    expect(imported.stdout).toContain(
      'Read 3,827 records: 2 Source, 266 Company, 252 Person, 252 Role, 257 Quote, 251 FundingRound, 251 StatusChange, 2,296 Claim.',
    );
    // What part 1 wrote is kept: only the rest is new.
    const wrote = imported.stdout.match(/Wrote (.+); ([\d,]+) already in the database/);
    expect(Number(must(wrote?.[2]).replace(',', ''))).toBeGreaterThan(1_000);

    await server.stop();
    expect(run(['export'], dataDir).stdout).toBe(text);
  });

  it('refuses, in one line, what it cannot send', async () => {
    const file = join(scratch, 'small.ndjson');
    writeFileSync(file, recordFile(1));
    const unused = join(scratch, 'unused');
    // A port that nothing listens on: one just closed.
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const endpoint = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/graphql`;
    probe.close();
    const url = ['--url', endpoint];
    expect(run(['import', file, ...url], unused)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'moat: --url needs an API key with the admin scope in MOAT_API_KEY.\n',
    });
    expect(run(['import', file, ...url], unused, { MOAT_API_KEY: 'moat_x' })).toEqual({
      status: 1,
      stdout: '',
      stderr: `Read every line; writing 16 records…\nmoat: cannot reach ${endpoint}: ECONNREFUSED.\n`,
    });
    expect(run(['import', file, '--dry-run', ...url], unused, { MOAT_API_KEY: 'moat_x' }).stderr).toBe(
      'moat: --dry-run needs the database: it does not go with --url.\n',
    );
    expect(run(['migrate', ...url], unused, { MOAT_API_KEY: 'moat_x' }).stderr).toBe(
      'moat: --url is for import <file> and keys, not "migrate".\n',
    );
  });
});

describe('moat keys --url', () => {
  it('creates, lists and revokes keys through the server, as it does in the database', async () => {
    const { server, through } = await serveCopy();
    try {
      const created = through(['keys', 'create', '--name', 'newsroom', '--scope', 'write']);
      expect(created.status).toBe(0);
      const [summary, warning, key] = created.stdout.trim().split('\n');
      expect(summary).toMatch(/^Created API key "newsroom" \(write\), id [0-9a-f-]{36}\.$/);
      expect(warning).toBe('Keep it now: it is not shown again.');
      expect(key).toMatch(/^moat_[A-Za-z0-9_-]{43}$/);
      const id = must(summary?.match(/id ([0-9a-f-]{36})/)?.[1]);

      const listed = through(['keys', 'list']).stdout.split('\n');
      expect(listed).toEqual([
        expect.stringMatching(
          new RegExp(`^${id} {2}newsroom {2}write {2}created \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z$`),
        ),
        expect.stringMatching(/^[0-9a-f-]{36} {2}tests \(admin\) {2}admin {2}created \S+$/),
        '',
      ]);
      // A key without the admin scope is refused by the server.
      expect(through(['keys', 'list'], { MOAT_API_KEY: must(key) }).stderr).toBe(
        `moat: ${server.url} refused the request: The API key "newsroom" lacks the scope this needs (it has: write).\n`,
      );
      expect(through(['keys', 'revoke', id])).toEqual({
        status: 0,
        stdout: `Revoked API key ${id}.\n`,
        stderr: '',
      });
      expect(through(['keys', 'list']).stdout).toMatch(new RegExp(`^${id} .* revoked \\S+\\n`));
      expect(through(['keys', 'revoke', id])).toEqual({
        status: 1,
        stdout: '',
        stderr: `moat: no active API key has the id ${id}.\n`,
      });
    } finally {
      await server.stop();
    }
  });

  it('goes through a server that runs trusted documents only, which trusts the CLI’s documents', async () => {
    const { server, through } = await serveCopy({ MOAT_TRUSTED_DOCUMENTS: 'only' });
    try {
      const file = join(scratch, 'trusted.ndjson');
      writeFileSync(file, recordFile(1));
      expect(through(['import', file])).toMatchObject({
        status: 0,
        stderr: expect.stringMatching(/^Read every line/),
      });
      const created = through(['keys', 'create', '--name', 'trusted', '--scope', 'write']);
      expect(created.status).toBe(0);
      const id = must(created.stdout.match(/id ([0-9a-f-]{36})/)?.[1]);
      expect(through(['keys', 'list']).stdout).toContain(`${id}  trusted  write`);
      expect(through(['keys', 'revoke', id]).status).toBe(0);
      // Another document is refused.
      const other = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ apiKeys { totalCount } }' }),
      });
      expect(other.status).toBe(403);
    } finally {
      await server.stop();
    }
  });
});
