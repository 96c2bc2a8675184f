// The claims of a file's records: its Claim lines, and each plain value no Claim line names, read
// as one NORMAL claim supported by all of its record's citations (what a version 1 file means,
// and what the claims migration made of the values a database had). Each property's column is
// set to the value its claims resolve to, by the one rule of rules/claims.ts.
import { valueColumns } from '../../db/queries/claims.js';
import type { CitationOwner } from '../../db/schema.js';
import {
  CLAIM_PROPERTIES,
  CLAIMED_PROPERTIES,
  type ClaimRank,
  type ClaimSubjectType,
  type InvestorValue,
  type MoneyValue,
  REQUIRED_PROPERTIES,
  resolveClaims,
  trimScale,
  valueKey,
  valueKind,
} from '../../rules/claims.js';
import type { RecordOf } from '../records.js';
import { keyedId, stableId } from './ids.js';
import type { Line } from './parse.js';
import type { PlanState } from './plan.js';

type ClaimLine = Line<RecordOf<'Claim'>>;
export type ClaimedLine = Line<RecordOf<ClaimSubjectType>>;
type Investors = RecordOf<'FundingRound'>['investors'];

/** The name a Claim gives its record: `Company:openai`, `FundingRound:openai-2025`. */
const nameOf = ({ type, ...record }: RecordOf<ClaimSubjectType>) =>
  `${type}:${'slug' in record ? record.slug : record.key}`;

/** A round's investors as claims and investments name them: IDs, each investor once. */
export function investorValues(
  { issue, companyId, personId }: Pick<PlanState, 'issue' | 'companyId' | 'personId'>,
  line: number,
  path: string,
  investors: Investors,
): InvestorValue[] {
  const seen = new Set<string>();
  return investors.map((investor, index) => {
    const who = 'company' in investor ? `company:${investor.company}` : `person:${investor.person}`;
    if (seen.has(who)) issue(line, `${path}${index}`, 'names an investor twice');
    seen.add(who);
    return {
      companyId: 'company' in investor ? companyId(line, `${path}${index}.company`, investor.company) : null,
      personId: 'person' in investor ? personId(line, `${path}${index}.person`, investor.person) : null,
      isLead: investor.lead,
    };
  });
}

/** One claim as planned: its row's fields, the value as the file gives it, and what resolution needs. */
interface PlannedClaim {
  id: string;
  line: number;
  fileValue: unknown;
  stored: unknown;
  valueKey: string;
  rank: ClaimRank;
  reason: string | null;
  recordedAt: Date;
  citationIds: string[];
  publishedAt: Date | null;
}

/** A property's claims state each value once, and at most one of them is PREFERRED. */
function checkDistinct(planned: PlannedClaim[], issue: PlanState['issue']) {
  const lineOf = new Map<string, number>();
  let preferred: number | undefined;
  for (const claim of planned) {
    const same = lineOf.get(claim.valueKey);
    if (same)
      issue(
        claim.line,
        'value',
        `is the value of the claim on line ${same} too: give one claim both citations`,
      );
    lineOf.set(claim.valueKey, claim.line);
    if (claim.rank === 'PREFERRED' && preferred)
      issue(claim.line, 'rank', `the claim on line ${preferred} is the property’s PREFERRED one already`);
    if (claim.rank === 'PREFERRED') preferred = claim.line;
  }
}

/**
 * Plans a record's claims and sets its row's claimed columns and `disputed` list to what they
 * resolve to; returns the values of its properties as claims store them (investors by ID).
 */
export type ClaimPlanner = (
  line: ClaimedLine,
  owner: Partial<Record<CitationOwner, string>>,
  ownerKey: string,
  row: Record<string, unknown>,
  citationIds: string[],
) => Record<string, unknown>;

/**
 * Groups the Claim lines by record (a Claim naming no record of the file is an issue) and returns
 * the planner of a record's claims. `published` gives each source's publication time, by ID.
 */
