// Planners of Source, Company, Person, Role and Quote lines: each turns one line into rows, cites
// what it cites and plans its claims. FundingRound, with its StatusChange history, is in rounds.ts.
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

export const planCompany: Planner<'Company'> = ({ rows, ids, cite, claims }, line) => {
  const { type: _, citations: __, id: ___, foundedOn, ...company } = line.record;
  const id = ids.Company.get(company.slug) ?? '';
  const row = { id, ...company, ...dateColumns('foundedOn', foundedOn) };
  rows.companies.push(row);
  const owner = { companyId: id };
  claims(line, owner, `company:${company.slug}`, row, cite(line, `company:${company.slug}`, owner));
};

export const planPerson: Planner<'Person'> = ({ rows, ids, cite, claims }, line) => {
  const { type: _, citations: __, id: ___, ...person } = line.record;
  const id = ids.Person.get(person.slug) ?? '';
  const row = { id, ...person };
  rows.people.push(row);
  const owner = { personId: id };
  claims(line, owner, `person:${person.slug}`, row, cite(line, `person:${person.slug}`, owner));
};

export const planRole: Planner<'Role'> = ({ rows, companyId, personId, cite, claims }, line) => {
  const { key, person, company, title, since, until } = line.record;
  const id = keyedId('role', key);
  const row = {
    id,
    personId: personId(line.line, 'person', person),
    companyId: companyId(line.line, 'company', company),
    title,
    ...dateColumns('since', since),
    ...dateColumns('until', until),
  };
  rows.roles.push(row);
  const owner = { roleId: id };
  claims(line, owner, `role:${id}`, row, cite(line, `role:${id}`, owner));
};

export const planQuote: Planner<'Quote'> = ({ rows, companyId, personId, cite, claims }, line) => {
  const { record } = line;
  const id = keyedId('quote', record.key);
  const row = {
    id,
    text: record.text,
    form: record.form,
    speakerId: record.speaker ? personId(line.line, 'speaker', record.speaker) : null,
    attributedToId: record.attributedTo ? companyId(line.line, 'attributedTo', record.attributedTo) : null,
    attribution: record.attribution,
    ...dateColumns('saidOn', record.saidOn),
  };
  rows.quotes.push(row);
  record.about.forEach((slug, index) => {
    rows.quoteSubjects.push({ quoteId: id, companyId: companyId(line.line, `about.${index}`, slug) });
  });
  const owner = { quoteId: id };
  claims(line, owner, `quote:${record.key}`, row, cite(line, `quote:${record.key}`, owner));
};
