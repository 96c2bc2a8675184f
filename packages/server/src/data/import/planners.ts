// Planners of Source, Company, Person, Role and Quote lines: each turns one line into rows and
// cites what it cites. FundingRound, with its StatusChange history, is in rounds.ts.
import { dateColumns } from '../../db/date-columns.js';
import { sha256 } from '../../rules/excerpts.js';
import { keyedId } from './ids.js';
import type { Planner } from './plan.js';

export const planSource: Planner<'Source'> = ({ rows }, { record }) => {
  const { type: _, key, publishedAt, retrievedAt, sha256: given, ...source } = record;
  rows.sources.push({
    id: keyedId('source', key),
    ...source,
    contentSha256: given ?? (source.text ? sha256(source.text) : null),
    publishedAt: publishedAt ? new Date(publishedAt) : null,
    retrievedAt: retrievedAt ? new Date(retrievedAt) : null,
  });
};

export const planCompany: Planner<'Company'> = ({ rows, ids, cite }, line) => {
  const { type: _, citations: __, id: ___, foundedOn, ...company } = line.record;
  const id = ids.Company.get(company.slug) ?? '';
  rows.companies.push({ id, ...company, ...dateColumns('foundedOn', foundedOn) });
  cite(line, `company:${company.slug}`, { companyId: id });
};

export const planPerson: Planner<'Person'> = ({ rows, ids, cite }, line) => {
  const { type: _, citations: __, id: ___, ...person } = line.record;
  const id = ids.Person.get(person.slug) ?? '';
  rows.people.push({ id, ...person });
  cite(line, `person:${person.slug}`, { personId: id });
};

export const planRole: Planner<'Role'> = ({ rows, companyId, personId, cite }, line) => {
  const { key, person, company, title, since, until } = line.record;
  const id = keyedId('role', key);
  rows.roles.push({
    id,
    personId: personId(line.line, 'person', person),
    companyId: companyId(line.line, 'company', company),
    title,
    ...dateColumns('since', since),
    ...dateColumns('until', until),
  });
  cite(line, `role:${id}`, { roleId: id });
};

export const planQuote: Planner<'Quote'> = ({ rows, companyId, personId, cite }, line) => {
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
};