export function claimPlanner(
  state: Omit<PlanState, 'claims'>,
  published: Map<string, Date | null>,
): ClaimPlanner {
  const { rows, issue, refused, survey } = state;
  const start = Date.now();
  for (const [record, lines] of survey.claims)
    if (!survey.names.has(record) && !refused.has(record))
      for (const line of lines) issue(line.line, 'record', `no record in the file is "${record}"`);
  /** When a claim was recorded: given, or now, in line order. */
  const recordedAt = (claim: ClaimLine) =>
    claim.record.recordedAt
      ? new Date(claim.record.recordedAt)
      : new Date(start + (survey.claimOrder.get(claim) ?? 0));

  return (line, owner, ownerKey, row, citationIds) => {
    const { record } = line;
    const type = record.type;
    const fields = record as Record<string, unknown>;
    const [column, subjectId] = Object.entries(owner)[0] as [CitationOwner, string];
    /** The publication time of the latest of the sources behind some of the record's citations. */
    const latest = (indexes: number[]) =>
      indexes
        .map((index) => published.get(keyedId('source', record.citations[index]?.source ?? '')) ?? null)
        .reduce<Date | null>((last, at) => (at && (!last || at > last) ? at : last), null);
    /** A value as a claim stores it: an amount with its currency, investors by ID. */
    const stored = (property: string, at: number, path: string, value: unknown, usd?: string) => {
      if (value === null || value === undefined) return null;
      switch (valueKind(type, property)) {
        case 'money':
          return { amount: value, currency: fields.currency, usd: usd ?? null };
        case 'investors':
          return investorValues(state, at, path, value as Investors);
        default:
          return value;
      }
    };
    /** Which of the record's citations a Claim's citations are, by index: each must be one. */
    const citedBy = (claim: ClaimLine) =>
      claim.record.citations.flatMap((cited, index) => {
        const own = record.citations.findIndex(
          (citation) =>
            keyedId('source', citation.source) === keyedId('source', cited.source) &&
            citation.excerpt === cited.excerpt,
        );
        if (own < 0)
          issue(
            claim.line,
            `citations.${index}`,
            `is not one of the citations of ${nameOf(record)} (line ${line.line}): cite the excerpt there too`,
          );
        else if (
          cited.selector &&
          JSON.stringify(cited.selector) !== JSON.stringify(record.citations[own]?.selector)
        )
          issue(
            claim.line,
            `citations.${index}.selector`,
            'must be left out, or be the selector of the record’s citation of this excerpt',
          );
        return own < 0 ? [] : [own];
      });
    /** A claim on the property: a Claim line's, or the record's plain value's when none is given. */
    const planClaim = (
      property: string,
      fileValue: unknown,
      value: unknown,
      indexes: number[],
      claim?: ClaimLine,
    ): PlannedClaim => {
      const key = valueKey(valueKind(type, property), value);
      return {
        id: stableId('claim', `${ownerKey}/${property}/${key}`),
        line: claim?.line ?? line.line,
        fileValue,
        stored: value,
        valueKey: key,
        rank: claim?.record.rank ?? 'NORMAL',
        reason: claim?.record.reason ?? null,
        recordedAt: claim ? recordedAt(claim) : new Date(start),
        citationIds: indexes.map((index) => citationIds[index] ?? ''),
        publishedAt: latest(indexes),
      };
    };
    const claimed = survey.claims.get(nameOf(record)) ?? [];
    const disputed = new Set<string>();
    const resolved: Record<string, unknown> = {};

    for (const property of Object.keys(CLAIMED_PROPERTIES[type])) {
      const kind = valueKind(type, property);
      // An empty list of investors is a left-out field.
      const plain =
        kind === 'investors' && (fields.investors as Investors).length === 0 ? undefined : fields[property];
      const plainUsd = kind === 'money' ? (fields[`${property}Usd`] as string | undefined) : undefined;
      const plainStored =
        plain === undefined ? undefined : stored(property, line.line, `${property}.`, plain, plainUsd);
      const lines = claimed.filter((claim) => claim.record.property === property);
      const planned = lines.map((claim) => {
        const { value, valueUsd } = claim.record;
        const claimedValue = stored(property, claim.line, 'value.', value, valueUsd);
        return planClaim(property, value, claimedValue, citedBy(claim), claim);
      });
      // A plain value no Claim names is claimed by every citation of its record, if it has any.
      if (lines.length === 0 && plain !== undefined && citationIds.length > 0)
        planned.push(
          planClaim(
            property,
            plain,
            plainStored,
            citationIds.map((_, index) => index),
          ),
        );
      if (planned.length === 0) {
        if (plainStored !== undefined) resolved[property] = plainStored;
        continue;
      }
      checkDistinct(planned, issue);

      const { winner, disputed: isDisputed } = resolveClaims(planned);
      const value = winner?.stored ?? null;
      if (REQUIRED_PROPERTIES[type]?.includes(property) && value === null)
        issue(line.line, property, 'must have a value, but every claim on it is DEPRECATED');
      else if (plainStored !== undefined && valueKey(kind, plainStored) !== valueKey(kind, value))
        issue(
          line.line,
          property,
          `must be left out, or be the value its claims resolve to (${JSON.stringify(winner?.fileValue ?? null)})`,
        );
      else if (
        plainUsd !== undefined &&
        trimScale(plainUsd) !== trimScale((value as MoneyValue | null)?.usd ?? '')
      )
        issue(
          line.line,
          `${property}Usd`,
          'must be left out, or be the US dollars of the value its claims resolve to',
        );

      if (isDisputed) disputed.add(property);
      resolved[property] = value;
      Object.assign(row, valueColumns(type, property, value));
      for (const claim of planned) {
        rows.claims.push({
          id: claim.id,
          [column]: subjectId,
          property,
          value: claim.stored,
          valueKey: claim.valueKey,
          rank: claim.rank,
          deprecationReason: claim.reason,
          recordedAt: claim.recordedAt,
          apiKeyId: null,
        });
        for (const citationId of new Set(claim.citationIds))
          rows.claimCitations.push({ claimId: claim.id, citationId });
      }
    }
    row.disputed = CLAIM_PROPERTIES.filter((property) => disputed.has(property));
    return resolved;
  };
}
