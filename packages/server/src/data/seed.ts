import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type InferInsertModel, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../db/connection.js';
import {
  citations,
  companies,
  companyKind,
  datePrecision,
  dealStatus,
  dealStatusChanges,
  fundingRounds,
  fundingStage,
  investments,
  people,
  quoteForm,
  quoteSubjects,
  quotes,
  roles,
  sourceKind,
  sources,
} from '../db/schema.js';
import { paths } from '../paths.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug');
const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a non-negative decimal string');
const citation = z.strictObject({ source: slug, excerpt: z.string().min(1) });
const cited = { citations: z.array(citation).min(1, 'every fact needs a citation') };
/** A date as precise as the source gives it: { "date": "2025-01-01", "precision": "MONTH" }. */
const partialDate = z
  .strictObject({ date: z.iso.date(), precision: z.enum(datePrecision.enumValues) })
  .nullable()
  .default(null);

/** The date and precision columns of a partial date. */
function dateColumns<Key extends string>(key: Key, value: z.infer<typeof partialDate>) {
  type Precision = (typeof datePrecision.enumValues)[number];
  return { [key]: value?.date ?? null, [`${key}Precision`]: value?.precision ?? null } as Record<
    Key,
    string | null
  > &
    Record<`${Key}Precision`, Precision | null>;
}

/** The shape of `seed.json`: records refer to each other by slug or key. */
export const seedFileSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      key: slug,
      kind: z.enum(sourceKind.enumValues),
      title: z.string().min(1),
      publisher: z.string().nullable(),
      url: z.url().nullable(),
      publishedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  companies: z.array(
    z.strictObject({
      slug,
      name: z.string().min(1),
      kind: z.enum(companyKind.enumValues),
      description: z.string().nullable(),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .nullable(),
      headquarters: z.string().nullable().default(null),
      foundedOn: partialDate,
      website: z.url().nullable().default(null),
      aliases: z.array(z.string()).default([]),
      ...cited,
    }),
  ),
  people: z.array(
    z.strictObject({
      slug,
      name: z.string().min(1),
      bio: z.string().nullable(),
      ...cited,
      roles: z.array(
        z.strictObject({
          company: slug,
          title: z.string().min(1),
          since: partialDate,
          until: partialDate,
          ...cited,
        }),
      ),
    }),
  ),
  quotes: z.array(
    z.strictObject({
      key: slug,
      text: z.string().min(1),
      form: z.enum(quoteForm.enumValues),
      speaker: slug.nullable(),
      attributedTo: slug.nullable(),
      attribution: z.string().min(1),
      about: z.array(slug),
      saidOn: partialDate,
      ...cited,
    }),
  ),
  fundingRounds: z.array(
    z.strictObject({
      key: slug,
      company: slug,
      stage: z.enum(fundingStage.enumValues),
      status: z.enum(dealStatus.enumValues),
      currency: z.string().regex(/^[A-Z]{3}$/),
      amount: decimal.nullable(),
      amountUsd: decimal.nullable(),
      preMoneyValuation: decimal.nullable(),
      preMoneyValuationUsd: decimal.nullable(),
      postMoneyValuation: decimal.nullable(),
      postMoneyValuationUsd: decimal.nullable(),
      announcedOn: partialDate,
      closedOn: partialDate,
      investors: z.array(
        z.union([
          z.strictObject({ company: slug, lead: z.boolean() }),
          z.strictObject({ person: slug, lead: z.boolean() }),
        ]),
      ),
      ...cited,
    }),
  ),
});

export type SeedFile = z.infer<typeof seedFileSchema>;

export function readSeedFile(): SeedFile {
  return seedFileSchema.parse(JSON.parse(readFileSync(paths.seed, 'utf8')));
}

