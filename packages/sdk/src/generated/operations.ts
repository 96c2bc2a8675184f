import { AddCitationDocument, AddSourceDocument, ChangeDealStatusDocument, CompaniesDocument, CompanyDocument, CreateCompanyDocument, FundingRoundDocument, FundingRoundsDocument, NodeDocument, PeopleDocument, PersonDocument, QuotesDocument, RecordQuoteDocument, SearchDocument, SourcesDocument, UpdateCompanyDocument } from './graphql.js';

/** The document each client method sends, by method name. */
export const operations = {
  addCitation: AddCitationDocument,
  addSource: AddSourceDocument,
  changeDealStatus: ChangeDealStatusDocument,
  companies: CompaniesDocument,
  company: CompanyDocument,
  createCompany: CreateCompanyDocument,
  fundingRound: FundingRoundDocument,
  fundingRounds: FundingRoundsDocument,
  node: NodeDocument,
  people: PeopleDocument,
  person: PersonDocument,
  quotes: QuotesDocument,
  recordQuote: RecordQuoteDocument,
  search: SearchDocument,
  sources: SourcesDocument,
  updateCompany: UpdateCompanyDocument,
} as const;
