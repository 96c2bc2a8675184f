import { AddCitationDocument, AddRoleDocument, AddSourceDocument, ApiKeysDocument, AuditLogDocument, ChangeDealStatusDocument, ChangesDocument, CompaniesDocument, CompanyDocument, CompanyClaimsDocument, CreateApiKeyDocument, CreateCompanyDocument, CreatePersonDocument, DeleteCitationDocument, DeleteCompanyDocument, DeleteFundingRoundDocument, DeletePersonDocument, DeleteQuoteDocument, DeleteRoleDocument, DeleteSourceDocument, DisputesDocument, EndRoleDocument, FundingRoundDocument, FundingRoundsDocument, LiveChangesDocument, NodeDocument, PeopleDocument, PersonDocument, QuotesDocument, RankClaimDocument, RecordFundingRoundDocument, RecordQuoteDocument, RevokeApiKeyDocument, SearchDocument, SourcesDocument, UpdateCompanyDocument, UpdateFundingRoundDocument, UpdatePersonDocument } from './graphql.js';

/** The query or mutation each client method sends, by method name. */
export const operations = {
  addCitation: AddCitationDocument,
  addRole: AddRoleDocument,
  addSource: AddSourceDocument,
  apiKeys: ApiKeysDocument,
  auditLog: AuditLogDocument,
  changeDealStatus: ChangeDealStatusDocument,
  changes: ChangesDocument,
  companies: CompaniesDocument,
  company: CompanyDocument,
  companyClaims: CompanyClaimsDocument,
  createApiKey: CreateApiKeyDocument,
  createCompany: CreateCompanyDocument,
  createPerson: CreatePersonDocument,
  deleteCitation: DeleteCitationDocument,
  deleteCompany: DeleteCompanyDocument,
  deleteFundingRound: DeleteFundingRoundDocument,
  deletePerson: DeletePersonDocument,
  deleteQuote: DeleteQuoteDocument,
  deleteRole: DeleteRoleDocument,
  deleteSource: DeleteSourceDocument,
  disputes: DisputesDocument,
  endRole: EndRoleDocument,
  fundingRound: FundingRoundDocument,
  fundingRounds: FundingRoundsDocument,
  node: NodeDocument,
  people: PeopleDocument,
  person: PersonDocument,
  quotes: QuotesDocument,
  rankClaim: RankClaimDocument,
  recordFundingRound: RecordFundingRoundDocument,
  recordQuote: RecordQuoteDocument,
  revokeApiKey: RevokeApiKeyDocument,
  search: SearchDocument,
  sources: SourcesDocument,
  updateCompany: UpdateCompanyDocument,
  updateFundingRound: UpdateFundingRoundDocument,
  updatePerson: UpdatePersonDocument,
} as const;

/** The subscription each client method streams, by method name. */
export const subscriptions = {
  liveChanges: LiveChangesDocument,
} as const;
