// The benchmark's data set: a deterministic Moat record file (format version 2) of any size,
// streamed to disk, and its copies loaded through `moat import` into PostgreSQL and PGlite,
// kept between runs and reloaded only when the generator, the size or the migrations change.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** Raised when the records the generator writes change, so cached databases are reloaded. */
const GENERATOR_VERSION = 2;

export const packageDir = join(import.meta.dirname, '..');
export const scratchDir = join(import.meta.dirname, '.data');
export const cliPath = join(packageDir, 'dist', 'cli.js');
export const SOURCE_KEY = 'bench-source';
export const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://moat_test:moat_test@127.0.0.1:5432/postgres';

/** A small fast PRNG (mulberry32): the same seed gives the same data set everywhere. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['Deep', 'Neural', 'Open', 'Quantum', 'Hyper', 'Cog', 'Synth', 'Vector', 'Latent', 'Meta'];
const STEMS = ['Seek', 'Mind', 'Forge', 'Loop', 'Scale', 'Mosaic', 'Pixel', 'Signal', 'Tensor', 'Atlas'];
const SUFFIXES = ['AI', 'Labs', 'Systems', 'Robotics', 'Analytics', 'Works'];
const KINDS = [
  'STARTUP',
  'STARTUP',
  'STARTUP',
  'STARTUP',
  'STARTUP',
  'CORPORATION',
  'RESEARCH_LAB',
  'UNIVERSITY',
];
const COUNTRIES = ['US', 'US', 'US', 'GB', 'FR', 'DE', 'CN', 'CA', 'IL', 'IN'];
const STAGES = ['PRE_SEED', 'SEED', 'SERIES_A', 'SERIES_B', 'SERIES_C', 'SERIES_D', 'LATER_STAGE'];
const STATUSES = [
  'CLOSED',
  'CLOSED',
  'CLOSED',
  'CLOSED',
  'ANNOUNCED',
  'ANNOUNCED',
  'RUMORED',
  'IN_NEGOTIATION',
];
const PRECISIONS = ['DAY', 'DAY', 'MONTH', 'QUARTER', 'YEAR'];
const RATES: Record<string, number> = { USD: 1, EUR: 1.08, GBP: 1.27 };

/** The shape of a data set of `size` companies: funds and angels invest, the rest raise. */
export function plan(size: number) {
  const funds = Math.max(10, Math.floor(size / 20));
  return { size, funds, angels: funds, raisers: size - funds };
}

export const fundSlug = (i: number) => `fund-${i}`;
export const companySlug = (i: number) => `company-${i}`;

/**
 * Writes the record file of `size` companies to `file`, line by line, waiting when the disk lags
 * so memory stays flat at any size. Returns the number of records.
 */
export async function writeRecordFile(size: number, file: string): Promise<number> {
  const { funds, angels, raisers } = plan(size);
  const next = random(13);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
  const out = createWriteStream(file);
  let records = 0;
  const write = async (record: object) => {
    records++;
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  };
  const cite = (excerpt: string) => [{ source: SOURCE_KEY, excerpt }];
  const date = (year: number) => ({
    date: `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-01`,
    precision: pick(PRECISIONS),
  });

  // Moat's seed records first (their header included): the GraphiQL default query reads OpenAI.
  for (const line of readFileSync(join(packageDir, 'src', 'data', 'seed.ndjson'), 'utf8').split('\n'))
    if (line) await write(JSON.parse(line));
  await write({ type: 'Source', key: SOURCE_KEY, kind: 'ARTICLE', title: 'The benchmark ledger' });
  for (let i = 0; i < funds; i++)
    await write({
      type: 'Company',
      slug: fundSlug(i),
      name: `${pick(STEMS)} Ventures ${i}`,
      kind: 'INVESTOR',
      country: pick(COUNTRIES),
      citations: cite(`Fund ${i} invests in AI.`),
    });
  for (let i = 0; i < angels; i++)
    await write({
      type: 'Person',
      slug: `angel-${i}`,
      name: `Angel Investor ${i}`,
      citations: cite(`Angel ${i} backs founders.`),
    });
  for (let i = 0; i < raisers; i++) {
    const slug = companySlug(i);
    const name = `${pick(PREFIXES)}${pick(STEMS)} ${pick(SUFFIXES)} ${i}`;
    await write({
      type: 'Company',
      slug,
      name,
      kind: pick(KINDS),
      country: pick(COUNTRIES),
      description: `${name} builds models for ${pick(['finance', 'health', 'code', 'science', 'robots'])}.`,
      ...(next() < 0.7 ? { foundedOn: date(2000 + Math.floor(next() * 25)) } : {}),
      citations: cite(`${name} builds models.`),
    });
    const founders = next() < 0.3 ? 2 : 1;
    for (let f = 0; f < founders; f++) {
      const person = `person-${i}-${f}`;
      await write({
        type: 'Person',
        slug: person,
        name: `Founder ${i}-${f}`,
        citations: cite(`Founder ${i}-${f}.`),
      });
      await write({
        type: 'Role',
        key: `role-${i}-${f}`,
        person,
        company: slug,
        title: f === 0 ? 'CEO' : 'CTO',
        citations: cite(`Founder ${i}-${f} runs ${name}.`),
      });
    }
    if (i % 2 === 0)
      await write({
        type: 'Quote',
        key: `quote-${i}`,
        text: `We will ship model ${i} soon.`,
        form: 'VERBATIM',
        speaker: `person-${i}-0`,
        attribution: `Founder ${i}-0`,
        about: [slug, companySlug((i * 7 + 1) % raisers)].filter((about, n, all) => all.indexOf(about) === n),
        citations: cite(`"We will ship model ${i} soon." said its founder.`),
      });
    const rounds = Math.floor(next() * 7);
    let year = 2010 + Math.floor(next() * 8);
    for (let r = 0; r < rounds; r++) {
      year += 1 + Math.floor(next() * 2);
      const currency = next() < 0.85 ? 'USD' : pick(['EUR', 'GBP']);
      const millions = Math.round((r + 1) ** 2 * (1 + next() * 9) * 10) / 10;
      const amount = next() < 0.1 ? undefined : Math.round(millions * 1_000_000);
      const investors = 1 + Math.floor(next() * 3);
      const chosen = new Set<string>();
      for (let n = 0; n < investors; n++)
        chosen.add(
          next() < 0.8
            ? `c:${fundSlug(Math.floor(next() * funds))}`
            : `p:angel-${Math.floor(next() * angels)}`,
        );
      await write({
        type: 'FundingRound',
        key: `round-${i}-${r}`,
        company: slug,
        stage: STAGES[Math.min(r, STAGES.length - 1)],
        status: pick(STATUSES),
        currency,
        ...(amount === undefined
          ? {}
          : { amount: String(amount), amountUsd: String(Math.round(amount * (RATES[currency] ?? 1))) }),
        ...(next() < 0.08 ? {} : { announcedOn: date(Math.min(year, 2025)) }),
        investors: [...chosen].map((investor, n) =>
          investor.startsWith('c:')
            ? { company: investor.slice(2), lead: n === 0 }
            : { person: investor.slice(2), lead: n === 0 },
        ),
        citations: cite(`${name} raised a round (${r + 1}).`),
      });
    }
  }
  out.end();
  await once(out, 'finish');
  return records;
}

