// The SQL behind claims: adding them with their citations, ranking them, and keeping each
// record's columns at the values its claims resolve to, in the transaction of the claim write.
import DataLoader from 'dataloader';
import {
  and,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  max,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import {
  CLAIM_PROPERTIES,
  type ClaimRank,
  type ClaimSubjectType,
  type InvestorValue,
  type MoneyValue,
  resolveClaims,
  valueKey,
  valueKind,
} from '../../rules/claims.js';
import type { PartialDate } from '../../rules/dates.js';
import type { Transaction } from '../audit.js';
import type { Database } from '../connection.js';
import { dateColumns } from '../date-columns.js';
import {
  CLAIM_SUBJECTS,
  type ClaimRow,
  type CompanyRow,
  citations,
  claimCitations,
  claims,
  companies,
  fundingRounds,
  type PersonRow,
  people,
  quoteSubjects,
  quotes,
  roles,
  sources,
} from '../schema.js';
import { setInvestors } from './funding-rounds.js';

/** A record that has claims: its type and ID. */
export interface ClaimSubject {
  type: ClaimSubjectType;
  id: string;
}

const SUBJECT_TABLES = {
  Company: companies,
  Person: people,
  Role: roles,
  Quote: quotes,
  FundingRound: fundingRounds,
} as const;
const VERSIONED: ClaimSubjectType[] = ['Company', 'Person', 'FundingRound'];

const subjectColumn = (type: ClaimSubjectType) => claims[CLAIM_SUBJECTS[type]];

/** The type and ID of the record a claim is about. */
export function claimSubject(claim: ClaimRow): ClaimSubject {
  const [type, column] = Object.entries(CLAIM_SUBJECTS).find(([, column]) => claim[column]) ?? [];
  if (!type || !column) throw new Error(`claim ${claim.id} is about no record`);
  return { type: type as ClaimSubjectType, id: claim[column] as string };
}

/**
 * Locks a claim's record until the transaction ends, as the updates of that record lock it, so
 * writers of one record's claims take turns and each resolves what the one before it wrote.
 */
export async function lockSubject(tx: Transaction, subject: ClaimSubject): Promise<void> {
  const table = SUBJECT_TABLES[subject.type] as typeof companies;
  await tx.select({ id: table.id }).from(table).where(eq(table.id, subject.id)).for('update');
}

/** Who recorded a claim, and when (now, unless an import gives the time). */
export interface Recorder {
  apiKeyId: string | null;
  recordedAt?: Date;
}

/**
 * Adds each value as a claim on the record, supported by the citations; a value the record
 * already has a claim for gains the citations instead. Then resolves the properties. Returns
 * the claims created.
 */
export async function addClaims(
  tx: Transaction,
  subject: ClaimSubject,
  values: Record<string, unknown>,
  citationIds: string[],
  recorder: Recorder,
): Promise<ClaimRow[]> {
  const created: ClaimRow[] = [];
  for (const [property, value] of Object.entries(values)) {
    const key = valueKey(valueKind(subject.type, property), value);
    const [inserted] = await tx
      .insert(claims)
      .values({
        [CLAIM_SUBJECTS[subject.type]]: subject.id,
        property,
        value: value ?? null,
        valueKey: key,
        apiKeyId: recorder.apiKeyId,
        ...(recorder.recordedAt && { recordedAt: recorder.recordedAt }),
      })
      .onConflictDoNothing()
      .returning();
    if (inserted) created.push(inserted);
    const claim =
      inserted ??
      (
        await tx
          .select()
          .from(claims)
          .where(
            and(
              eq(subjectColumn(subject.type), subject.id),
              eq(claims.property, property),
              eq(claims.valueKey, key),
            ),
          )
      )[0];
    if (!claim) throw new Error(`the claim on ${property} was neither added nor found`);
    if (citationIds.length > 0)
      await tx
        .insert(claimCitations)
        .values(citationIds.map((citationId) => ({ claimId: claim.id, citationId })))
        .onConflictDoNothing();
  }
  await resolveProperties(tx, subject, Object.keys(values));
  return created;
}

/** The columns that hold a property's value: a date's precision and an amount's US dollars beside it. */
export function valueColumns(
  type: ClaimSubjectType,
  property: string,
  value: unknown,
): Record<string, unknown> {
  switch (valueKind(type, property)) {
    case 'date':
      return dateColumns(property, value as PartialDate | null);
    case 'money': {
      const money = value as MoneyValue | null;
      return { [property]: money?.amount ?? null, [`${property}Usd`]: money?.usd ?? null };
    }
    case 'investors':
      return {};
    default:
      return { [property]: value ?? null };
  }
}

/** A record's claims on some properties, each with when the latest of its sources was published. */
async function claimsWithPublication(tx: Transaction, subject: ClaimSubject, properties: string[]) {
  const rows = await tx
    .select({ ...getTableColumns(claims), latestPublication: max(sources.publishedAt) })
    .from(claims)
    .leftJoin(claimCitations, eq(claimCitations.claimId, claims.id))
    .leftJoin(citations, eq(citations.id, claimCitations.citationId))
    .leftJoin(sources, eq(sources.id, citations.sourceId))
    .where(and(eq(subjectColumn(subject.type), subject.id), inArray(claims.property, properties)))
    .groupBy(claims.id);
  // An aggregate comes back as the driver's text, not as the column's Date.
  return rows.map(({ latestPublication, ...claim }) => ({
    ...claim,
    publishedAt: latestPublication === null ? null : new Date(latestPublication),
  }));
}

/**
 * Sets the record's columns for these properties to the values their claims resolve to, and
 * its `disputed` list to match. A property without claims keeps the value it has.
 */
export async function resolveProperties(
  tx: Transaction,
  subject: ClaimSubject,
  properties: string[],
  options: { raiseVersion?: boolean } = {},
): Promise<void> {
  const rows = await claimsWithPublication(tx, subject, properties);
  const table = SUBJECT_TABLES[subject.type] as typeof companies;
  const [record] = await tx.select({ disputed: table.disputed }).from(table).where(eq(table.id, subject.id));
  if (!record) throw new Error(`no ${subject.type} has the ID ${subject.id}`);

  const disputed = new Set(record.disputed.filter((property) => !properties.includes(property)));
  let columns: Record<string, unknown> = {};
  for (const property of properties) {
    const claimsOfProperty = rows.filter((row) => row.property === property);
    if (claimsOfProperty.length === 0) continue;
    const { winner, disputed: isDisputed } = resolveClaims(claimsOfProperty);
    if (isDisputed) disputed.add(property);
    const value = winner?.value ?? null;
    columns = { ...columns, ...valueColumns(subject.type, property, value) };
    if (valueKind(subject.type, property) === 'investors')
      await setInvestors(tx, subject.id, await stillThere(tx, (value as InvestorValue[] | null) ?? []));
  }
  const raise = options.raiseVersion && VERSIONED.includes(subject.type);
  await tx
    .update(table)
    .set({
      ...columns,
      disputed: CLAIM_PROPERTIES.filter((property) => disputed.has(property)),
      ...(raise && { version: sql`${table.version} + 1` }),
    })
    .where(eq(table.id, subject.id));
}

/** The investors a claim names that have not been deleted since. */
async function stillThere(tx: Transaction, investors: InvestorValue[]): Promise<InvestorValue[]> {
  const ids = investors.flatMap((investor) => investor.companyId ?? investor.personId ?? []);
  if (ids.length === 0) return [];
  const [companyRows, personRows] = [
    await tx.select({ id: companies.id }).from(companies).where(inArray(companies.id, ids)),
    await tx.select({ id: people.id }).from(people).where(inArray(people.id, ids)),
  ];
  const found = new Set([...companyRows, ...personRows].map((row) => row.id));
  return investors.filter((investor) => found.has(investor.companyId ?? investor.personId ?? ''));
}

/** A claim by its ID. */
export async function findClaim(tx: Transaction, id: string): Promise<ClaimRow | undefined> {
  const [claim] = await tx.select().from(claims).where(eq(claims.id, id));
  return claim;
}

/** The live (not deprecated) claims a property would keep if this claim were deprecated. */
export async function otherLiveClaims(tx: Transaction, claim: ClaimRow): Promise<number> {
  const subject = claimSubject(claim);
  const [other] = await tx
    .select({ n: count() })
    .from(claims)
    .where(
      and(
        eq(subjectColumn(subject.type), subject.id),
        eq(claims.property, claim.property),
        sql`${claims.id} <> ${claim.id}`,
        sql`${claims.rank} <> 'DEPRECATED'`,
      ),
    );
  return other?.n ?? 0;
}

/**
 * Ranks a claim, and resolves its property again. A PREFERRED claim is its property's only one:
 * the claim preferred before it becomes NORMAL.
 */
export async function setRank(
  tx: Transaction,
  claim: ClaimRow,
  rank: ClaimRank,
  reason: string | null,
): Promise<ClaimRow> {
  const subject = claimSubject(claim);
  if (rank === 'PREFERRED')
    await tx
      .update(claims)
      .set({ rank: 'NORMAL' })
      .where(
        and(
          eq(subjectColumn(subject.type), subject.id),
          eq(claims.property, claim.property),
          eq(claims.rank, 'PREFERRED'),
        ),
      );
  const [ranked] = await tx
    .update(claims)
    .set({ rank, deprecationReason: rank === 'DEPRECATED' ? reason : null })
    .where(eq(claims.id, claim.id))
    .returning();
  if (!ranked) throw new Error(`claim ${claim.id} was not ranked`);
  await resolveProperties(tx, subject, [claim.property], { raiseVersion: true });
  return ranked;
}

/** The claims this citation is the only support of. */
export async function claimsOnlySupportedBy(tx: Transaction, citationId: string): Promise<ClaimRow[]> {
  const supported = tx
    .select({ claimId: claimCitations.claimId })
    .from(claimCitations)
    .where(eq(claimCitations.citationId, citationId));
  const rows = await tx
    .select({ ...getTableColumns(claims), supports: count(claimCitations.citationId) })
    .from(claims)
    .innerJoin(claimCitations, eq(claimCitations.claimId, claims.id))
    .where(inArray(claims.id, supported))
    .groupBy(claims.id)
    .orderBy(claims.property);
  return rows.filter((row) => row.supports === 1);
}

/** The citations of a record, by ID, that support it (claims may only cite their own record's). */
export async function citationsOfSubject(
  tx: Transaction,
  subject: ClaimSubject,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: citations.id })
    .from(citations)
    .where(and(inArray(citations.id, ids), eq(citations[CLAIM_SUBJECTS[subject.type]], subject.id)));
  return new Set(rows.map((row) => row.id));
}

