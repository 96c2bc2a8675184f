import { defineRelations } from 'drizzle-orm';
import * as schema from './schema.js';

export const relations = defineRelations(schema, (r) => ({
  companies: {
    roles: r.many.roles({ from: r.companies.id, to: r.roles.companyId }),
    fundingRounds: r.many.fundingRounds({
      from: r.companies.id,
      to: r.fundingRounds.companyId,
    }),
    investments: r.many.investments({ from: r.companies.id, to: r.investments.companyId }),
    quotes: r.many.quotes({ from: r.companies.id, to: r.quotes.attributedToId }),
    quotesAbout: r.many.quotes({
      from: r.companies.id.through(r.quoteSubjects.companyId),
      to: r.quotes.id.through(r.quoteSubjects.quoteId),
    }),
    citations: r.many.citations({ from: r.companies.id, to: r.citations.companyId }),
    claims: r.many.claims({ from: r.companies.id, to: r.claims.companyId }),
  },
  people: {
    roles: r.many.roles({ from: r.people.id, to: r.roles.personId }),
    quotes: r.many.quotes({ from: r.people.id, to: r.quotes.speakerId }),
    investments: r.many.investments({ from: r.people.id, to: r.investments.personId }),
    citations: r.many.citations({ from: r.people.id, to: r.citations.personId }),
    claims: r.many.claims({ from: r.people.id, to: r.claims.personId }),
  },
  roles: {
    person: r.one.people({ from: r.roles.personId, to: r.people.id, optional: false }),
    company: r.one.companies({ from: r.roles.companyId, to: r.companies.id, optional: false }),
    citations: r.many.citations({ from: r.roles.id, to: r.citations.roleId }),
    claims: r.many.claims({ from: r.roles.id, to: r.claims.roleId }),
  },
  quotes: {
    speaker: r.one.people({ from: r.quotes.speakerId, to: r.people.id }),
    attributedTo: r.one.companies({ from: r.quotes.attributedToId, to: r.companies.id }),
    about: r.many.companies({
      from: r.quotes.id.through(r.quoteSubjects.quoteId),
      to: r.companies.id.through(r.quoteSubjects.companyId),
    }),
    citations: r.many.citations({ from: r.quotes.id, to: r.citations.quoteId }),
    claims: r.many.claims({ from: r.quotes.id, to: r.claims.quoteId }),
  },
  fundingRounds: {
    company: r.one.companies({
      from: r.fundingRounds.companyId,
      to: r.companies.id,
      optional: false,
    }),
    investments: r.many.investments({ from: r.fundingRounds.id, to: r.investments.roundId }),
    citations: r.many.citations({ from: r.fundingRounds.id, to: r.citations.fundingRoundId }),
    claims: r.many.claims({ from: r.fundingRounds.id, to: r.claims.fundingRoundId }),
    statusHistory: r.many.dealStatusChanges({ from: r.fundingRounds.id, to: r.dealStatusChanges.roundId }),
  },
  dealStatusChanges: {
    round: r.one.fundingRounds({
      from: r.dealStatusChanges.roundId,
      to: r.fundingRounds.id,
      optional: false,
    }),
    citations: r.many.citations({ from: r.dealStatusChanges.id, to: r.citations.statusChangeId }),
  },
  investments: {
    round: r.one.fundingRounds({
      from: r.investments.roundId,
      to: r.fundingRounds.id,
      optional: false,
    }),
    company: r.one.companies({ from: r.investments.companyId, to: r.companies.id }),
    person: r.one.people({ from: r.investments.personId, to: r.people.id }),
  },
  sources: {
    citations: r.many.citations({ from: r.sources.id, to: r.citations.sourceId }),
  },
  citations: {
    source: r.one.sources({ from: r.citations.sourceId, to: r.sources.id, optional: false }),
  },
  claims: {
    company: r.one.companies({ from: r.claims.companyId, to: r.companies.id }),
    person: r.one.people({ from: r.claims.personId, to: r.people.id }),
    role: r.one.roles({ from: r.claims.roleId, to: r.roles.id }),
    quote: r.one.quotes({ from: r.claims.quoteId, to: r.quotes.id }),
    fundingRound: r.one.fundingRounds({ from: r.claims.fundingRoundId, to: r.fundingRounds.id }),
    citations: r.many.citations({
      from: r.claims.id.through(r.claimCitations.claimId),
      to: r.citations.id.through(r.claimCitations.citationId),
    }),
    apiKey: r.one.apiKeys({ from: r.claims.apiKeyId, to: r.apiKeys.id }),
  },
  auditLog: {
    apiKey: r.one.apiKeys({ from: r.auditLog.apiKeyId, to: r.apiKeys.id }),
  },
}));
