// Exports the database as a Moat NDJSON file (the format of records.ts, version 2), in a fixed
// order, so that exporting, importing into an empty database and exporting again gives the same
// file. Records carry their resolved values; every claim behind them follows as a Claim record.
import { asc } from 'drizzle-orm';
import type { Database } from '../db/connection.js';
import { partialDate } from '../db/date-columns.js';
import {
  type CitationRow,
  type ClaimRow,
  citationLocation,
  citations,
  citedFactId,
  claimCitations,
  claims,
  companies,
  dealStatusChanges,
  fundingRounds,
  investments,
  people,
  quoteSubjects,
  quotes,
  roles,
  sources,
} from '../db/schema.js';
import {
  CLAIM_RANKS,
  CLAIMED_PROPERTIES,
  type ClaimSubjectType,
  type InvestorValue,
  type MoneyValue,
  valueKind,
} from '../rules/claims.js';
import { type ClaimValue, FORMAT_VERSION, type MoatRecord, type MoatRecordInput } from './records.js';

/** An investor as a record names them. */
type Investor = { company: string; lead: boolean } | { person: string; lead: boolean };

/** Where a citation's excerpt stands, as a record's selector gives it. */
function selectorOf(citation: CitationRow) {
  const at = citationLocation(citation);
  return at && { start: at.startOffset, end: at.endOffset, prefix: at.prefix, suffix: at.suffix };
}

/** The record without its empty fields: nulls and empty lists are what a left-out field means. */
function compact<Record extends object>(record: Record) {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  ) as {
    [Key in keyof Record]: null extends Record[Key] ? Exclude<Record[Key], null> | undefined : Record[Key];
  };
}

