// Turns a parsed file's records into rows. Each record type has a planner (planners.ts,
// rounds.ts); they share the rows, the issue collector and the references resolved here.
import type { Transaction } from '../../db/audit.js';
import type { Database } from '../../db/connection.js';
import { type RecordNames, storedRecords } from '../../db/queries/records.js';
import type { CitationOwner } from '../../db/schema.js';
import { type ExcerptLocation, locateExcerpt, locatesExcerpt, notInText } from '../../rules/excerpts.js';
import { type CitationRecord, type RecordOf, type RecordType, selectorColumns } from '../records.js';
import { type ClaimPlanner, claimPlanner } from './claims.js';
import { assignIds, type IdsBySlug, keyedId, stableId } from './ids.js';
import { type Issue, type Line, linesOf, type ParsedFile } from './parse.js';
import { planCompany, planPerson, planQuote, planRole, planSource } from './planners.js';
import { roundPlanner } from './rounds.js';
import { type Plan, TABLES } from './write.js';

/** The ID of a company's or person's slug; an unknown slug is an issue, and gives ''. */
export type Reference = (line: number, path: string, slug: string) => string;

/** The fact a citation belongs to. */
type Owner = Partial<Record<CitationOwner, string>>;

/** What the planners share. */
export interface PlanState {
  rows: Plan;
  of: <Type extends RecordType>(type: Type) => Line<RecordOf<Type>>[];
  issue: Issue;
  /** The lines refused for their shape (type:key): references to them are not blamed again. */
  refused: Set<string>;
  ids: IdsBySlug;
  companyId: Reference;
  personId: Reference;
  /**
   * Adds a line's citations to a fact, and returns their IDs; `checked` when the same list was
   * checked for another.
   */
  cite: (line: Line, ownerKey: string, owner: Owner, checked?: boolean) => string[];
  claims: ClaimPlanner;
}

/** Turns one line of a record type into rows. */
export type Planner<Type extends RecordType> = (state: PlanState, line: Line<RecordOf<Type>>) => void;

/** The slugs, IDs and source IDs the file's records name or refer to. */
function namesIn(lines: Line[]): RecordNames {
  const slugs = new Set<string>();
  const ids = new Set<string>();
  const sourceIds = new Set<string>();
  for (const { record } of lines) {
    if (record.type === 'Company' || record.type === 'Person') {
      slugs.add(record.slug);
      if (record.id) ids.add(record.id);
    }
    if ('company' in record && typeof record.company === 'string') slugs.add(record.company);
    if ('person' in record) slugs.add(record.person);
    if (record.type === 'Quote')
      for (const slug of [record.speaker, record.attributedTo, ...record.about]) if (slug) slugs.add(slug);
    const investors =
      record.type === 'FundingRound'
        ? record.investors
        : record.type === 'Claim' && record.property === 'investors' && Array.isArray(record.value)
          ? (record.value as RecordOf<'FundingRound'>['investors'])
          : [];
    for (const investor of investors) slugs.add('company' in investor ? investor.company : investor.person);
    for (const citation of 'citations' in record ? record.citations : [])
      sourceIds.add(keyedId('source', citation.source));
  }
  return { slugs, ids, sourceIds };
}

/** Each key or slug names one record of its type. */
function checkNames(lines: Line[], issue: Issue) {
  const firstLine = new Map<string, number>();
  for (const { line, record } of lines) {
    if (record.type === 'Claim') continue;
    const name = 'slug' in record ? record.slug : record.key;
    const seen = firstLine.get(`${record.type}:${name}`);
    if (seen) issue(line, 'slug' in record ? 'slug' : 'key', `"${name}" is already used on line ${seen}`);
    else firstLine.set(`${record.type}:${name}`, line);
  }
}

/**
 * Checks what each record refers to (in the file or the database) and turns the records into
 * rows. Every problem is collected, so that one run names every bad line.
 */
export async function plan(
  tx: Transaction | Database,
  { lines, issues, refused }: ParsedFile,
): Promise<Plan> {
  const stored = await storedRecords(tx, namesIn(lines));
  const issue: Issue = (line, path, message) => issues.push({ line, path, message });
  checkNames(lines, issue);
  const ids = assignIds(lines, stored, issue);
  const reference =
    (type: keyof IdsBySlug): Reference =>
    (line, path, slug) => {
      const id = ids[type].get(slug);
      if (!id && !refused.has(`${type}:${slug}`))
        issue(line, path, `no ${type.toLowerCase()} has the slug "${slug}" (in the file or the database)`);
      return id ?? '';
    };
  // Every source the file or the database has, by ID: its text, when it keeps one, and when it
  // was published.
  const sourcesById = new Map([
    ...stored.sources,
    ...linesOf(lines, 'Source').map(
      ({ record }) =>
        [
          keyedId('source', record.key),
          {
            text: record.text ?? null,
            publishedAt: record.publishedAt ? new Date(record.publishedAt) : null,
          },
        ] as const,
    ),
  ]);

  const rows = Object.fromEntries(TABLES.map(([name]) => [name, []])) as unknown as Plan;
  const cite: PlanState['cite'] = (line, ownerKey, owner, checked = false) => {
    const list = 'citations' in line.record ? line.record.citations : [];
    return list.map((citation, index) => {
      const sourceId = keyedId('source', citation.source);
      const text = sourcesById.get(sourceId)?.text;
      if (!checked && text === undefined)
        issue(
          line.line,
          `citations.${index}.source`,
          `no source has the key "${citation.source}" (in the file or the database)`,
        );
      const id = stableId('citation', `${ownerKey}#${index}`);
      rows.citations.push({
        id,
        sourceId,
        excerpt: citation.excerpt,
        position: index,
        ...owner,
        ...(text
          ? locate(line.line, `citations.${index}`, text, citation, checked)
          : selectorColumns(citation)),
      });
      return id;
    });
  };
  /** Where a citation's excerpt stands in its source's text; an issue when it is not there. */
  const locate = (
    line: number,
    path: string,
    text: string,
    citation: CitationRecord,
    checked: boolean,
  ): Partial<ExcerptLocation> => {
    const location = locateExcerpt(text, citation.excerpt);
    if (!checked && !location) issue(line, `${path}.excerpt`, notInText(text, citation.excerpt));
    const given = selectorColumns(citation);
    if (!checked && location && given && !locatesExcerpt(text, citation.excerpt, given))
      issue(line, `${path}.selector`, 'does not name where the excerpt stands in the source’s text');
    return location ?? {};
  };
  const shared = {
    rows,
    of: <Type extends RecordType>(type: Type) => linesOf(lines, type),
    issue,
    refused,
    ids,
    companyId: reference('Company'),
    personId: reference('Person'),
    cite,
  };
  const published = new Map([...sourcesById].map(([id, source]) => [id, source.publishedAt]));
  const state: PlanState = { ...shared, claims: claimPlanner(shared, published) };
  const each = <Type extends RecordType>(type: Type, planner: Planner<Type>) => {
    for (const line of linesOf(lines, type)) planner(state, line);
  };
  // In the order export.ts lists the types; StatusChange and Claim lines are planned with their
  // record.
  each('Source', planSource);
  each('Company', planCompany);
  each('Person', planPerson);
  each('Role', planRole);
  each('Quote', planQuote);
  each('FundingRound', roundPlanner(state));
  return rows;
}