export interface DisputeFilter {
  type?: ClaimSubjectType | null;
  /** A company's ID: its own disputes, and those of its rounds, roles and quotes about it. */
  companyId?: string | null;
}

/** One disputed property of a record, and when its latest claim was recorded. */
export interface DisputeRow {
  subject: ClaimSubject;
  property: string;
  since: Date;
}

/** Which claims are about a record's disputed property, by the filter. */
function disputeWhere(filter: DisputeFilter): SQL | undefined {
  const disputedHere = or(
    sql`${claims.property} = any(${companies.disputed})`,
    sql`${claims.property} = any(${people.disputed})`,
    sql`${claims.property} = any(${roles.disputed})`,
    sql`${claims.property} = any(${quotes.disputed})`,
    sql`${claims.property} = any(${fundingRounds.disputed})`,
  );
  const company = filter.companyId;
  return and(
    disputedHere,
    filter.type ? isNotNull(subjectColumn(filter.type)) : undefined,
    company
      ? or(
          eq(companies.id, company),
          eq(fundingRounds.companyId, company),
          eq(roles.companyId, company),
          eq(quotes.attributedToId, company),
          sql`exists (select 1 from ${quoteSubjects} where ${quoteSubjects.quoteId} = ${quotes.id} and ${quoteSubjects.companyId} = ${company})`,
        )
      : undefined,
  );
}

