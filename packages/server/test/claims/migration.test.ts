// An existing database migrates to claims: each value a record had becomes a claim, supported by
// every citation the record had, with the value key the write path computes.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { onPostgres } from '../helpers.js';
import { paths, valueKey, valueKind } from '../moat.js';
import { createDatabase, databaseUrl, dropDatabase } from '../postgres.js';

const CLAIMS_MIGRATION = '20261129194707_claims';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

/** The migrations before claims, in a folder of their own. */
function migrationsBeforeClaims(): string {
  const folder = mkdtempSync(join(tmpdir(), 'moat-migrations-'));
  cleanup.push(async () => rmSync(folder, { recursive: true, force: true }));
  for (const name of readdirSync(paths.migrations).filter((name) => name < CLAIMS_MIGRATION))
    cpSync(join(paths.migrations, name), join(folder, name), { recursive: true });
  return folder;
}

interface EmptyDatabase {
  /** Runs statements separated by semicolons. */
  exec(statements: string): Promise<unknown>;
  query<Row>(statement: string): Promise<Row[]>;
  migrate(migrationsFolder: string): Promise<unknown>;
}

/** A new database without tables on the project's database; removed after the test. */
async function emptyDatabase(): Promise<EmptyDatabase> {
  if (onPostgres) {
    const name = await createDatabase(inject('postgresRun'));
    const pool = new pg.Pool({ connectionString: databaseUrl(name) });
    cleanup.push(async () => {
      await pool.end();
      await dropDatabase(name);
    });
    return {
      exec: (statements) => pool.query(statements),
      query: async (statement) => (await pool.query(statement)).rows,
      migrate: (migrationsFolder) => migrateNodePg(drizzleNodePg({ client: pool }), { migrationsFolder }),
    };
  }
  const client = new PGlite({ extensions: { pg_trgm } });
  cleanup.push(() => client.close());
  return {
    exec: (statements) => client.exec(statements),
    query: async <Row>(statement: string) => (await client.query<Row>(statement)).rows,
    migrate: (migrationsFolder) => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
  };
}

const IDS = {
  source: '00000000-0000-4000-8000-000000000001',
  openai: '00000000-0000-4000-8000-000000000002',
  softbank: '00000000-0000-4000-8000-000000000003',
  thrive: '00000000-0000-4000-8000-000000000004',
  altman: '00000000-0000-4000-8000-000000000005',
  round: '00000000-0000-4000-8000-000000000006',
};

interface ClaimRow {
  subject: string;
  property: string;
  value: unknown;
  value_key: string;
  rank: string;
  citations: string[];
}

describe('the claims migration', () => {
  it('turns each value of a cited record into a claim supported by all its citations', async () => {
    const db = await emptyDatabase();
    await db.migrate(migrationsBeforeClaims());
    await db.exec(`
      insert into sources (id, kind, title) values ('${IDS.source}', 'ARTICLE', 'The report');
      insert into companies (id, slug, name, kind, description, country) values
        ('${IDS.openai}', 'openai', 'OpenAI', 'CORPORATION', 'Maker of ChatGPT.', 'US'),
        ('${IDS.softbank}', 'softbank-group', 'SoftBank Group', 'INVESTOR', null, null),
        ('${IDS.thrive}', 'thrive-capital', 'Thrive Capital', 'INVESTOR', null, null);
      insert into people (id, slug, name, bio) values ('${IDS.altman}', 'sam-altman', 'Sam Altman', 'Runs OpenAI.');
      insert into funding_rounds (id, company_id, stage, status, currency, amount, amount_usd, announced_on, announced_on_precision)
        values ('${IDS.round}', '${IDS.openai}', 'LATER_STAGE', 'ANNOUNCED', 'USD', 40000000000.00, 40000000000, '2025-03-01', 'MONTH');
      insert into investments (round_id, company_id, is_lead) values
        ('${IDS.round}', '${IDS.thrive}', false), ('${IDS.round}', '${IDS.softbank}', true);
      insert into citations (source_id, excerpt, position, company_id) values
        ('${IDS.source}', 'OpenAI, the maker of ChatGPT', 0, '${IDS.openai}'),
        ('${IDS.source}', 'the US company', 1, '${IDS.openai}');
      insert into citations (source_id, excerpt, position, funding_round_id) values
        ('${IDS.source}', 'a $40 billion round led by SoftBank', 0, '${IDS.round}');
    `);

    await db.migrate(paths.migrations);

    const rows = await db.query<ClaimRow>(`
      select coalesce(cl.company_id, cl.person_id, cl.funding_round_id) as subject, cl.property, cl.value,
        cl.value_key, cl.rank, array_agg(c.excerpt order by c.position) as citations
      from claims cl join claim_citations cc on cc.claim_id = cl.id join citations c on c.id = cc.citation_id
      group by cl.id order by subject, cl.property`);
    const companyCitations = ['OpenAI, the maker of ChatGPT', 'the US company'];
    const roundCitations = ['a $40 billion round led by SoftBank'];
    // Sam Altman and the investing companies had no citation: their values stay, unclaimed.
    expect(rows.map(({ value_key: _, ...row }) => row)).toEqual([
      { subject: IDS.openai, property: 'country', value: 'US', rank: 'NORMAL', citations: companyCitations },
      {
        subject: IDS.openai,
        property: 'description',
        value: 'Maker of ChatGPT.',
        rank: 'NORMAL',
        citations: companyCitations,
      },
      {
        subject: IDS.openai,
        property: 'kind',
        value: 'CORPORATION',
        rank: 'NORMAL',
        citations: companyCitations,
      },
      {
        subject: IDS.round,
        property: 'amount',
        value: { amount: '40000000000', currency: 'USD', usd: '40000000000' },
        rank: 'NORMAL',
        citations: roundCitations,
      },
      {
        subject: IDS.round,
        property: 'announcedOn',
        value: { date: '2025-03-01', precision: 'MONTH' },
        rank: 'NORMAL',
        citations: roundCitations,
      },
      {
        subject: IDS.round,
        property: 'investors',
        value: [
          { companyId: IDS.softbank, personId: null, isLead: true },
          { companyId: IDS.thrive, personId: null, isLead: false },
        ],
        rank: 'NORMAL',
        citations: roundCitations,
      },
      {
        subject: IDS.round,
        property: 'stage',
        value: 'LATER_STAGE',
        rank: 'NORMAL',
        citations: roundCitations,
      },
    ]);
    // The database computed each value key as the write path does, so later claims of the same
    // value join these instead of disputing them.
    for (const row of rows) {
      const type = row.subject === IDS.round ? 'FundingRound' : 'Company';
      expect(row.value_key).toBe(valueKey(valueKind(type, row.property), row.value));
    }
    const disputed = await db.query<{ n: number }>(
      `select count(*)::int as n from companies where disputed <> '{}'`,
    );
    expect(disputed).toEqual([{ n: 0 }]);
  });
});
