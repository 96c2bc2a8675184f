import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from '../cli-process.js';
import { copyTemplate } from '../helpers.js';
import { openDatabase } from '../moat.js';

const { scratch, run } = useCli('moat-commands-');

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