/** The claims joined to the record each is about. */
function claimsWithSubjects<Selection extends Record<string, unknown>>(db: Database, selection: Selection) {
  return db
    .select(selection as never)
    .from(claims)
    .leftJoin(companies, eq(companies.id, claims.companyId))
    .leftJoin(people, eq(people.id, claims.personId))
    .leftJoin(roles, eq(roles.id, claims.roleId))
    .leftJoin(quotes, eq(quotes.id, claims.quoteId))
    .leftJoin(fundingRounds, eq(fundingRounds.id, claims.fundingRoundId));
}

/** Disputed properties, the one with the latest claim first. */
export async function listDisputes(
  db: Database,
  filter: DisputeFilter,
  page: { limit: number; offset: number },
): Promise<DisputeRow[]> {
  const subjects = Object.values(CLAIM_SUBJECTS).map((column) => claims[column]);
  const since = max(claims.recordedAt);
  const rows = (await claimsWithSubjects(db, {
    ...Object.fromEntries(Object.values(CLAIM_SUBJECTS).map((column) => [column, claims[column]])),
    property: claims.property,
    since,
  })
    .where(disputeWhere(filter))
    .groupBy(...subjects, claims.property)
    .orderBy(desc(since), claims.property, ...subjects)
    .limit(page.limit)
    .offset(page.offset)) as unknown as (ClaimRow & { since: string })[];
  // An aggregate comes back as the driver's text, not as the column's Date.
  return rows.map((row) => ({
    subject: claimSubject(row),
    property: row.property,
    since: new Date(row.since),
  }));
}