/** Rows grouped by a key, each group in the rows' order. */
function groupBy<Row>(rows: Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Every record in the database, one JSON line each, in the order `import` writes them. */
export async function exportRecords(db: Database): Promise<string[]> {
  const [
    sourceRows,
    companyRows,
    personRows,
    roleRows,
    quoteRows,
    subjectRows,
    roundRows,
    investmentRows,
    changeRows,
    citationRows,
    claimRows,
    claimCitationRows,
  ] = await Promise.all([
    db.select().from(sources).orderBy(asc(sources.id)),
    db.select().from(companies).orderBy(asc(companies.slug)),
    db.select().from(people).orderBy(asc(people.slug)),
    db.select().from(roles).orderBy(asc(roles.id)),
    db.select().from(quotes).orderBy(asc(quotes.id)),
    db.select().from(quoteSubjects),
    db.select().from(fundingRounds).orderBy(asc(fundingRounds.id)),
    db.select().from(investments),
    db
      .select()
      .from(dealStatusChanges)
      .orderBy(asc(dealStatusChanges.roundId), asc(dealStatusChanges.recordedAt), asc(dealStatusChanges.id)),
    db.select().from(citations).orderBy(asc(citations.position), asc(citations.id)),
    db.select().from(claims).orderBy(asc(claims.recordedAt), asc(claims.valueKey)),
    db.select().from(claimCitations),
  ]);
  const companySlug = new Map(companyRows.map((row) => [row.id, row.slug]));
  const personSlug = new Map(personRows.map((row) => [row.id, row.slug]));
  const cited = groupBy(citationRows, citedFactId);
  const citationsOf = (id: string) =>
    (cited.get(id) ?? []).map((row) =>
      compact({
        source: row.sourceId,
        excerpt: row.excerpt,
        selector: selectorOf(row),
      }),
    );
  const subjects = groupBy(subjectRows, (row) => row.quoteId);
  const slugsAbout = (quoteId: string) =>
    (subjects.get(quoteId) ?? []).map((row) => companySlug.get(row.companyId) ?? '').sort();
  const investors = groupBy(investmentRows, (row) => row.roundId);
  /** Investors by slug, leads first; those since deleted are left out, as the round leaves them out. */
  const bySlug = (list: InvestorValue[]): Investor[] =>
    list
      .flatMap((investor): Investor[] => {
        const slug = investor.companyId
          ? companySlug.get(investor.companyId)
          : personSlug.get(investor.personId ?? '');
        if (!slug) return [];
        return [
          investor.companyId
            ? { company: slug, lead: investor.isLead }
            : { person: slug, lead: investor.isLead },
        ];
      })
      .sort((a, b) => Number(b.lead) - Number(a.lead) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const investorsOf = (roundId: string) => bySlug(investors.get(roundId) ?? []);

  const claimsBySubject = groupBy(claimRows, citedFactId);
  const supporting = groupBy(claimCitationRows, (row) => row.claimId);
  const citationById = new Map(citationRows.map((row) => [row.id, row]));
  /** A claim's value as its record's field of the same name gives it. */
  const fileValue = (type: ClaimSubjectType, claim: ClaimRow): { value: ClaimValue; valueUsd?: string } => {
    if (claim.value === null) return { value: null };
    switch (valueKind(type, claim.property)) {
      case 'money': {
        const money = claim.value as MoneyValue;
        return { value: money.amount, ...compact({ valueUsd: money.usd }) };
      }
      case 'investors':
        return { value: bySlug(claim.value as InvestorValue[]) };
      default:
        return { value: claim.value as ClaimValue };
    }
  };
  /** The claims about a record, by property, PREFERRED first, then as they were recorded. */
  const claimsAbout = (type: ClaimSubjectType, id: string, name: string): MoatRecordInput[] => {
    const properties = Object.keys(CLAIMED_PROPERTIES[type]);
    const order = (claim: ClaimRow) =>
      properties.indexOf(claim.property) * CLAIM_RANKS.length + CLAIM_RANKS.indexOf(claim.rank);
    // A stable sort: claims of one property and rank stay as recorded.
    return (claimsBySubject.get(id) ?? [])
      .toSorted((a, b) => order(a) - order(b))
      .map((claim) => ({
        type: 'Claim' as const,
        record: `${type}:${name}`,
        property: claim.property,
        // Kept when null or empty: that is what the source says.
        ...fileValue(type, claim),
        ...compact({
          citations: (supporting.get(claim.id) ?? [])
            .flatMap(({ citationId }) => citationById.get(citationId) ?? [])
            .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
            .map((citation) => ({ source: citation.sourceId, excerpt: citation.excerpt })),
          rank: claim.rank === 'NORMAL' ? undefined : claim.rank,
          reason: claim.deprecationReason,
          recordedAt: claim.recordedAt.toISOString(),
        }),
      }));
  };

  const records: MoatRecord[] = [
    ...sourceRows.map((row) =>
      compact({
        type: 'Source' as const,
        key: row.id,
        kind: row.kind,
        title: row.title,
        publisher: row.publisher,
        url: row.url,
        publishedAt: row.publishedAt?.toISOString(),
        text: row.text,
        sha256: row.contentSha256,
        retrievedAt: row.retrievedAt?.toISOString(),
        archiveUrl: row.archiveUrl,
      }),
    ),
    ...companyRows.map((row) =>
      compact({
        type: 'Company' as const,
        slug: row.slug,
        id: row.id,
        name: row.name,
        kind: row.kind,
        description: row.description,
        country: row.country,
        headquarters: row.headquarters,
        foundedOn: partialDate(row.foundedOn, row.foundedOnPrecision),
        website: row.website,
        aliases: row.aliases,
        citations: citationsOf(row.id),
      }),
    ),
    ...personRows.map((row) =>
      compact({
        type: 'Person' as const,
        slug: row.slug,
        id: row.id,
        name: row.name,
        bio: row.bio,
        citations: citationsOf(row.id),
      }),
    ),
    ...roleRows.map((row) =>
      compact({
        type: 'Role' as const,
        key: row.id,
        person: personSlug.get(row.personId) ?? '',
        company: companySlug.get(row.companyId) ?? '',
        title: row.title,
        since: partialDate(row.since, row.sincePrecision),
        until: partialDate(row.until, row.untilPrecision),
        citations: citationsOf(row.id),
      }),
    ),
    ...quoteRows.map((row) =>
      compact({
        type: 'Quote' as const,
        key: row.id,
        text: row.text,
        form: row.form,
        speaker: row.speakerId ? personSlug.get(row.speakerId) : undefined,
        attributedTo: row.attributedToId ? companySlug.get(row.attributedToId) : undefined,
        attribution: row.attribution,
        about: slugsAbout(row.id),
        saidOn: partialDate(row.saidOn, row.saidOnPrecision),
        citations: citationsOf(row.id),
      }),
    ),
    ...roundRows.map((row) =>
      compact({
        type: 'FundingRound' as const,
        key: row.id,
        company: companySlug.get(row.companyId) ?? '',
        stage: row.stage,
        status: row.status,
        currency: row.currency,
        amount: row.amount,
        amountUsd: row.amountUsd,
        preMoneyValuation: row.preMoneyValuation,
        preMoneyValuationUsd: row.preMoneyValuationUsd,
        postMoneyValuation: row.postMoneyValuation,
        postMoneyValuationUsd: row.postMoneyValuationUsd,
        announcedOn: partialDate(row.announcedOn, row.announcedOnPrecision),
        closedOn: partialDate(row.closedOn, row.closedOnPrecision),
        investors: investorsOf(row.id),
        citations: citationsOf(row.id),
      }),
    ),
    ...changeRows.map((row) =>
      compact({
        type: 'StatusChange' as const,
        key: row.id,
        round: row.roundId,
        status: row.status,
        on: partialDate(row.changedOn, row.changedOnPrecision),
        recordedAt: row.recordedAt.toISOString(),
        citations: citationsOf(row.id),
      }),
    ),
  ];
  const claimRecords = [
    ...companyRows.flatMap((row) => claimsAbout('Company', row.id, row.slug)),
    ...personRows.flatMap((row) => claimsAbout('Person', row.id, row.slug)),
    ...roleRows.flatMap((row) => claimsAbout('Role', row.id, row.id)),
    ...quoteRows.flatMap((row) => claimsAbout('Quote', row.id, row.id)),
    ...roundRows.flatMap((row) => claimsAbout('FundingRound', row.id, row.id)),
  ];
  return [{ type: 'Moat', version: FORMAT_VERSION }, ...records, ...claimRecords].map((record) =>
    JSON.stringify(record),
  );
}