/** What a loaded database carries, so a later run knows whether it still fits. */
function marker(size: number): string {
  const newest = readdirSync(join(packageDir, 'src', 'db', 'migrations'))
    .sort()
    .at(-1);
  return `moat-bench generator ${GENERATOR_VERSION}, ${size} companies, migration ${newest}`;
}

export const databaseName = (size: number) => `bench_${size}`;
export const databaseUrl = (size: number) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${databaseName(size)}`;
  return url.toString();
};
export const pgliteDir = (size: number) => join(scratchDir, `pglite-${size}`);

/** Runs the built CLI with `env`, failing with its output when it fails. */
export async function runCli(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [cliPath, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`moat ${args.join(' ')} failed:\n${output}`);
  return output;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function postgresMarker(size: number): Promise<string | undefined> {
  return withAdmin(async (client) => {
    const { rows } = await client.query<{ marker: string | null }>(
      `select shobj_description(oid, 'pg_database') as marker from pg_database where datname = $1`,
      [databaseName(size)],
    );
    return rows[0]?.marker ?? undefined;
  });
}

const pgliteMarkerFile = (size: number) => join(pgliteDir(size), 'bench-marker.txt');

/**
 * Makes sure PostgreSQL database `bench_<size>` (and, with `pglite`, PGlite folder
 * `.data/pglite-<size>`) hold the data set of `size` companies, importing it where a copy is
 * missing or stale (both at once).
 */
export async function ensureDataset(
  size: number,
  pglite: boolean,
  log: (line: string) => void,
): Promise<void> {
  const expected = marker(size);
  const postgresFresh = (await postgresMarker(size)) === expected;
  const pgliteFresh =
    !pglite ||
    (existsSync(pgliteMarkerFile(size)) && readFileSync(pgliteMarkerFile(size), 'utf8') === expected);
  if (postgresFresh && pgliteFresh) return log(`data set of ${size} companies: cached`);

  mkdirSync(scratchDir, { recursive: true });
  const file = join(scratchDir, `records-${size}.ndjson`);
  const began = performance.now();
  const records = await writeRecordFile(size, file);
  log(`data set of ${size} companies: ${records} records written in ${seconds(began)} s`);
  const loads: Promise<void>[] = [];
  if (!postgresFresh) {
    await withAdmin(async (client) => {
      await client.query(`drop database if exists ${databaseName(size)}`);
      await client.query(`create database ${databaseName(size)}`);
    });
    loads.push(
      timedImport(file, { DATABASE_URL: databaseUrl(size) }, 'PostgreSQL', records, log).then(() =>
        withAdmin(async (client) => {
          await client.query(`comment on database ${databaseName(size)} is '${expected}'`);
        }),
      ),
    );
  }
  if (!pgliteFresh) {
    rmSync(pgliteDir(size), { recursive: true, force: true });
    loads.push(
      timedImport(file, { MOAT_DATA_DIR: pgliteDir(size) }, 'PGlite', records, log).then(() =>
        writeFileSync(pgliteMarkerFile(size), expected),
      ),
    );
  }
  await Promise.all(loads);
  rmSync(file);
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function timedImport(
  file: string,
  env: Record<string, string>,
  name: string,
  records: number,
  log: (line: string) => void,
) {
  const began = performance.now();
  await runCli(['import', file], env);
  const took = (performance.now() - began) / 1000;
  log(`  imported into ${name} in ${took.toFixed(1)} s (${Math.round(records / took)} records/s)`);
}
