// Turns a parsed file's records into rows, checking what each refers to (in the file or the
// database).
import type { Transaction } from '../../db/audit.js';
import type { Database } from '../../db/connection.js';
import { dateColumns } from '../../db/date-columns.js';
import { type RecordNames, storedRecords } from '../../db/queries/records.js';
import type { citations } from '../../db/schema.js';
import type { RecordOf, RecordType } from '../records.js';
import { assignIds, keyedId, stableId } from './ids.js';
import { type Line, linesOf, type ParsedFile } from './parse.js';
import { type Plan, TABLES } from './write.js';

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
    if (record.type === 'FundingRound')
      for (const investor of record.investors)
        slugs.add('company' in investor ? investor.company : investor.person);
    for (const citation of 'citations' in record ? record.citations : [])
      sourceIds.add(keyedId('source', citation.source));
  }
  return { slugs, ids, sourceIds };
}

/**
 * Checks what each record refers to (in the file or the database) and turns the records into
 * rows. Every problem is collected, so that one run names every bad line.
 */
export async function plan(
  tx: Transaction | Database,
  { lines, issues, refused }: ParsedFile,
): Promise<Plan> {
  const inDb = await storedRecords(tx, namesIn(lines));
  const of = <Type extends RecordType>(type: Type) => linesOf(lines, type);
  const issue = (line: number, path: string, message: string) => issues.push({ line, path, message });

  // Each key or slug names one record of its type.
  const firstLine = new Map<string, number>();
  for (const { line, record } of lines) {
    const name = 'slug' in record ? record.slug : record.key;
    const seen = firstLine.get(`${record.type}:${name}`);
    if (seen) issue(line, 'slug' in record ? 'slug' : 'key', `"${name}" is already used on line ${seen}`);
    else firstLine.set(`${record.type}:${name}`, line);
  }

  const ids = assignIds(lines, inDb, issue);
  const companyId = (line: number, path: string, slug: string) => {
    const id = ids.Company.get(slug);
    if (!id && !refused.has(`Company:${slug}`))
      issue(line, path, `no company has the slug "${slug}" (in the file or the database)`);
    return id ?? '';
  };
  const personId = (line: number, path: string, slug: string) => {
    const id = ids.Person.get(slug);
    if (!id && !refused.has(`Person:${slug}`))
      issue(line, path, `no person has the slug "${slug}" (in the file or the database)`);
    return id ?? '';
  };
  const fileSources = new Set(of('Source').map(({ record }) => keyedId('source', record.key)));

  const rows = Object.fromEntries(TABLES.map(([name]) => [name, []])) as unknown as Plan;
  type Owner = Partial<
    Pick<
      typeof citations.$inferInsert,
      'companyId' | 'personId' | 'roleId' | 'quoteId' | 'fundingRoundId' | 'statusChangeId'
    >
  >;
  /** Adds a line's citations to a fact; `checked` when the same list was checked for another. */
  const cite = (line: Line, ownerKey: string, owner: Owner, checked = false) => {
    const list = 'citations' in line.record ? line.record.citations : [];
    list.forEach((citation, index) => {
      const sourceId = keyedId('source', citation.source);
      if (!checked && !fileSources.has(sourceId) && !inDb.sources.has(sourceId))
        issue(
          line.line,
          `citations.${index}.source`,
          `no source has the key "${citation.source}" (in the file or the database)`,
        );
      rows.citations.push({
        id: stableId('citation', `${ownerKey}#${index}`),
        sourceId,
        excerpt: citation.excerpt,
        position: index,
        ...owner,
      });
    });
  };

  for (const { record } of of('Source')) {
    const { type: _, key, publishedAt, ...source } = record;
    rows.sources.push({
      id: keyedId('source', key),
      ...source,
      publishedAt: publishedAt ? new Date(publishedAt) : null,
    });
  }
  for (const line of of('Company')) {
    const { type: _, citations: __, id: ___, foundedOn, ...company } = line.record;
    const id = ids.Company.get(company.slug) ?? '';
    rows.companies.push({ id, ...company, ...dateColumns('foundedOn', foundedOn) });
    cite(line, `company:${company.slug}`, { companyId: id });
  }
  for (const line of of('Person')) {
    const { type: _, citations: __, id: ___, ...person } = line.record;
    const id = ids.Person.get(person.slug) ?? '';
    rows.people.push({ id, ...person });
    cite(line, `person:${person.slug}`, { personId: id });
  }
  for (const line of of('Role')) {
    const { record } = line;
    const id = keyedId('role', record.key);
    rows.roles.push({
      id,
      personId: personId(line.line, 'person', record.person),
      companyId: companyId(line.line, 'company', record.company),
      title: record.title,
      ...dateColumns('since', record.since),
      ...dateColumns('until', record.until),
    });
    cite(line, `role:${id}`, { roleId: id });
  }
  for (const line of of('Quote')) {
    const { record } = line;
    const id = keyedId('quote', record.key);
    rows.quotes.push({
      id,
      text: record.text,
      form: record.form,
      speakerId: record.speaker ? personId(line.line, 'speaker', record.speaker) : null,
      attributedToId: record.attributedTo ? companyId(line.line, 'attributedTo', record.attributedTo) : null,
      attribution: record.attribution,
      ...dateColumns('saidOn', record.saidOn),
    });
    record.about.forEach((slug, index) => {
      rows.quoteSubjects.push({ quoteId: id, companyId: companyId(line.line, `about.${index}`, slug) });
    });
    cite(line, `quote:${record.key}`, { quoteId: id });
  }

  // A round's history: its StatusChange lines, in the order recorded (or written).
  const changes = new Map<string, Line<RecordOf<'StatusChange'>>[]>();
  const roundKeys = new Set(of('FundingRound').map(({ record }) => record.key));
  for (const line of of('StatusChange')) {
    if (!roundKeys.has(line.record.round) && !refused.has(`FundingRound:${line.record.round}`))
      issue(line.line, 'round', `no funding round in the file has the key "${line.record.round}"`);
    changes.set(line.record.round, [...(changes.get(line.record.round) ?? []), line]);
  }
  for (const line of of('FundingRound')) {
    const { type: _, key, company, investors, citations: __, announcedOn, closedOn, ...round } = line.record;
    const id = keyedId('round', key);
    rows.fundingRounds.push({
      id,
      companyId: companyId(line.line, 'company', company),
      ...round,
      ...dateColumns('announcedOn', announcedOn),
      ...dateColumns('closedOn', closedOn),
    });
    const seen = new Set<string>();
    investors.forEach((investor, index) => {
      const who = 'company' in investor ? `company:${investor.company}` : `person:${investor.person}`;
      if (seen.has(who)) issue(line.line, `investors.${index}`, 'names an investor twice');
      seen.add(who);
      rows.investments.push({
        id: stableId('investment', `${key}/${who}`),
        roundId: id,
        companyId:
          'company' in investor ? companyId(line.line, `investors.${index}.company`, investor.company) : null,
        personId:
          'person' in investor ? personId(line.line, `investors.${index}.person`, investor.person) : null,
        isLead: investor.lead,
      });
    });
    cite(line, `round:${key}`, { fundingRoundId: id });

    // Ordered as export orders them: by when they were recorded (those without a time after the
    // others, in line order, recorded now), then by ID.
    const start = Date.now();
    const history = (changes.get(key) ?? [])
      .map((change, index) => ({
        ...change,
        id: keyedId('status', change.record.key),
        recordedAt: change.record.recordedAt ? new Date(change.record.recordedAt) : new Date(start + index),
      }))
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.id.localeCompare(b.id));
    const last = history.at(-1);
    if (last && last.record.status !== round.status)
      issue(
        line.line,
        'status',
        `must be the status of its last StatusChange (${last.record.status}, line ${last.line})`,
      );
    if (history.length === 0) {
      // A round with no history in the file starts one with its status, citing the same excerpts.
      rows.dealStatusChanges.push({
        id: stableId('status', key),
        roundId: id,
        status: round.status,
        ...dateColumns('changedOn', announcedOn),
      });
      cite(line, `status:${key}`, { statusChangeId: stableId('status', key) }, true);
    }
    for (const change of history) {
      rows.dealStatusChanges.push({
        id: change.id,
        roundId: id,
        status: change.record.status,
        ...dateColumns('changedOn', change.record.on),
        recordedAt: change.recordedAt,
      });
      cite(change, `status:${change.record.key}`, { statusChangeId: change.id });
    }
  }
  return rows;
}
