// Turns a surveyed file's records into rows, a line at a time. Each record type has a planner
// (planners.ts, rounds.ts); they share the rows, the issue collector and the references resolved
// here.
import type { Transaction } from '../../db/audit.js';
import type { Database } from '../../db/connection.js';
import { storedRecords } from '../../db/queries/records.js';
import type { CitationOwner } from '../../db/schema.js';
import { type ExcerptLocation, locateExcerpt, locatesExcerpt, notInText } from '../../rules/excerpts.js';
import {
  type CitationRecord,
  type MoatRecord,
  type RecordOf,
  type RecordType,
  selectorColumns,
} from '../records.js';
import { type ClaimPlanner, claimPlanner } from './claims.js';
import { assignIds, type IdsBySlug, keyedId, stableId } from './ids.js';
import type { Issue, Line } from './parse.js';
import { planCompany, planPerson, planQuote, planRole, planSource } from './planners.js';
import { roundPlanner } from './rounds.js';
import type { Survey } from './survey.js';
import { type Plan, TABLES } from './write.js';

/** The ID of a company's or person's slug; an unknown slug is an issue, and gives ''. */
export type Reference = (line: number, path: string, slug: string) => string;

/** The fact a citation belongs to. */
type Owner = Partial<Record<CitationOwner, string>>;

/** What the planners share. */
export interface PlanState {
  rows: Plan;
  survey: Survey;
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

/** Rows for no record yet: a list per table. */
export const emptyPlan = () => Object.fromEntries(TABLES.map(([name]) => [name, []])) as unknown as Plan;

/**
 * Checks what each record refers to (in the file or the database) and turns the records into
 * rows, added to `rows`. Every problem is collected, so that one run names every bad line.
 * Returns the planner of a line: StatusChange and Claim lines are planned with their record.
 */
export async function planner(
  tx: Transaction | Database,
  found: Survey,
  rows: Plan,
): Promise<(line: Line) => void> {
  const { refused } = found;
  const stored = await storedRecords(tx, found.refers);
  const issue: Issue = (line, path, message) => found.issues.push({ line, path, message });
  const ids = assignIds(found.named, stored, issue);
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
  const sourcesById = new Map([...stored.sources, ...found.sources]);

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
    survey: found,
    issue,
    refused,
    ids,
    companyId: reference('Company'),
    personId: reference('Person'),
    cite,
  };
  const published = new Map([...sourcesById].map(([id, source]) => [id, source.publishedAt]));
  const state: PlanState = { ...shared, claims: claimPlanner(shared, published) };
  const planRound = roundPlanner(state);
  const planners: { [Type in RecordType]?: Planner<Type> } = {
    Source: planSource,
    Company: planCompany,
    Person: planPerson,
    Role: planRole,
    Quote: planQuote,
    FundingRound: planRound,
  };
  return (line) => (planners[line.record.type] as Planner<MoatRecord['type']> | undefined)?.(state, line);
}
