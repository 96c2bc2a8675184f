import { CompaniesDocument, CompanyDocument, FundingRoundDocument, FundingRoundsDocument, NodeDocument, PeopleDocument, PersonDocument, QuotesDocument, SearchDocument, SourcesDocument } from './graphql.js';

/** The document each client method sends, by method name. */
export const operations = {
  companies: CompaniesDocument,
  company: CompanyDocument,
  fundingRound: FundingRoundDocument,
  fundingRounds: FundingRoundsDocument,
  node: NodeDocument,
  people: PeopleDocument,
  person: PersonDocument,
  quotes: QuotesDocument,
  search: SearchDocument,
  sources: SourcesDocument,
} as const;
