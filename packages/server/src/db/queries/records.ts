// Which records a record file names are in the database already: the import checks references
// and IDs against them, and keeps them as they are.
import { inArray } from 'drizzle-orm';
import type { Transaction } from '../audit.js';
import type { Database } from '../connection.js';
import { companies, people, sources } from '../schema.js';

/** Values one statement looks up at most: well under PostgreSQL's 65,535 parameters. */
const SLICE = 10_000;

/** Runs a lookup on a list in slices, under PostgreSQL's limit of parameters per statement. */
async function inSlices<Value, Row>(
  values: readonly Value[],
  lookup: (slice: Value[]) => Promise<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let at = 0; at < values.length; at += SLICE)
    rows.push(...(await lookup(values.slice(at, at + SLICE))));
  return rows;
}

/** The slugs and IDs a table has, among those looked up. */
export interface StoredKeys {
  /** The ID each looked-up slug has. */
  idBySlug: Map<string, string>;
  /** The slug each looked-up ID has. */
  slugById: Map<string, string>;
}

export interface StoredRecords {
  companies: StoredKeys;
  people: StoredKeys;
  /** The looked-up sources that exist, by ID: their text, when they keep one, and when they were published. */
  sources: Map<string, { text: string | null; publishedAt: Date | null }>;
}

/** What to look up: slugs and IDs (of companies or people), and source IDs. */
export interface RecordNames {
  slugs: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

async function storedKeys(
  db: Transaction | Database,
  table: typeof companies | typeof people,
  { slugs, ids }: RecordNames,
): Promise<StoredKeys> {
  const where = (column: 'id' | 'slug', values: ReadonlySet<string>) =>
    inSlices([...values], (slice) =>
      db
        .select({ id: table.id, slug: table.slug })
        .from(table as typeof companies)
        .where(inArray(table[column], slice)),
    );
  // One after the other: a transaction's statements take turns on its one connection.
  const bySlug = await where('slug', slugs);
  const byId = await where('id', ids);
  return {
    idBySlug: new Map(bySlug.map((row) => [row.slug, row.id])),
    slugById: new Map(byId.map((row) => [row.id, row.slug])),
  };
}

/** Looks up, in both tables, every slug and ID named, and the named sources that exist. */
export async function storedRecords(db: Transaction | Database, names: RecordNames): Promise<StoredRecords> {
  const companyKeys = await storedKeys(db, companies, names);
  const personKeys = await storedKeys(db, people, names);
  const sourceRows = await inSlices([...names.sourceIds], (slice) =>
    db
      .select({ id: sources.id, text: sources.text, publishedAt: sources.publishedAt })
      .from(sources)
      .where(inArray(sources.id, slice)),
  );
  return {
    companies: companyKeys,
    people: personKeys,
    sources: new Map(sourceRows.map(({ id, ...source }) => [id, source])),
  };
}