/** A UUID derived from a record's kind and key, so seeding the same file twice gives the same rows. */
export function stableId(kind: string, key: string): string {
  const hex = createHash('sha1').update(`moat:${kind}:${key}`).digest('hex');
  // Shaped as a version 5 (name-based, SHA-1) UUID.
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

type CitationOwner =
  | { companyId: string }
  | { personId: string }
  | { roleId: string }
  | { quoteId: string }
  | { fundingRoundId: string }
  | { statusChangeId: string };

/**
 * Writes the seed data in one transaction. Rows have ids derived from their keys and inserts
 * skip rows that exist, so a second run changes nothing.
 */
export async function seedDatabase(db: Database, seed: SeedFile = readSeedFile()): Promise<void> {
  const companyId = (key: string) => stableId('company', key);
  const personId = (key: string) => stableId('person', key);
  const sourceId = (key: string) => stableId('source', key);
  const citationRows: (typeof citations.$inferInsert)[] = [];
  const cite = (ownerKey: string, owner: CitationOwner, list: SeedFile['companies'][number]['citations']) => {
    for (const [index, c] of list.entries()) {
      citationRows.push({
        id: stableId('citation', `${ownerKey}#${index}`),
        sourceId: sourceId(c.source),
        excerpt: c.excerpt,
        position: index,
        ...owner,
      });
    }
  };

  const roleRows = seed.people.flatMap((person) =>
    person.roles.map((role) => {
      const id = stableId('role', `${person.slug}@${role.company}:${role.title}`);
      cite(`role:${id}`, { roleId: id }, role.citations);
      return {
        id,
        personId: personId(person.slug),
        companyId: companyId(role.company),
        title: role.title,
        ...dateColumns('since', role.since),
        ...dateColumns('until', role.until),
      };
    }),
  );
  for (const c of seed.companies) cite(`company:${c.slug}`, { companyId: companyId(c.slug) }, c.citations);
  for (const p of seed.people) cite(`person:${p.slug}`, { personId: personId(p.slug) }, p.citations);
  for (const q of seed.quotes) cite(`quote:${q.key}`, { quoteId: stableId('quote', q.key) }, q.citations);
  for (const r of seed.fundingRounds) {
    cite(`round:${r.key}`, { fundingRoundId: stableId('round', r.key) }, r.citations);
  }

  await db.transaction(async (tx) => {
    // Rows are typed where they are built; existing rows are kept as they are.
    const insert = async <T extends PgTable>(table: T, rows: InferInsertModel<T>[]) => {
      if (rows.length > 0)
        await tx
          .insert(table)
          .values(rows as never)
          .onConflictDoNothing();
    };
    await insert(
      sources,
      seed.sources.map(({ key, publishedAt, ...source }) => ({
        id: sourceId(key),
        ...source,
        publishedAt: publishedAt ? new Date(publishedAt) : null,
      })),
    );
    await insert(
      companies,
      seed.companies.map(({ citations: _, foundedOn, ...c }) => ({
        id: companyId(c.slug),
        ...c,
        ...dateColumns('foundedOn', foundedOn),
      })),
    );
    await insert(
      people,
      seed.people.map(({ citations: _, roles: __, ...p }) => ({ id: personId(p.slug), ...p })),
    );
    await insert(roles, roleRows);
    await insert(
      quotes,
      seed.quotes.map((q) => ({
        id: stableId('quote', q.key),
        text: q.text,
        form: q.form,
        speakerId: q.speaker ? personId(q.speaker) : null,
        attributedToId: q.attributedTo ? companyId(q.attributedTo) : null,
        attribution: q.attribution,
        ...dateColumns('saidOn', q.saidOn),
      })),
    );
    await insert(
      quoteSubjects,
      seed.quotes.flatMap((q) =>
        q.about.map((about) => ({ quoteId: stableId('quote', q.key), companyId: companyId(about) })),
      ),
    );
    await insert(
      fundingRounds,
      seed.fundingRounds.map(
        ({ key, company, investors: _, citations: __, announcedOn, closedOn, ...round }) => ({
          id: stableId('round', key),
          companyId: companyId(company),
          ...round,
          ...dateColumns('announcedOn', announcedOn),
          ...dateColumns('closedOn', closedOn),
        }),
      ),
    );
    await insert(
      investments,
      seed.fundingRounds.flatMap((round) =>
        round.investors.map((investor) => {
          const who = 'company' in investor ? `company:${investor.company}` : `person:${investor.person}`;
          return {
            id: stableId('investment', `${round.key}/${who}`),
            roundId: stableId('round', round.key),
            companyId: 'company' in investor ? companyId(investor.company) : null,
            personId: 'person' in investor ? personId(investor.person) : null,
            isLead: investor.lead,
          };
        }),
      ),
    );
    // A round's history starts with the status the source reports, citing the same excerpts;
    // rounds that already have a history keep it.
    const withHistory = new Set(
      (await tx.select({ roundId: dealStatusChanges.roundId }).from(dealStatusChanges)).map(
        (row) => row.roundId,
      ),
    );
    const firstChanges = seed.fundingRounds.filter((round) => !withHistory.has(stableId('round', round.key)));
    await insert(
      dealStatusChanges,
      firstChanges.map((round) => ({
        id: stableId('status', round.key),
        roundId: stableId('round', round.key),
        status: round.status,
        ...dateColumns('changedOn', round.announcedOn),
      })),
    );
    for (const round of firstChanges)
      cite(`status:${round.key}`, { statusChangeId: stableId('status', round.key) }, round.citations);
    await insert(citations, citationRows);
  });
  // PGlite runs no autovacuum: refresh the planner's statistics after a bulk write.
  await db.execute(sql`analyze`);
}