/** How many disputed properties the filter finds. */
export async function countDisputes(db: Database, filter: DisputeFilter): Promise<number> {
  const subjects = Object.values(CLAIM_SUBJECTS).map((column) => claims[column]);
  const disputes = claimsWithSubjects(db, { property: claims.property })
    .where(disputeWhere(filter))
    .groupBy(...subjects, claims.property)
    .as('disputes');
  const [total] = await db.select({ n: count() }).from(disputes);
  return total?.n ?? 0;
}

/** The claims of some records' properties, for disputes: by subject ID and property. */
export async function claimsOf(db: Database, disputes: DisputeRow[]): Promise<ClaimRow[]> {
  if (disputes.length === 0) return [];
  return db
    .select()
    .from(claims)
    .where(
      or(
        ...disputes.map((dispute) =>
          and(
            eq(subjectColumn(dispute.subject.type), dispute.subject.id),
            eq(claims.property, dispute.property),
          ),
        ),
      ),
    )
    .orderBy(claims.rank, desc(claims.recordedAt), claims.id);
}

/** Loads the companies and people that claims name as investors (null once deleted): a statement each per batch. */
export function investorLoader(db: Database) {
  return new DataLoader<InvestorValue, CompanyRow | PersonRow | null, string>(
    async (investors) => {
      const ids = (kind: 'companyId' | 'personId') => investors.flatMap((investor) => investor[kind] ?? []);
      const companyIds = ids('companyId');
      const personIds = ids('personId');
      const [companyRows, personRows] = await Promise.all([
        companyIds.length ? db.select().from(companies).where(inArray(companies.id, companyIds)) : [],
        personIds.length ? db.select().from(people).where(inArray(people.id, personIds)) : [],
      ]);
      const byId = new Map<string, CompanyRow | PersonRow>(
        [...companyRows, ...personRows].map((row) => [row.id, row]),
      );
      return investors.map((investor) => byId.get(investor.companyId ?? investor.personId ?? '') ?? null);
    },
    { cacheKeyFn: (investor) => investor.companyId ?? `person:${investor.personId}` },
  );
}

/** The records of some claim subjects, by `Type:id`: a statement per type. */
export async function subjectRows(db: Database, subjects: ClaimSubject[]): Promise<Map<string, object>> {
  const types = [...new Set(subjects.map((subject) => subject.type))];
  const found = await Promise.all(
    types.map(async (type) => {
      const table = SUBJECT_TABLES[type] as typeof companies;
      const ids = subjects.filter((subject) => subject.type === type).map((subject) => subject.id);
      const rows = await db.select().from(table).where(inArray(table.id, ids));
      return rows.map((row) => [`${type}:${row.id}`, row] as const);
    }),
  );
  return new Map(found.flat());
}
