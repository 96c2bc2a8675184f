/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { key apiKey { id name scopes rateLimit revokedAt } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on RevokeApiKeyPayload { apiKey { id revokedAt } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "query ApiKeys { apiKeys(first: 10) { totalCount nodes { name scopes revokedAt } } }": typeof types.ApiKeysDocument,
    "\n  mutation WriteWithNewKey {\n    createPerson(input: { slug: \"grace-hopper\", name: \"Grace Hopper\" }) { __typename }\n  }\n": typeof types.WriteWithNewKeyDocument,
    "query LatestAuditEntries { auditLog(first: 2) { nodes { mutation recordType after } } }": typeof types.LatestAuditEntriesDocument,
    "\n  mutation AuditedCreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { __typename } }\n": typeof types.AuditedCreateCompanyDocument,
    "\n  mutation AuditedUpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { __typename } }\n": typeof types.AuditedUpdateCompanyDocument,
    "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 50) {\n      totalCount\n      nodes { mutation recordType recordId apiKey { name scopes } before after }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n        query AuditedRecord($id: ID!) {\n          node(id: $id) { ... on Company { slug } }\n        }\n      ": typeof types.AuditedRecordDocument,
    "\n  mutation ImportRecords($input: ImportRecordsInput!) {\n    importRecords(input: $input) {\n      __typename\n      ... on ImportRecordsPayload { records { type read written } }\n      ... on ImportRefusedError { lineIssues: issues { line path message } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.ImportRecordsDocument,
    "\n  mutation CacheAddSource($input: AddSourceInput!) {\n    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }\n  }\n": typeof types.CacheAddSourceDocument,
    "\n  mutation CacheCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.CacheCreateCompanyDocument,
    "\n  mutation CacheUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheUpdateCompanyDocument,
    "\n  query CacheCompany($slug: String!) {\n    company(slug: $slug) {\n      name\n      description\n      disputed\n      descriptionClaims { id value }\n      citations { id excerpt }\n      totalRaised { amount }\n      investments { totalCount }\n      people { totalCount nodes { title until { label } } }\n      quotesAbout { totalCount nodes { text } }\n    }\n  }\n": typeof types.CacheCompanyDocument,
    "query CacheSourceCount { sources { totalCount } }": typeof types.CacheSourceCountDocument,
    "query CacheCompanyCount { companies { totalCount } }": typeof types.CacheCompanyCountDocument,
    "\n      query CacheListedCompanies($name: String!) { companies(filter: { name: $name }) { nodes { slug } } }\n    ": typeof types.CacheListedCompaniesDocument,
    "\n      query CacheSearch($query: String!) {\n        search(query: $query) { totalCount nodes { __typename ... on Company { slug } } }\n      }\n    ": typeof types.CacheSearchDocument,
    "\n      mutation CacheRecordRound($input: RecordFundingRoundInput!) {\n        recordFundingRound(input: $input) { __typename ... on UserError { message } }\n      }\n    ": typeof types.CacheRecordRoundDocument,
    "\n      mutation CacheRankClaim($input: RankClaimInput!) {\n        rankClaim(input: $input) { __typename ... on UserError { message } }\n      }\n    ": typeof types.CacheRankClaimDocument,
    "\n      query CacheDisputes($company: String!) { disputes(filter: { company: $company }) { totalCount } }\n    ": typeof types.CacheDisputesDocument,
    "\n      mutation CacheAddCitation($input: AddCitationInput!) {\n        addCitation(input: $input) { __typename ... on UserError { message } }\n      }\n    ": typeof types.CacheAddCitationDocument,
    "\n      mutation CacheDeleteCitation($input: DeleteCitationInput!) {\n        deleteCitation(input: $input) { __typename ... on UserError { message } }\n      }\n    ": typeof types.CacheDeleteCitationDocument,
    "\n      mutation CacheCreatePerson($input: CreatePersonInput!) {\n        createPerson(input: $input) { __typename ... on UserError { message } }\n      }\n    ": typeof types.CacheCreatePersonDocument,
    "\n      mutation CacheAddRole($input: AddRoleInput!) {\n        addRole(input: $input) { __typename ... on AddRolePayload { role { id } } ... on UserError { message } }\n      }\n    ": typeof types.CacheAddRoleDocument,
    "\n      mutation CacheEndRole($input: EndRoleInput!) {\n        endRole(input: $input) { __typename ... on UserError { message } }\n      }\n    ": typeof types.CacheEndRoleDocument,
    "\n      mutation CacheRecordQuote($input: RecordQuoteInput!) {\n        recordQuote(input: $input) { __typename ... on UserError { message } }\n      }\n    ": typeof types.CacheRecordQuoteDocument,
    "query CacheApiKeys { apiKeys { totalCount } }": typeof types.CacheApiKeysDocument,
    "\n  query Changes($after: String, $first: Int, $last: Int, $before: String, $filter: ChangeFilter) {\n    changes(after: $after, first: $first, last: $last, before: $before, filter: $filter) {\n      edges { cursor node { kind recordType recordId key tombstone } }\n      pageInfo { endCursor hasNextPage hasPreviousPage }\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  mutation FeedCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id version } } }\n  }\n": typeof types.FeedCreateCompanyDocument,
    "\n  mutation FeedUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) { __typename ... on UpdateCompanyPayload { company { version } } }\n  }\n": typeof types.FeedUpdateCompanyDocument,
    "\n  mutation FeedDeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } }\n  }\n": typeof types.FeedDeleteCompanyDocument,
    "query FeedClaim { fundingRounds(filter: { company: \"openai\" }) { nodes { amountClaims { id } } } }": typeof types.FeedClaimDocument,
    "query FeedOpenAI { company(slug: \"openai\") { id } }": typeof types.FeedOpenAiDocument,
    "\n  subscription LiveChanges($after: String, $filter: ChangeFilter) {\n    changes(after: $after, filter: $filter) { cursor kind recordType recordId key tombstone }\n  }\n": typeof types.LiveChangesDocument,
    "\n  query FeedPage($after: String, $filter: ChangeFilter) {\n    changes(after: $after, first: 100, filter: $filter) {\n      edges { cursor node { cursor kind recordType recordId key tombstone } }\n      pageInfo { endCursor }\n    }\n  }\n": typeof types.FeedPageDocument,
    "\n  mutation LiveCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id slug } } }\n  }\n": typeof types.LiveCreateCompanyDocument,
    "\n  mutation DeleteClaimCitation($input: DeleteCitationInput!) {\n    deleteCitation(input: $input) {\n      __typename\n      ... on DeleteCitationPayload { deletedId }\n      ... on UserError { message }\n    }\n  }\n": typeof types.DeleteClaimCitationDocument,
    "\n  query RoundCitations($id: ID!) { fundingRound(id: $id) { citations { id excerpt } } }\n": typeof types.RoundCitationsDocument,
    "query ClaimErrorsCompany($slug: String!) { company(slug: $slug) { id } }": typeof types.ClaimErrorsCompanyDocument,
    "\n  mutation AddClaimSource($input: AddSourceInput!) {\n    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }\n  }\n": typeof types.AddClaimSourceDocument,
    "\n  fragment ClaimFacts on Claim {\n    id property rank deprecationReason recordedBy\n    citations { excerpt source { title } }\n  }\n": typeof types.ClaimFactsFragmentDoc,
    "\n  mutation CreateClaimedCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.CreateClaimedCompanyDocument,
    "\n  fragment RoundClaims on FundingRound {\n    id stage amount { amount currency } postMoneyValuation { amount } disputed\n    amountClaims { ...ClaimFacts value { amount currency } record { ... on FundingRound { id } } }\n    postMoneyValuationClaims { id rank value { amount } }\n    stageClaims { id rank value }\n    company { slug totalRaised { amount } latestValuation { amount } }\n  }\n": typeof types.RoundClaimsFragmentDoc,
    "\n  mutation RecordClaimedRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.RecordClaimedRoundDocument,
    "\n  mutation UpdateClaimedRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.UpdateClaimedRoundDocument,
    "\n  query RoundWithClaims($id: ID!) { fundingRound(id: $id) { ...RoundClaims } }\n": typeof types.RoundWithClaimsDocument,
    "\n  mutation RankClaim($input: RankClaimInput!) {\n    rankClaim(input: $input) {\n      __typename\n      ... on RankClaimPayload { claim { ...ClaimFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.RankClaimDocument,
    "\n  query Disputes($filter: DisputeFilter, $first: Int, $after: String) {\n    disputes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        property\n        record { __typename ... on Node { id } }\n        claims {\n          ...ClaimFacts\n          ... on MoneyClaim { money: value { amount } }\n          ... on TextClaim { text: value }\n        }\n      }\n    }\n  }\n": typeof types.DisputesDocument,
    "\n  fragment CompanyClaims on Company {\n    kind description disputed\n    kindClaims { ...ClaimFacts value }\n    descriptionClaims { ...ClaimFacts value }\n  }\n": typeof types.CompanyClaimsFragmentDoc,
    "\n  mutation UpdateClaimedCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { ...CompanyClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.UpdateClaimedCompanyDocument,
    "\n  fragment PersonClaims on Person { bio disputed bioClaims { ...ClaimFacts value } }\n": typeof types.PersonClaimsFragmentDoc,
    "\n  mutation CreateClaimedPerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { __typename ... on CreatePersonPayload { person { ...PersonClaims } } }\n  }\n": typeof types.CreateClaimedPersonDocument,
    "\n  mutation UpdateClaimedPerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { __typename ... on UpdatePersonPayload { person { ...PersonClaims } } }\n  }\n": typeof types.UpdateClaimedPersonDocument,
    "\n  fragment RoleClaims on Role {\n    id title until { label } disputed\n    untilClaims { ...ClaimFacts value { label } }\n    titleClaims { ...ClaimFacts value }\n  }\n": typeof types.RoleClaimsFragmentDoc,
    "\n  mutation AddClaimedRole($input: AddRoleInput!) {\n    addRole(input: $input) { __typename ... on AddRolePayload { role { ...RoleClaims } } }\n  }\n": typeof types.AddClaimedRoleDocument,
    "\n  mutation EndClaimedRole($input: EndRoleInput!) {\n    endRole(input: $input) { __typename ... on EndRolePayload { role { ...RoleClaims } } }\n  }\n": typeof types.EndClaimedRoleDocument,
    "\n  mutation RecordClaimedQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload {\n        quote {\n          text form saidOn { label } disputed\n          textClaims { ...ClaimFacts value }\n          formClaims { ...ClaimFacts value }\n          saidOnClaims { ...ClaimFacts value { label } }\n        }\n      }\n    }\n  }\n": typeof types.RecordClaimedQuoteDocument,
    "\n        query LookupsBySlug {\n          openai: company(slug: \"openai\") { name kind }\n          altman: person(slug: \"sam-altman\") { name bio }\n          nobody: company(slug: \"no-such-company\") { name }\n          noone: person(slug: \"no-such-person\") { name }\n        }\n      ": typeof types.LookupsBySlugDocument,
    "\n        query CompanyFilters {\n          investors: companies(filter: { kind: [INVESTOR] }) { totalCount nodes { slug } }\n          universities: companies(filter: { kind: [UNIVERSITY, CORPORATION] }) { nodes { slug } }\n          chinese: companies(filter: { country: \"CN\" }) { totalCount nodes { slug } }\n          named: companies(filter: { name: \"HUGGING\" }) { nodes { slug } }\n          alias: companies(filter: { name: \"artificial intel\" }) { nodes { slug } }\n          combined: companies(filter: { kind: [STARTUP], country: \"US\" }) { nodes { slug } }\n          none: companies(filter: { name: \"zzz\" }) { totalCount nodes { slug } }\n        }\n      ": typeof types.CompanyFiltersDocument,
    "\n        query CompaniesByName {\n          asc: companies(first: 3) { nodes { slug } }\n          desc: companies(first: 3, orderBy: NAME_DESC) { nodes { slug } }\n        }\n      ": typeof types.CompaniesByNameDocument,
    "\n        query AcmeFacts {\n          company(slug: \"acme-ai\") {\n            totalRaised { amount currency amountUsd }\n            latestValuation { amount currency amountUsd }\n            foundedOn { date precision label }\n            website\n            aliases\n            fundingRounds { nodes { stage announcedOn { label precision } closedOn { label } } }\n          }\n        }\n      ": typeof types.AcmeFactsDocument,
    "\n        query InvestmentsOfCompanyAndPerson {\n          company(slug: \"beta-ventures\") {\n            all: investments(first: 1) { totalCount }\n            newest: investments(first: 3) { nodes { round { stage announcedOn { date } company { slug } } } }\n            led: investments(lead: true) { totalCount }\n            followed: investments(lead: false) { totalCount }\n            people { totalCount nodes { title since { label } until { label } person { slug } } }\n          }\n          person(slug: \"pat-investor\") {\n            investments { nodes { isLead investor { ... on Person { slug } } round { company { slug } } } }\n          }\n        }\n      ": typeof types.InvestmentsOfCompanyAndPersonDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug name kind country aliases version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload {\n        company {\n          slug name description version disputed\n          descriptionClaims { value rank recordedBy citations { excerpt } }\n        }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  query CompanyNamed($slug: String!) {\n    company(slug: $slug) { name version }\n  }\n": typeof types.CompanyNamedDocument,
    "\n  query RoundClaims($id: ID!) {\n    fundingRound(id: $id) {\n      stage\n      amount { amount amountUsd }\n      postMoneyValuation { amount }\n      announcedOn { date precision }\n      disputed\n      amountClaims { value { amount amountUsd } rank citations { excerpt } }\n      postMoneyValuationClaims { value { amount } rank }\n      announcedOnClaims { value { date } rank deprecationReason recordedAt }\n      stageClaims { value rank citations { excerpt } }\n      investorsClaims { value { investor { ... on Company { slug } } isLead } citations { excerpt } }\n      leadInvestors { ... on Company { slug } }\n    }\n  }\n": typeof types.RoundClaimsDocument,
    "\n        query VersionOneClaims {\n          bolt: company(slug: \"bolt\") {\n            kind country disputed\n            kindClaims { value rank citations { excerpt } }\n            countryClaims { value rank citations { excerpt } }\n          }\n          volt: company(slug: \"volt\") { country countryClaims { value } }\n        }\n      ": typeof types.VersionOneClaimsDocument,
    "\n  fragment CitedIn on Citation { excerpt source { title kind } }\n": typeof types.CitedInFragmentDoc,
    "\n        query SeededOpenAIRound {\n          company(slug: \"openai\") {\n            name\n            fundingRounds { totalCount nodes {\n              stage status\n              amount { amount currency amountUsd }\n              preMoneyValuation { amount }\n              postMoneyValuation { amount currency amountUsd }\n              leadInvestors { __typename ... on Company { slug name } }\n              investors { __typename ... on Company { slug } }\n              citations { ...CitedIn }\n            } }\n            totalRaised { amount }\n            latestValuation { amount }\n          }\n        }\n      ": typeof types.SeededOpenAiRoundDocument,
    "\n        query SeededCompaniesAndPeople {\n          companies(first: 100) { totalCount nodes { slug name kind country } }\n          people(first: 100) { totalCount nodes { slug name roles { title company { slug } } } }\n        }\n      ": typeof types.SeededCompaniesAndPeopleDocument,
    "\n        query SeededMarcusQuotes {\n          person(slug: \"gary-marcus\") {\n            quotes { nodes { text form attribution speaker { slug } about { slug } citations { ...CitedIn } } }\n          }\n        }\n      ": typeof types.SeededMarcusQuotesDocument,
    "\n        query SeededAltmanParaphrases {\n          quotes(filter: { speaker: \"sam-altman\", form: PARAPHRASE }, first: 10) { nodes { text form } }\n        }\n      ": typeof types.SeededAltmanParaphrasesDocument,
    "\n        query SeededHuggingFaceQuotes {\n          company(slug: \"hugging-face\") {\n            quotes { totalCount nodes { form speaker { slug } attribution attributedTo { slug } about { slug } } }\n          }\n        }\n      ": typeof types.SeededHuggingFaceQuotesDocument,
    "\n        query SeededCitations {\n          companies(first: 100) { nodes { slug citations { excerpt } people { nodes { title citations { excerpt } } } } }\n          people(first: 100) { nodes { slug citations { excerpt } } }\n          quotes(first: 100) { totalCount nodes { text citations { excerpt } } }\n          fundingRounds(first: 100) { nodes { id citations { excerpt } } }\n        }\n      ": typeof types.SeededCitationsDocument,
    "\n        query SeededClaims {\n          deepseek: company(slug: \"deepseek\") {\n            countryClaims { value citations { excerpt } }\n            descriptionClaims { citations { excerpt } }\n            disputed\n          }\n          openai: company(slug: \"openai\") {\n            fundingRounds { nodes {\n              amountClaims { value { amount } rank citations { excerpt } }\n              investorsClaims { citations { excerpt } }\n              citations { excerpt }\n              disputed\n            } }\n          }\n        }\n      ": typeof types.SeededClaimsDocument,
    "query DealStatusRound { fundingRounds { nodes { id } } }": typeof types.DealStatusRoundDocument,
    "\n  mutation ChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload {\n        round { status announcedOn { label } }\n        change { status on { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.ChangeDealStatusDocument,
    "\n  query DealStatusHistory($id: ID!) {\n    fundingRound(id: $id) {\n      status\n      statusHistory { status on { label } citations { excerpt source { title } } }\n      company { totalRaised { amount } }\n    }\n  }\n": typeof types.DealStatusHistoryDocument,
    "\n  fragment RoundFacts on FundingRound {\n    id version stage status amount { amount currency } postMoneyValuation { amount } disputed\n    announcedOn { label } closedOn { label }\n    investors { ... on Company { slug } ... on Person { slug } }\n    leadInvestors { ... on Company { slug } ... on Person { slug } }\n    statusHistory { status on { label } citations { excerpt } }\n    citations { excerpt }\n    company { slug totalRaised { amount } }\n  }\n": typeof types.RoundFactsFragmentDoc,
    "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.RecordFundingRoundDocument,
    "\n  mutation UpdateFundingRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UserError { message }\n    }\n  }\n": typeof types.UpdateFundingRoundDocument,
    "\n  query FundingRoundById($id: ID!) {\n    fundingRound(id: $id) { status company { slug } }\n  }\n": typeof types.FundingRoundByIdDocument,
    "query OpenAIRounds { fundingRounds(filter: { company: \"openai\" }) { nodes { id status } } }": typeof types.OpenAiRoundsDocument,
    "query OpenAIId { company(slug: \"openai\") { id } }": typeof types.OpenAiIdDocument,
    "\n        query RoundOrderings {\n          newest: fundingRounds(first: 2) { nodes { stage company { slug } } }\n          oldest: fundingRounds(first: 1, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          undatedLast: fundingRounds(first: 100, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          bySlug: companies(first: 2, orderBy: SLUG_ASC) { nodes { slug } }\n          titles: sources(orderBy: TITLE_DESC) { nodes { title } }\n        }\n      ": typeof types.RoundOrderingsDocument,
    "\n        query RoundFilters {\n          acme: fundingRounds(filter: { company: \"acme-ai\" }) { totalCount nodes { stage } }\n          softbank: fundingRounds(filter: { investor: \"softbank-group\" }) { nodes { company { slug } } }\n          pat: fundingRounds(filter: { investor: \"pat-investor\" }) { nodes { stage company { slug } } }\n          news: fundingRounds(filter: { status: [RUMORED, IN_NEGOTIATION] }) { totalCount }\n          seriesA: fundingRounds(filter: { stage: [SERIES_A] }) { nodes { amount { amount currency amountUsd } } }\n          in2024: fundingRounds(filter: { announcedFrom: \"2024-01-01\", announcedTo: \"2024-12-31\" }) { nodes { stage } }\n          big: fundingRounds(filter: { minAmountUsd: \"10500000\" }, orderBy: AMOUNT_USD_DESC) {\n            nodes { amount { amountUsd } }\n          }\n        }\n      ": typeof types.RoundFiltersDocument,
    "query NegativeFloor { fundingRounds(filter: { minAmountUsd: \"-5\" }) { totalCount } }": typeof types.NegativeFloorDocument,
    "query SeededSources { sources { nodes { id } } }": typeof types.SeededSourcesDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on CreatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UpdatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation AddRole($input: AddRoleInput!) {\n    addRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on AddRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n": typeof types.AddRoleDocument,
    "\n  mutation EndRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on EndRolePayload {\n        role {\n          id title person { slug } company { slug } since { label } until { label } citations { excerpt }\n          untilClaims { value { label } citations { excerpt } }\n          disputed\n        }\n      }\n    }\n  }\n": typeof types.EndRoleDocument,
    "\n        query PeopleFilters {\n          openai: people(filter: { company: \"openai\" }) { totalCount nodes { slug } }\n          nyu: people(filter: { company: \"new-york-university\" }) { nodes { slug roles { title } } }\n          all: people { totalCount }\n        }\n      ": typeof types.PeopleFiltersDocument,
    "\n        query QuoteFilters {\n          marcus: quotes(filter: { speaker: \"gary-marcus\" }) { totalCount }\n          altman: quotes(filter: { speaker: \"sam-altman\" }) { totalCount }\n          hf: quotes(filter: { attributedTo: \"hugging-face\" }) { totalCount nodes { speaker { slug } } }\n          aboutDeepseek: quotes(filter: { about: \"deepseek\" }) { totalCount }\n          verbatim: quotes(filter: { form: VERBATIM }) { nodes { attribution } }\n          marcusAboutOpenai: quotes(filter: { speaker: \"gary-marcus\", about: \"openai\" }) { totalCount }\n          dated: quotes(filter: { saidFrom: \"2020-01-01\" }) { totalCount }\n        }\n      ": typeof types.QuoteFiltersDocument,
    "\n        query QuotesByDate {\n          in2024: quotes(filter: { saidFrom: \"2024-01-01\", saidTo: \"2024-12-31\" }) { nodes { text saidOn { label } } }\n          newest: quotes(first: 3) { nodes { text } }\n          oldest: quotes(first: 3, orderBy: SAID_ON_ASC) { nodes { text } }\n          all: quotes(first: 100, orderBy: SAID_ON_ASC) { nodes { saidOn { date } } }\n          pat: person(slug: \"pat-investor\") { quotes { nodes { text } } }\n        }\n      ": typeof types.QuotesByDateDocument,
    "\n  mutation RecordQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload {\n        quote { id text form attribution speaker { slug } attributedTo { slug } about { slug } saidOn { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.RecordQuoteDocument,
    "\n  query SearchMany($q: String!, $first: Int, $after: String) {\n    search(query: $q, first: $first, after: $after) {\n      totalCount\n      edges { score node { __typename ... on Company { slug } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchManyDocument,
    "\n  query Search($q: String!) {\n    search(query: $q) { totalCount edges { score node {\n      __typename ... on Company { slug } ... on Person { slug } ... on Quote { text }\n    } } }\n  }\n": typeof types.SearchDocument,
    "query BlankSearch { search(query: \" \") { totalCount } }": typeof types.BlankSearchDocument,
    "\n  mutation DeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }\n  }\n": typeof types.DeleteCompanyDocument,
    "\n  mutation DeletePerson($input: DeletePersonInput!) {\n    deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }\n  }\n": typeof types.DeletePersonDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) { __typename ... on DeleteRolePayload { deletedId } ... on UserError { message } }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  mutation DeleteQuote($input: DeleteQuoteInput!) {\n    deleteQuote(input: $input) { __typename ... on DeleteQuotePayload { deletedId } ... on UserError { message } }\n  }\n": typeof types.DeleteQuoteDocument,
    "\n  mutation DeleteFundingRound($input: DeleteFundingRoundInput!) {\n    deleteFundingRound(input: $input) {\n      __typename ... on DeleteFundingRoundPayload { deletedId } ... on UserError { message }\n    }\n  }\n": typeof types.DeleteFundingRoundDocument,
    "\n  mutation DeleteSource($input: DeleteSourceInput!) {\n    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedId } ... on UserError { message } }\n  }\n": typeof types.DeleteSourceDocument,
    "\n  mutation DeleteCitation($input: DeleteCitationInput!) {\n    deleteCitation(input: $input) { __typename ... on DeleteCitationPayload { deletedId } ... on UserError { message } }\n  }\n": typeof types.DeleteCitationDocument,
    "\n  mutation RecordAttributedQuote($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }\n": typeof types.RecordAttributedQuoteDocument,
    "\n  mutation AddUncitedSource($input: AddSourceInput!) { addSource(input: $input) { __typename } }\n": typeof types.AddUncitedSourceDocument,
    "\n  mutation CiteAgain($input: AddCitationInput!) { addCitation(input: $input) { __typename } }\n": typeof types.CiteAgainDocument,
    "query DeepSeekId { company(slug: \"deepseek\") { id } }": typeof types.DeepSeekIdDocument,
    "\n  query KeptQuote($id: ID!) { node(id: $id) { ... on Quote { text attribution } } }\n": typeof types.KeptQuoteDocument,
    "query TooLargeFirst { companies(first: 101) { totalCount } }": typeof types.TooLargeFirstDocument,
    "query TooLargeLast { fundingRounds(last: 500) { totalCount } }": typeof types.TooLargeLastDocument,
    "query NegativeFirst { people(first: -1) { totalCount } }": typeof types.NegativeFirstDocument,
    "query TooLargeNested { company(slug: \"openai\") { quotesAbout(first: 1000) { totalCount } } }": typeof types.TooLargeNestedDocument,
    "query UnknownCursor { companies(after: \"not-a-cursor\") { nodes { slug } } }": typeof types.UnknownCursorDocument,
    "query FirstAndLast { companies(first: 1, last: 1) { nodes { slug } } }": typeof types.FirstAndLastDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n": typeof types.NodeByIdDocument,
    "\n        query OneOfEveryKind {\n          company(slug: \"openai\") {\n            id\n            people { nodes { id person { id } } }\n            fundingRounds { nodes { id investments { id } citations { id source { id } } } }\n            quotesAbout { nodes { id } }\n          }\n        }\n      ": typeof types.OneOfEveryKindDocument,
    "\n        query NodesByIds($ids: [ID!]!) {\n          nodes(ids: $ids) { __typename id }\n        }\n      ": typeof types.NodesByIdsDocument,
    "query OpenAIGlobalId { company(slug: \"openai\") { id } }": typeof types.OpenAiGlobalIdDocument,
    "\n        query MissingNodes($missing: ID!, $company: ID!, $round: ID!) {\n          node(id: $missing) { id }\n          nodes(ids: [$company, $missing]) { id }\n          fundingRound(id: $round) { id }\n        }\n      ": typeof types.MissingNodesDocument,
    "\n  fragment PageOfIds on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n": typeof types.PageOfIdsFragmentDoc,
    "\n        query PageCompanies($first: Int, $after: String, $last: Int, $before: String) {\n          companies(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": typeof types.PageCompaniesDocument,
    "\n        query PageCompaniesByName($first: Int, $after: String, $last: Int, $before: String) {\n          companies(orderBy: NAME_DESC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": typeof types.PageCompaniesByNameDocument,
    "\n        query PageFundingRounds($first: Int, $after: String, $last: Int, $before: String) {\n          fundingRounds(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": typeof types.PageFundingRoundsDocument,
    "\n        query PageFundingRoundsByAmount($first: Int, $after: String, $last: Int, $before: String) {\n          fundingRounds(orderBy: AMOUNT_USD_DESC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": typeof types.PageFundingRoundsByAmountDocument,
    "\n        query PageQuotes($first: Int, $after: String, $last: Int, $before: String) {\n          quotes(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": typeof types.PageQuotesDocument,
    "\n        query PageQuotesOldestFirst($first: Int, $after: String, $last: Int, $before: String) {\n          quotes(orderBy: SAID_ON_ASC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": typeof types.PageQuotesOldestFirstDocument,
    "\n        query PagePeople($first: Int, $after: String, $last: Int, $before: String) {\n          people(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": typeof types.PagePeopleDocument,
    "\n        query PageInvestments($first: Int, $after: String, $last: Int, $before: String) {\n          company(slug: \"beta-ventures\") {\n            investments(first: $first, after: $after, last: $last, before: $before) {\n              edges { cursor node { id } } pageInfo { ...PageOfIds }\n            }\n          }\n        }\n      ": typeof types.PageInvestmentsDocument,
    "\n        query PageSearchResults($first: Int, $after: String, $last: Int, $before: String) {\n          search(query: \"filler\", first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { ... on Node { id } } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": typeof types.PageSearchResultsDocument,
    "query PageSizes { a: companies { nodes { slug } } b: companies(first: 100) { nodes { slug } } }": typeof types.PageSizesDocument,
    "\n        query RoundTotals {\n          first: fundingRounds(first: 2) { totalCount pageInfo { endCursor } }\n          filtered: fundingRounds(first: 1, filter: { company: \"acme-ai\" }) { totalCount }\n        }\n      ": typeof types.RoundTotalsDocument,
    "query NextRoundTotal($after: String) { fundingRounds(first: 2, after: $after) { totalCount } }": typeof types.NextRoundTotalDocument,
    "\n  mutation RaceUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { headquarters version } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.RaceUpdateCompanyDocument,
    "\n  mutation RaceCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n    }\n  }\n": typeof types.RaceCreateCompanyDocument,
    "\n  mutation RaceAddSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      __typename\n      ... on AddSourcePayload { source { id } }\n    }\n  }\n": typeof types.RaceAddSourceDocument,
    "\n  mutation RaceRecordQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload { quote { id } }\n    }\n  }\n": typeof types.RaceRecordQuoteDocument,
    "\n  mutation RaceAddCitation($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      __typename\n      ... on AddCitationPayload { citation { id } }\n    }\n  }\n": typeof types.RaceAddCitationDocument,
    "\n  mutation RaceChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload { round { status version } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.RaceChangeDealStatusDocument,
    "\n  query RaceSeeded {\n    company(slug: \"openai\") { id version }\n    sources { nodes { id } }\n    fundingRounds(filter: { company: \"openai\" }) { nodes { id version } }\n  }\n": typeof types.RaceSeededDocument,
    "\n  query RaceStatusHistory($id: ID!) {\n    fundingRound(id: $id) { statusHistory { status } }\n  }\n": typeof types.RaceStatusHistoryDocument,
    "\n  query RaceRoundAmount($id: ID!) {\n    fundingRound(id: $id) { amount { amount } amountClaims { value { amount } citations { excerpt } } disputed }\n  }\n": typeof types.RaceRoundAmountDocument,
    "\n  query RaceQuoteCitations($id: ID!) {\n    node(id: $id) { ... on Quote { citations { excerpt } } }\n  }\n": typeof types.RaceQuoteCitationsDocument,
    "\n  query CompaniesGraph($first: Int!) {\n    companies(first: $first) {\n      totalCount\n      nodes {\n        name\n        totalRaised { amount }\n        latestValuation { amount }\n        fundingRounds(first: 5) {\n          totalCount\n          nodes {\n            status\n            amount { amount currency }\n            leadInvestors { __typename }\n            investors {\n              __typename\n              ... on Company {\n                name\n                investments(first: 20) {\n                  totalCount\n                  nodes { isLead round { stage company { name } } }\n                }\n              }\n              ... on Person { name }\n            }\n            citations { excerpt source { title } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompaniesGraphDocument,
    "\n      query CompaniesGraphWithClaims($first: Int!) {\n        companies(first: $first) {\n          totalCount\n          nodes {\n            name\n            totalRaised { amount }\n            latestValuation { amount }\n            fundingRounds(first: 5) {\n              totalCount\n              nodes {\n                status\n                amount { amount currency }\n                amountClaims { value { amount } rank citations { excerpt source { title } } }\n                company { descriptionClaims { value } }\n                leadInvestors { __typename }\n                investors {\n                  __typename\n                  ... on Company {\n                    name\n                    investments(first: 20) {\n                      totalCount\n                      nodes { isLead round { stage company { name } } }\n                    }\n                  }\n                  ... on Person { name }\n                }\n                citations { excerpt source { title } }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.CompaniesGraphWithClaimsDocument,
    "query ThirtyCompanies { companies(first: 30) { nodes { id } } }": typeof types.ThirtyCompaniesDocument,
    "\n      query CompanyNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { ... on Company { name fundingRounds { nodes { investors { __typename } } } } }\n      }\n    ": typeof types.CompanyNodesDocument,
    "\n      query SearchGraph($first: Int!) {\n        search(query: \"filler\", first: $first) {\n          totalCount\n          nodes { ... on Company { name fundingRounds { nodes { investors { ... on Company { name } } } } } }\n        }\n      }\n    ": typeof types.SearchGraphDocument,
    "\n  mutation CreateMistral {\n    createCompany(input: { slug: \"mistral-ai\", name: \"Mistral AI\", kind: STARTUP, country: \"FR\" }) {\n      __typename\n    }\n  }\n": typeof types.CreateMistralDocument,
    "\n  mutation AddTextSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      __typename\n      ... on AddSourcePayload { source { id text contentSha256 retrievedAt archiveUrl } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.AddTextSourceDocument,
    "\n  mutation CiteText($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      __typename\n      ... on AddCitationPayload { citation { excerpt selector { exact prefix suffix start end } } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.CiteTextDocument,
    "\n  query SeededSelectors {\n    sources {\n      nodes {\n        title\n        contentSha256\n        text\n        citations(first: 100) { nodes { excerpt selector { exact prefix suffix start end } } }\n      }\n    }\n  }\n": typeof types.SeededSelectorsDocument,
    "\n        query SourceList {\n          sources { totalCount nodes { title kind publisher url publishedAt citations(first: 1) { totalCount } } }\n          articles: sources(filter: { kind: ARTICLE }) { totalCount }\n          papers: sources(filter: { kind: PAPER }) { totalCount }\n        }\n      ": typeof types.SourceListDocument,
    "\n    mutation AddSource($input: AddSourceInput!) {\n      addSource(input: $input) {\n        __typename\n        ... on AddSourcePayload { source { id title kind publisher url publishedAt } }\n        ... on UserError { message }\n        ... on ValidationError { issues { path message } }\n      }\n    }\n  ": typeof types.AddSourceDocument,
    "mutation QuoteNewSource($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }": typeof types.QuoteNewSourceDocument,
    "\n    mutation AddCitation($input: AddCitationInput!) {\n      addCitation(input: $input) {\n        __typename\n        ... on AddCitationPayload { citation { id excerpt source { title } } }\n        ... on UserError { message }\n        ... on ValidationError { issues { path message } }\n      }\n    }\n  ": typeof types.AddCitationDocument,
    "\n    query DeepSeekCitations { company(slug: \"deepseek\") { id citations { excerpt } } }\n  ": typeof types.DeepSeekCitationsDocument,
};
const documents: Documents = {
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { key apiKey { id name scopes rateLimit revokedAt } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on RevokeApiKeyPayload { apiKey { id revokedAt } }\n      ... on UserError { message }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "query ApiKeys { apiKeys(first: 10) { totalCount nodes { name scopes revokedAt } } }": types.ApiKeysDocument,
    "\n  mutation WriteWithNewKey {\n    createPerson(input: { slug: \"grace-hopper\", name: \"Grace Hopper\" }) { __typename }\n  }\n": types.WriteWithNewKeyDocument,
    "query LatestAuditEntries { auditLog(first: 2) { nodes { mutation recordType after } } }": types.LatestAuditEntriesDocument,
    "\n  mutation AuditedCreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { __typename } }\n": types.AuditedCreateCompanyDocument,
    "\n  mutation AuditedUpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { __typename } }\n": types.AuditedUpdateCompanyDocument,
    "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 50) {\n      totalCount\n      nodes { mutation recordType recordId apiKey { name scopes } before after }\n    }\n  }\n": types.AuditLogDocument,
    "\n        query AuditedRecord($id: ID!) {\n          node(id: $id) { ... on Company { slug } }\n        }\n      ": types.AuditedRecordDocument,
    "\n  mutation ImportRecords($input: ImportRecordsInput!) {\n    importRecords(input: $input) {\n      __typename\n      ... on ImportRecordsPayload { records { type read written } }\n      ... on ImportRefusedError { lineIssues: issues { line path message } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.ImportRecordsDocument,
    "\n  mutation CacheAddSource($input: AddSourceInput!) {\n    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }\n  }\n": types.CacheAddSourceDocument,
    "\n  mutation CacheCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n      ... on UserError { message }\n    }\n  }\n": types.CacheCreateCompanyDocument,
    "\n  mutation CacheUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheUpdateCompanyDocument,
    "\n  query CacheCompany($slug: String!) {\n    company(slug: $slug) {\n      name\n      description\n      disputed\n      descriptionClaims { id value }\n      citations { id excerpt }\n      totalRaised { amount }\n      investments { totalCount }\n      people { totalCount nodes { title until { label } } }\n      quotesAbout { totalCount nodes { text } }\n    }\n  }\n": types.CacheCompanyDocument,
    "query CacheSourceCount { sources { totalCount } }": types.CacheSourceCountDocument,
    "query CacheCompanyCount { companies { totalCount } }": types.CacheCompanyCountDocument,
    "\n      query CacheListedCompanies($name: String!) { companies(filter: { name: $name }) { nodes { slug } } }\n    ": types.CacheListedCompaniesDocument,
    "\n      query CacheSearch($query: String!) {\n        search(query: $query) { totalCount nodes { __typename ... on Company { slug } } }\n      }\n    ": types.CacheSearchDocument,
    "\n      mutation CacheRecordRound($input: RecordFundingRoundInput!) {\n        recordFundingRound(input: $input) { __typename ... on UserError { message } }\n      }\n    ": types.CacheRecordRoundDocument,
    "\n      mutation CacheRankClaim($input: RankClaimInput!) {\n        rankClaim(input: $input) { __typename ... on UserError { message } }\n      }\n    ": types.CacheRankClaimDocument,
    "\n      query CacheDisputes($company: String!) { disputes(filter: { company: $company }) { totalCount } }\n    ": types.CacheDisputesDocument,
    "\n      mutation CacheAddCitation($input: AddCitationInput!) {\n        addCitation(input: $input) { __typename ... on UserError { message } }\n      }\n    ": types.CacheAddCitationDocument,
    "\n      mutation CacheDeleteCitation($input: DeleteCitationInput!) {\n        deleteCitation(input: $input) { __typename ... on UserError { message } }\n      }\n    ": types.CacheDeleteCitationDocument,
    "\n      mutation CacheCreatePerson($input: CreatePersonInput!) {\n        createPerson(input: $input) { __typename ... on UserError { message } }\n      }\n    ": types.CacheCreatePersonDocument,
    "\n      mutation CacheAddRole($input: AddRoleInput!) {\n        addRole(input: $input) { __typename ... on AddRolePayload { role { id } } ... on UserError { message } }\n      }\n    ": types.CacheAddRoleDocument,
    "\n      mutation CacheEndRole($input: EndRoleInput!) {\n        endRole(input: $input) { __typename ... on UserError { message } }\n      }\n    ": types.CacheEndRoleDocument,
    "\n      mutation CacheRecordQuote($input: RecordQuoteInput!) {\n        recordQuote(input: $input) { __typename ... on UserError { message } }\n      }\n    ": types.CacheRecordQuoteDocument,
    "query CacheApiKeys { apiKeys { totalCount } }": types.CacheApiKeysDocument,
    "\n  query Changes($after: String, $first: Int, $last: Int, $before: String, $filter: ChangeFilter) {\n    changes(after: $after, first: $first, last: $last, before: $before, filter: $filter) {\n      edges { cursor node { kind recordType recordId key tombstone } }\n      pageInfo { endCursor hasNextPage hasPreviousPage }\n    }\n  }\n": types.ChangesDocument,
    "\n  mutation FeedCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id version } } }\n  }\n": types.FeedCreateCompanyDocument,
    "\n  mutation FeedUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) { __typename ... on UpdateCompanyPayload { company { version } } }\n  }\n": types.FeedUpdateCompanyDocument,
    "\n  mutation FeedDeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } }\n  }\n": types.FeedDeleteCompanyDocument,
    "query FeedClaim { fundingRounds(filter: { company: \"openai\" }) { nodes { amountClaims { id } } } }": types.FeedClaimDocument,
    "query FeedOpenAI { company(slug: \"openai\") { id } }": types.FeedOpenAiDocument,
    "\n  subscription LiveChanges($after: String, $filter: ChangeFilter) {\n    changes(after: $after, filter: $filter) { cursor kind recordType recordId key tombstone }\n  }\n": types.LiveChangesDocument,
    "\n  query FeedPage($after: String, $filter: ChangeFilter) {\n    changes(after: $after, first: 100, filter: $filter) {\n      edges { cursor node { cursor kind recordType recordId key tombstone } }\n      pageInfo { endCursor }\n    }\n  }\n": types.FeedPageDocument,
    "\n  mutation LiveCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id slug } } }\n  }\n": types.LiveCreateCompanyDocument,
    "\n  mutation DeleteClaimCitation($input: DeleteCitationInput!) {\n    deleteCitation(input: $input) {\n      __typename\n      ... on DeleteCitationPayload { deletedId }\n      ... on UserError { message }\n    }\n  }\n": types.DeleteClaimCitationDocument,
    "\n  query RoundCitations($id: ID!) { fundingRound(id: $id) { citations { id excerpt } } }\n": types.RoundCitationsDocument,
    "query ClaimErrorsCompany($slug: String!) { company(slug: $slug) { id } }": types.ClaimErrorsCompanyDocument,
    "\n  mutation AddClaimSource($input: AddSourceInput!) {\n    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }\n  }\n": types.AddClaimSourceDocument,
    "\n  fragment ClaimFacts on Claim {\n    id property rank deprecationReason recordedBy\n    citations { excerpt source { title } }\n  }\n": types.ClaimFactsFragmentDoc,
    "\n  mutation CreateClaimedCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.CreateClaimedCompanyDocument,
    "\n  fragment RoundClaims on FundingRound {\n    id stage amount { amount currency } postMoneyValuation { amount } disputed\n    amountClaims { ...ClaimFacts value { amount currency } record { ... on FundingRound { id } } }\n    postMoneyValuationClaims { id rank value { amount } }\n    stageClaims { id rank value }\n    company { slug totalRaised { amount } latestValuation { amount } }\n  }\n": types.RoundClaimsFragmentDoc,
    "\n  mutation RecordClaimedRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.RecordClaimedRoundDocument,
    "\n  mutation UpdateClaimedRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.UpdateClaimedRoundDocument,
    "\n  query RoundWithClaims($id: ID!) { fundingRound(id: $id) { ...RoundClaims } }\n": types.RoundWithClaimsDocument,
    "\n  mutation RankClaim($input: RankClaimInput!) {\n    rankClaim(input: $input) {\n      __typename\n      ... on RankClaimPayload { claim { ...ClaimFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.RankClaimDocument,
    "\n  query Disputes($filter: DisputeFilter, $first: Int, $after: String) {\n    disputes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        property\n        record { __typename ... on Node { id } }\n        claims {\n          ...ClaimFacts\n          ... on MoneyClaim { money: value { amount } }\n          ... on TextClaim { text: value }\n        }\n      }\n    }\n  }\n": types.DisputesDocument,
    "\n  fragment CompanyClaims on Company {\n    kind description disputed\n    kindClaims { ...ClaimFacts value }\n    descriptionClaims { ...ClaimFacts value }\n  }\n": types.CompanyClaimsFragmentDoc,
    "\n  mutation UpdateClaimedCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { ...CompanyClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.UpdateClaimedCompanyDocument,
    "\n  fragment PersonClaims on Person { bio disputed bioClaims { ...ClaimFacts value } }\n": types.PersonClaimsFragmentDoc,
    "\n  mutation CreateClaimedPerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { __typename ... on CreatePersonPayload { person { ...PersonClaims } } }\n  }\n": types.CreateClaimedPersonDocument,
    "\n  mutation UpdateClaimedPerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { __typename ... on UpdatePersonPayload { person { ...PersonClaims } } }\n  }\n": types.UpdateClaimedPersonDocument,
    "\n  fragment RoleClaims on Role {\n    id title until { label } disputed\n    untilClaims { ...ClaimFacts value { label } }\n    titleClaims { ...ClaimFacts value }\n  }\n": types.RoleClaimsFragmentDoc,
    "\n  mutation AddClaimedRole($input: AddRoleInput!) {\n    addRole(input: $input) { __typename ... on AddRolePayload { role { ...RoleClaims } } }\n  }\n": types.AddClaimedRoleDocument,
    "\n  mutation EndClaimedRole($input: EndRoleInput!) {\n    endRole(input: $input) { __typename ... on EndRolePayload { role { ...RoleClaims } } }\n  }\n": types.EndClaimedRoleDocument,
    "\n  mutation RecordClaimedQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload {\n        quote {\n          text form saidOn { label } disputed\n          textClaims { ...ClaimFacts value }\n          formClaims { ...ClaimFacts value }\n          saidOnClaims { ...ClaimFacts value { label } }\n        }\n      }\n    }\n  }\n": types.RecordClaimedQuoteDocument,
    "\n        query LookupsBySlug {\n          openai: company(slug: \"openai\") { name kind }\n          altman: person(slug: \"sam-altman\") { name bio }\n          nobody: company(slug: \"no-such-company\") { name }\n          noone: person(slug: \"no-such-person\") { name }\n        }\n      ": types.LookupsBySlugDocument,
    "\n        query CompanyFilters {\n          investors: companies(filter: { kind: [INVESTOR] }) { totalCount nodes { slug } }\n          universities: companies(filter: { kind: [UNIVERSITY, CORPORATION] }) { nodes { slug } }\n          chinese: companies(filter: { country: \"CN\" }) { totalCount nodes { slug } }\n          named: companies(filter: { name: \"HUGGING\" }) { nodes { slug } }\n          alias: companies(filter: { name: \"artificial intel\" }) { nodes { slug } }\n          combined: companies(filter: { kind: [STARTUP], country: \"US\" }) { nodes { slug } }\n          none: companies(filter: { name: \"zzz\" }) { totalCount nodes { slug } }\n        }\n      ": types.CompanyFiltersDocument,
    "\n        query CompaniesByName {\n          asc: companies(first: 3) { nodes { slug } }\n          desc: companies(first: 3, orderBy: NAME_DESC) { nodes { slug } }\n        }\n      ": types.CompaniesByNameDocument,
    "\n        query AcmeFacts {\n          company(slug: \"acme-ai\") {\n            totalRaised { amount currency amountUsd }\n            latestValuation { amount currency amountUsd }\n            foundedOn { date precision label }\n            website\n            aliases\n            fundingRounds { nodes { stage announcedOn { label precision } closedOn { label } } }\n          }\n        }\n      ": types.AcmeFactsDocument,
    "\n        query InvestmentsOfCompanyAndPerson {\n          company(slug: \"beta-ventures\") {\n            all: investments(first: 1) { totalCount }\n            newest: investments(first: 3) { nodes { round { stage announcedOn { date } company { slug } } } }\n            led: investments(lead: true) { totalCount }\n            followed: investments(lead: false) { totalCount }\n            people { totalCount nodes { title since { label } until { label } person { slug } } }\n          }\n          person(slug: \"pat-investor\") {\n            investments { nodes { isLead investor { ... on Person { slug } } round { company { slug } } } }\n          }\n        }\n      ": types.InvestmentsOfCompanyAndPersonDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug name kind country aliases version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload {\n        company {\n          slug name description version disputed\n          descriptionClaims { value rank recordedBy citations { excerpt } }\n        }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  query CompanyNamed($slug: String!) {\n    company(slug: $slug) { name version }\n  }\n": types.CompanyNamedDocument,
    "\n  query RoundClaims($id: ID!) {\n    fundingRound(id: $id) {\n      stage\n      amount { amount amountUsd }\n      postMoneyValuation { amount }\n      announcedOn { date precision }\n      disputed\n      amountClaims { value { amount amountUsd } rank citations { excerpt } }\n      postMoneyValuationClaims { value { amount } rank }\n      announcedOnClaims { value { date } rank deprecationReason recordedAt }\n      stageClaims { value rank citations { excerpt } }\n      investorsClaims { value { investor { ... on Company { slug } } isLead } citations { excerpt } }\n      leadInvestors { ... on Company { slug } }\n    }\n  }\n": types.RoundClaimsDocument,
    "\n        query VersionOneClaims {\n          bolt: company(slug: \"bolt\") {\n            kind country disputed\n            kindClaims { value rank citations { excerpt } }\n            countryClaims { value rank citations { excerpt } }\n          }\n          volt: company(slug: \"volt\") { country countryClaims { value } }\n        }\n      ": types.VersionOneClaimsDocument,
    "\n  fragment CitedIn on Citation { excerpt source { title kind } }\n": types.CitedInFragmentDoc,
    "\n        query SeededOpenAIRound {\n          company(slug: \"openai\") {\n            name\n            fundingRounds { totalCount nodes {\n              stage status\n              amount { amount currency amountUsd }\n              preMoneyValuation { amount }\n              postMoneyValuation { amount currency amountUsd }\n              leadInvestors { __typename ... on Company { slug name } }\n              investors { __typename ... on Company { slug } }\n              citations { ...CitedIn }\n            } }\n            totalRaised { amount }\n            latestValuation { amount }\n          }\n        }\n      ": types.SeededOpenAiRoundDocument,
    "\n        query SeededCompaniesAndPeople {\n          companies(first: 100) { totalCount nodes { slug name kind country } }\n          people(first: 100) { totalCount nodes { slug name roles { title company { slug } } } }\n        }\n      ": types.SeededCompaniesAndPeopleDocument,
    "\n        query SeededMarcusQuotes {\n          person(slug: \"gary-marcus\") {\n            quotes { nodes { text form attribution speaker { slug } about { slug } citations { ...CitedIn } } }\n          }\n        }\n      ": types.SeededMarcusQuotesDocument,
    "\n        query SeededAltmanParaphrases {\n          quotes(filter: { speaker: \"sam-altman\", form: PARAPHRASE }, first: 10) { nodes { text form } }\n        }\n      ": types.SeededAltmanParaphrasesDocument,
    "\n        query SeededHuggingFaceQuotes {\n          company(slug: \"hugging-face\") {\n            quotes { totalCount nodes { form speaker { slug } attribution attributedTo { slug } about { slug } } }\n          }\n        }\n      ": types.SeededHuggingFaceQuotesDocument,
    "\n        query SeededCitations {\n          companies(first: 100) { nodes { slug citations { excerpt } people { nodes { title citations { excerpt } } } } }\n          people(first: 100) { nodes { slug citations { excerpt } } }\n          quotes(first: 100) { totalCount nodes { text citations { excerpt } } }\n          fundingRounds(first: 100) { nodes { id citations { excerpt } } }\n        }\n      ": types.SeededCitationsDocument,
    "\n        query SeededClaims {\n          deepseek: company(slug: \"deepseek\") {\n            countryClaims { value citations { excerpt } }\n            descriptionClaims { citations { excerpt } }\n            disputed\n          }\n          openai: company(slug: \"openai\") {\n            fundingRounds { nodes {\n              amountClaims { value { amount } rank citations { excerpt } }\n              investorsClaims { citations { excerpt } }\n              citations { excerpt }\n              disputed\n            } }\n          }\n        }\n      ": types.SeededClaimsDocument,
    "query DealStatusRound { fundingRounds { nodes { id } } }": types.DealStatusRoundDocument,
    "\n  mutation ChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload {\n        round { status announcedOn { label } }\n        change { status on { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.ChangeDealStatusDocument,
    "\n  query DealStatusHistory($id: ID!) {\n    fundingRound(id: $id) {\n      status\n      statusHistory { status on { label } citations { excerpt source { title } } }\n      company { totalRaised { amount } }\n    }\n  }\n": types.DealStatusHistoryDocument,
    "\n  fragment RoundFacts on FundingRound {\n    id version stage status amount { amount currency } postMoneyValuation { amount } disputed\n    announcedOn { label } closedOn { label }\n    investors { ... on Company { slug } ... on Person { slug } }\n    leadInvestors { ... on Company { slug } ... on Person { slug } }\n    statusHistory { status on { label } citations { excerpt } }\n    citations { excerpt }\n    company { slug totalRaised { amount } }\n  }\n": types.RoundFactsFragmentDoc,
    "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.RecordFundingRoundDocument,
    "\n  mutation UpdateFundingRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UserError { message }\n    }\n  }\n": types.UpdateFundingRoundDocument,
    "\n  query FundingRoundById($id: ID!) {\n    fundingRound(id: $id) { status company { slug } }\n  }\n": types.FundingRoundByIdDocument,
    "query OpenAIRounds { fundingRounds(filter: { company: \"openai\" }) { nodes { id status } } }": types.OpenAiRoundsDocument,
    "query OpenAIId { company(slug: \"openai\") { id } }": types.OpenAiIdDocument,
    "\n        query RoundOrderings {\n          newest: fundingRounds(first: 2) { nodes { stage company { slug } } }\n          oldest: fundingRounds(first: 1, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          undatedLast: fundingRounds(first: 100, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          bySlug: companies(first: 2, orderBy: SLUG_ASC) { nodes { slug } }\n          titles: sources(orderBy: TITLE_DESC) { nodes { title } }\n        }\n      ": types.RoundOrderingsDocument,
    "\n        query RoundFilters {\n          acme: fundingRounds(filter: { company: \"acme-ai\" }) { totalCount nodes { stage } }\n          softbank: fundingRounds(filter: { investor: \"softbank-group\" }) { nodes { company { slug } } }\n          pat: fundingRounds(filter: { investor: \"pat-investor\" }) { nodes { stage company { slug } } }\n          news: fundingRounds(filter: { status: [RUMORED, IN_NEGOTIATION] }) { totalCount }\n          seriesA: fundingRounds(filter: { stage: [SERIES_A] }) { nodes { amount { amount currency amountUsd } } }\n          in2024: fundingRounds(filter: { announcedFrom: \"2024-01-01\", announcedTo: \"2024-12-31\" }) { nodes { stage } }\n          big: fundingRounds(filter: { minAmountUsd: \"10500000\" }, orderBy: AMOUNT_USD_DESC) {\n            nodes { amount { amountUsd } }\n          }\n        }\n      ": types.RoundFiltersDocument,
    "query NegativeFloor { fundingRounds(filter: { minAmountUsd: \"-5\" }) { totalCount } }": types.NegativeFloorDocument,
    "query SeededSources { sources { nodes { id } } }": types.SeededSourcesDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on CreatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UpdatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation AddRole($input: AddRoleInput!) {\n    addRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on AddRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n": types.AddRoleDocument,
    "\n  mutation EndRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on EndRolePayload {\n        role {\n          id title person { slug } company { slug } since { label } until { label } citations { excerpt }\n          untilClaims { value { label } citations { excerpt } }\n          disputed\n        }\n      }\n    }\n  }\n": types.EndRoleDocument,
    "\n        query PeopleFilters {\n          openai: people(filter: { company: \"openai\" }) { totalCount nodes { slug } }\n          nyu: people(filter: { company: \"new-york-university\" }) { nodes { slug roles { title } } }\n          all: people { totalCount }\n        }\n      ": types.PeopleFiltersDocument,
    "\n        query QuoteFilters {\n          marcus: quotes(filter: { speaker: \"gary-marcus\" }) { totalCount }\n          altman: quotes(filter: { speaker: \"sam-altman\" }) { totalCount }\n          hf: quotes(filter: { attributedTo: \"hugging-face\" }) { totalCount nodes { speaker { slug } } }\n          aboutDeepseek: quotes(filter: { about: \"deepseek\" }) { totalCount }\n          verbatim: quotes(filter: { form: VERBATIM }) { nodes { attribution } }\n          marcusAboutOpenai: quotes(filter: { speaker: \"gary-marcus\", about: \"openai\" }) { totalCount }\n          dated: quotes(filter: { saidFrom: \"2020-01-01\" }) { totalCount }\n        }\n      ": types.QuoteFiltersDocument,
    "\n        query QuotesByDate {\n          in2024: quotes(filter: { saidFrom: \"2024-01-01\", saidTo: \"2024-12-31\" }) { nodes { text saidOn { label } } }\n          newest: quotes(first: 3) { nodes { text } }\n          oldest: quotes(first: 3, orderBy: SAID_ON_ASC) { nodes { text } }\n          all: quotes(first: 100, orderBy: SAID_ON_ASC) { nodes { saidOn { date } } }\n          pat: person(slug: \"pat-investor\") { quotes { nodes { text } } }\n        }\n      ": types.QuotesByDateDocument,
    "\n  mutation RecordQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload {\n        quote { id text form attribution speaker { slug } attributedTo { slug } about { slug } saidOn { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.RecordQuoteDocument,
    "\n  query SearchMany($q: String!, $first: Int, $after: String) {\n    search(query: $q, first: $first, after: $after) {\n      totalCount\n      edges { score node { __typename ... on Company { slug } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchManyDocument,
    "\n  query Search($q: String!) {\n    search(query: $q) { totalCount edges { score node {\n      __typename ... on Company { slug } ... on Person { slug } ... on Quote { text }\n    } } }\n  }\n": types.SearchDocument,
    "query BlankSearch { search(query: \" \") { totalCount } }": types.BlankSearchDocument,
    "\n  mutation DeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }\n  }\n": types.DeleteCompanyDocument,
    "\n  mutation DeletePerson($input: DeletePersonInput!) {\n    deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }\n  }\n": types.DeletePersonDocument,
    "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) { __typename ... on DeleteRolePayload { deletedId } ... on UserError { message } }\n  }\n": types.DeleteRoleDocument,
    "\n  mutation DeleteQuote($input: DeleteQuoteInput!) {\n    deleteQuote(input: $input) { __typename ... on DeleteQuotePayload { deletedId } ... on UserError { message } }\n  }\n": types.DeleteQuoteDocument,
    "\n  mutation DeleteFundingRound($input: DeleteFundingRoundInput!) {\n    deleteFundingRound(input: $input) {\n      __typename ... on DeleteFundingRoundPayload { deletedId } ... on UserError { message }\n    }\n  }\n": types.DeleteFundingRoundDocument,
    "\n  mutation DeleteSource($input: DeleteSourceInput!) {\n    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedId } ... on UserError { message } }\n  }\n": types.DeleteSourceDocument,
    "\n  mutation DeleteCitation($input: DeleteCitationInput!) {\n    deleteCitation(input: $input) { __typename ... on DeleteCitationPayload { deletedId } ... on UserError { message } }\n  }\n": types.DeleteCitationDocument,
    "\n  mutation RecordAttributedQuote($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }\n": types.RecordAttributedQuoteDocument,
    "\n  mutation AddUncitedSource($input: AddSourceInput!) { addSource(input: $input) { __typename } }\n": types.AddUncitedSourceDocument,
    "\n  mutation CiteAgain($input: AddCitationInput!) { addCitation(input: $input) { __typename } }\n": types.CiteAgainDocument,
    "query DeepSeekId { company(slug: \"deepseek\") { id } }": types.DeepSeekIdDocument,
    "\n  query KeptQuote($id: ID!) { node(id: $id) { ... on Quote { text attribution } } }\n": types.KeptQuoteDocument,
    "query TooLargeFirst { companies(first: 101) { totalCount } }": types.TooLargeFirstDocument,
    "query TooLargeLast { fundingRounds(last: 500) { totalCount } }": types.TooLargeLastDocument,
    "query NegativeFirst { people(first: -1) { totalCount } }": types.NegativeFirstDocument,
    "query TooLargeNested { company(slug: \"openai\") { quotesAbout(first: 1000) { totalCount } } }": types.TooLargeNestedDocument,
    "query UnknownCursor { companies(after: \"not-a-cursor\") { nodes { slug } } }": types.UnknownCursorDocument,
    "query FirstAndLast { companies(first: 1, last: 1) { nodes { slug } } }": types.FirstAndLastDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n": types.NodeByIdDocument,
    "\n        query OneOfEveryKind {\n          company(slug: \"openai\") {\n            id\n            people { nodes { id person { id } } }\n            fundingRounds { nodes { id investments { id } citations { id source { id } } } }\n            quotesAbout { nodes { id } }\n          }\n        }\n      ": types.OneOfEveryKindDocument,
    "\n        query NodesByIds($ids: [ID!]!) {\n          nodes(ids: $ids) { __typename id }\n        }\n      ": types.NodesByIdsDocument,
    "query OpenAIGlobalId { company(slug: \"openai\") { id } }": types.OpenAiGlobalIdDocument,
    "\n        query MissingNodes($missing: ID!, $company: ID!, $round: ID!) {\n          node(id: $missing) { id }\n          nodes(ids: [$company, $missing]) { id }\n          fundingRound(id: $round) { id }\n        }\n      ": types.MissingNodesDocument,
    "\n  fragment PageOfIds on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n": types.PageOfIdsFragmentDoc,
    "\n        query PageCompanies($first: Int, $after: String, $last: Int, $before: String) {\n          companies(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": types.PageCompaniesDocument,
    "\n        query PageCompaniesByName($first: Int, $after: String, $last: Int, $before: String) {\n          companies(orderBy: NAME_DESC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": types.PageCompaniesByNameDocument,
    "\n        query PageFundingRounds($first: Int, $after: String, $last: Int, $before: String) {\n          fundingRounds(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": types.PageFundingRoundsDocument,
    "\n        query PageFundingRoundsByAmount($first: Int, $after: String, $last: Int, $before: String) {\n          fundingRounds(orderBy: AMOUNT_USD_DESC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": types.PageFundingRoundsByAmountDocument,
    "\n        query PageQuotes($first: Int, $after: String, $last: Int, $before: String) {\n          quotes(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": types.PageQuotesDocument,
    "\n        query PageQuotesOldestFirst($first: Int, $after: String, $last: Int, $before: String) {\n          quotes(orderBy: SAID_ON_ASC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": types.PageQuotesOldestFirstDocument,
    "\n        query PagePeople($first: Int, $after: String, $last: Int, $before: String) {\n          people(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": types.PagePeopleDocument,
    "\n        query PageInvestments($first: Int, $after: String, $last: Int, $before: String) {\n          company(slug: \"beta-ventures\") {\n            investments(first: $first, after: $after, last: $last, before: $before) {\n              edges { cursor node { id } } pageInfo { ...PageOfIds }\n            }\n          }\n        }\n      ": types.PageInvestmentsDocument,
    "\n        query PageSearchResults($first: Int, $after: String, $last: Int, $before: String) {\n          search(query: \"filler\", first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { ... on Node { id } } } pageInfo { ...PageOfIds }\n          }\n        }\n      ": types.PageSearchResultsDocument,
    "query PageSizes { a: companies { nodes { slug } } b: companies(first: 100) { nodes { slug } } }": types.PageSizesDocument,
    "\n        query RoundTotals {\n          first: fundingRounds(first: 2) { totalCount pageInfo { endCursor } }\n          filtered: fundingRounds(first: 1, filter: { company: \"acme-ai\" }) { totalCount }\n        }\n      ": types.RoundTotalsDocument,
    "query NextRoundTotal($after: String) { fundingRounds(first: 2, after: $after) { totalCount } }": types.NextRoundTotalDocument,
    "\n  mutation RaceUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { headquarters version } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.RaceUpdateCompanyDocument,
    "\n  mutation RaceCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n    }\n  }\n": types.RaceCreateCompanyDocument,
    "\n  mutation RaceAddSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      __typename\n      ... on AddSourcePayload { source { id } }\n    }\n  }\n": types.RaceAddSourceDocument,
    "\n  mutation RaceRecordQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload { quote { id } }\n    }\n  }\n": types.RaceRecordQuoteDocument,
    "\n  mutation RaceAddCitation($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      __typename\n      ... on AddCitationPayload { citation { id } }\n    }\n  }\n": types.RaceAddCitationDocument,
    "\n  mutation RaceChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload { round { status version } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.RaceChangeDealStatusDocument,
    "\n  query RaceSeeded {\n    company(slug: \"openai\") { id version }\n    sources { nodes { id } }\n    fundingRounds(filter: { company: \"openai\" }) { nodes { id version } }\n  }\n": types.RaceSeededDocument,
    "\n  query RaceStatusHistory($id: ID!) {\n    fundingRound(id: $id) { statusHistory { status } }\n  }\n": types.RaceStatusHistoryDocument,
    "\n  query RaceRoundAmount($id: ID!) {\n    fundingRound(id: $id) { amount { amount } amountClaims { value { amount } citations { excerpt } } disputed }\n  }\n": types.RaceRoundAmountDocument,
    "\n  query RaceQuoteCitations($id: ID!) {\n    node(id: $id) { ... on Quote { citations { excerpt } } }\n  }\n": types.RaceQuoteCitationsDocument,
    "\n  query CompaniesGraph($first: Int!) {\n    companies(first: $first) {\n      totalCount\n      nodes {\n        name\n        totalRaised { amount }\n        latestValuation { amount }\n        fundingRounds(first: 5) {\n          totalCount\n          nodes {\n            status\n            amount { amount currency }\n            leadInvestors { __typename }\n            investors {\n              __typename\n              ... on Company {\n                name\n                investments(first: 20) {\n                  totalCount\n                  nodes { isLead round { stage company { name } } }\n                }\n              }\n              ... on Person { name }\n            }\n            citations { excerpt source { title } }\n          }\n        }\n      }\n    }\n  }\n": types.CompaniesGraphDocument,
    "\n      query CompaniesGraphWithClaims($first: Int!) {\n        companies(first: $first) {\n          totalCount\n          nodes {\n            name\n            totalRaised { amount }\n            latestValuation { amount }\n            fundingRounds(first: 5) {\n              totalCount\n              nodes {\n                status\n                amount { amount currency }\n                amountClaims { value { amount } rank citations { excerpt source { title } } }\n                company { descriptionClaims { value } }\n                leadInvestors { __typename }\n                investors {\n                  __typename\n                  ... on Company {\n                    name\n                    investments(first: 20) {\n                      totalCount\n                      nodes { isLead round { stage company { name } } }\n                    }\n                  }\n                  ... on Person { name }\n                }\n                citations { excerpt source { title } }\n              }\n            }\n          }\n        }\n      }\n    ": types.CompaniesGraphWithClaimsDocument,
    "query ThirtyCompanies { companies(first: 30) { nodes { id } } }": types.ThirtyCompaniesDocument,
    "\n      query CompanyNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { ... on Company { name fundingRounds { nodes { investors { __typename } } } } }\n      }\n    ": types.CompanyNodesDocument,
    "\n      query SearchGraph($first: Int!) {\n        search(query: \"filler\", first: $first) {\n          totalCount\n          nodes { ... on Company { name fundingRounds { nodes { investors { ... on Company { name } } } } } }\n        }\n      }\n    ": types.SearchGraphDocument,
    "\n  mutation CreateMistral {\n    createCompany(input: { slug: \"mistral-ai\", name: \"Mistral AI\", kind: STARTUP, country: \"FR\" }) {\n      __typename\n    }\n  }\n": types.CreateMistralDocument,
    "\n  mutation AddTextSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      __typename\n      ... on AddSourcePayload { source { id text contentSha256 retrievedAt archiveUrl } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.AddTextSourceDocument,
    "\n  mutation CiteText($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      __typename\n      ... on AddCitationPayload { citation { excerpt selector { exact prefix suffix start end } } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.CiteTextDocument,
    "\n  query SeededSelectors {\n    sources {\n      nodes {\n        title\n        contentSha256\n        text\n        citations(first: 100) { nodes { excerpt selector { exact prefix suffix start end } } }\n      }\n    }\n  }\n": types.SeededSelectorsDocument,
    "\n        query SourceList {\n          sources { totalCount nodes { title kind publisher url publishedAt citations(first: 1) { totalCount } } }\n          articles: sources(filter: { kind: ARTICLE }) { totalCount }\n          papers: sources(filter: { kind: PAPER }) { totalCount }\n        }\n      ": types.SourceListDocument,
    "\n    mutation AddSource($input: AddSourceInput!) {\n      addSource(input: $input) {\n        __typename\n        ... on AddSourcePayload { source { id title kind publisher url publishedAt } }\n        ... on UserError { message }\n        ... on ValidationError { issues { path message } }\n      }\n    }\n  ": types.AddSourceDocument,
    "mutation QuoteNewSource($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }": types.QuoteNewSourceDocument,
    "\n    mutation AddCitation($input: AddCitationInput!) {\n      addCitation(input: $input) {\n        __typename\n        ... on AddCitationPayload { citation { id excerpt source { title } } }\n        ... on UserError { message }\n        ... on ValidationError { issues { path message } }\n      }\n    }\n  ": types.AddCitationDocument,
    "\n    query DeepSeekCitations { company(slug: \"deepseek\") { id citations { excerpt } } }\n  ": types.DeepSeekCitationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { key apiKey { id name scopes rateLimit revokedAt } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { key apiKey { id name scopes rateLimit revokedAt } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on RevokeApiKeyPayload { apiKey { id revokedAt } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on RevokeApiKeyPayload { apiKey { id revokedAt } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeys { apiKeys(first: 10) { totalCount nodes { name scopes revokedAt } } }"): (typeof documents)["query ApiKeys { apiKeys(first: 10) { totalCount nodes { name scopes revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteWithNewKey {\n    createPerson(input: { slug: \"grace-hopper\", name: \"Grace Hopper\" }) { __typename }\n  }\n"): (typeof documents)["\n  mutation WriteWithNewKey {\n    createPerson(input: { slug: \"grace-hopper\", name: \"Grace Hopper\" }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LatestAuditEntries { auditLog(first: 2) { nodes { mutation recordType after } } }"): (typeof documents)["query LatestAuditEntries { auditLog(first: 2) { nodes { mutation recordType after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditedCreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AuditedCreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditedUpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AuditedUpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 50) {\n      totalCount\n      nodes { mutation recordType recordId apiKey { name scopes } before after }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 50) {\n      totalCount\n      nodes { mutation recordType recordId apiKey { name scopes } before after }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditedRecord($id: ID!) {\n          node(id: $id) { ... on Company { slug } }\n        }\n      "): (typeof documents)["\n        query AuditedRecord($id: ID!) {\n          node(id: $id) { ... on Company { slug } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRecords($input: ImportRecordsInput!) {\n    importRecords(input: $input) {\n      __typename\n      ... on ImportRecordsPayload { records { type read written } }\n      ... on ImportRefusedError { lineIssues: issues { line path message } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRecords($input: ImportRecordsInput!) {\n    importRecords(input: $input) {\n      __typename\n      ... on ImportRecordsPayload { records { type read written } }\n      ... on ImportRefusedError { lineIssues: issues { line path message } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheAddSource($input: AddSourceInput!) {\n    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheAddSource($input: AddSourceInput!) {\n    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheCompany($slug: String!) {\n    company(slug: $slug) {\n      name\n      description\n      disputed\n      descriptionClaims { id value }\n      citations { id excerpt }\n      totalRaised { amount }\n      investments { totalCount }\n      people { totalCount nodes { title until { label } } }\n      quotesAbout { totalCount nodes { text } }\n    }\n  }\n"): (typeof documents)["\n  query CacheCompany($slug: String!) {\n    company(slug: $slug) {\n      name\n      description\n      disputed\n      descriptionClaims { id value }\n      citations { id excerpt }\n      totalRaised { amount }\n      investments { totalCount }\n      people { totalCount nodes { title until { label } } }\n      quotesAbout { totalCount nodes { text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheSourceCount { sources { totalCount } }"): (typeof documents)["query CacheSourceCount { sources { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheCompanyCount { companies { totalCount } }"): (typeof documents)["query CacheCompanyCount { companies { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CacheListedCompanies($name: String!) { companies(filter: { name: $name }) { nodes { slug } } }\n    "): (typeof documents)["\n      query CacheListedCompanies($name: String!) { companies(filter: { name: $name }) { nodes { slug } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CacheSearch($query: String!) {\n        search(query: $query) { totalCount nodes { __typename ... on Company { slug } } }\n      }\n    "): (typeof documents)["\n      query CacheSearch($query: String!) {\n        search(query: $query) { totalCount nodes { __typename ... on Company { slug } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CacheRecordRound($input: RecordFundingRoundInput!) {\n        recordFundingRound(input: $input) { __typename ... on UserError { message } }\n      }\n    "): (typeof documents)["\n      mutation CacheRecordRound($input: RecordFundingRoundInput!) {\n        recordFundingRound(input: $input) { __typename ... on UserError { message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CacheRankClaim($input: RankClaimInput!) {\n        rankClaim(input: $input) { __typename ... on UserError { message } }\n      }\n    "): (typeof documents)["\n      mutation CacheRankClaim($input: RankClaimInput!) {\n        rankClaim(input: $input) { __typename ... on UserError { message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CacheDisputes($company: String!) { disputes(filter: { company: $company }) { totalCount } }\n    "): (typeof documents)["\n      query CacheDisputes($company: String!) { disputes(filter: { company: $company }) { totalCount } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CacheAddCitation($input: AddCitationInput!) {\n        addCitation(input: $input) { __typename ... on UserError { message } }\n      }\n    "): (typeof documents)["\n      mutation CacheAddCitation($input: AddCitationInput!) {\n        addCitation(input: $input) { __typename ... on UserError { message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CacheDeleteCitation($input: DeleteCitationInput!) {\n        deleteCitation(input: $input) { __typename ... on UserError { message } }\n      }\n    "): (typeof documents)["\n      mutation CacheDeleteCitation($input: DeleteCitationInput!) {\n        deleteCitation(input: $input) { __typename ... on UserError { message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CacheCreatePerson($input: CreatePersonInput!) {\n        createPerson(input: $input) { __typename ... on UserError { message } }\n      }\n    "): (typeof documents)["\n      mutation CacheCreatePerson($input: CreatePersonInput!) {\n        createPerson(input: $input) { __typename ... on UserError { message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CacheAddRole($input: AddRoleInput!) {\n        addRole(input: $input) { __typename ... on AddRolePayload { role { id } } ... on UserError { message } }\n      }\n    "): (typeof documents)["\n      mutation CacheAddRole($input: AddRoleInput!) {\n        addRole(input: $input) { __typename ... on AddRolePayload { role { id } } ... on UserError { message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CacheEndRole($input: EndRoleInput!) {\n        endRole(input: $input) { __typename ... on UserError { message } }\n      }\n    "): (typeof documents)["\n      mutation CacheEndRole($input: EndRoleInput!) {\n        endRole(input: $input) { __typename ... on UserError { message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CacheRecordQuote($input: RecordQuoteInput!) {\n        recordQuote(input: $input) { __typename ... on UserError { message } }\n      }\n    "): (typeof documents)["\n      mutation CacheRecordQuote($input: RecordQuoteInput!) {\n        recordQuote(input: $input) { __typename ... on UserError { message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheApiKeys { apiKeys { totalCount } }"): (typeof documents)["query CacheApiKeys { apiKeys { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($after: String, $first: Int, $last: Int, $before: String, $filter: ChangeFilter) {\n    changes(after: $after, first: $first, last: $last, before: $before, filter: $filter) {\n      edges { cursor node { kind recordType recordId key tombstone } }\n      pageInfo { endCursor hasNextPage hasPreviousPage }\n    }\n  }\n"): (typeof documents)["\n  query Changes($after: String, $first: Int, $last: Int, $before: String, $filter: ChangeFilter) {\n    changes(after: $after, first: $first, last: $last, before: $before, filter: $filter) {\n      edges { cursor node { kind recordType recordId key tombstone } }\n      pageInfo { endCursor hasNextPage hasPreviousPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id version } } }\n  }\n"): (typeof documents)["\n  mutation FeedCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) { __typename ... on UpdateCompanyPayload { company { version } } }\n  }\n"): (typeof documents)["\n  mutation FeedUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) { __typename ... on UpdateCompanyPayload { company { version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedDeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } }\n  }\n"): (typeof documents)["\n  mutation FeedDeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedClaim { fundingRounds(filter: { company: \"openai\" }) { nodes { amountClaims { id } } } }"): (typeof documents)["query FeedClaim { fundingRounds(filter: { company: \"openai\" }) { nodes { amountClaims { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedOpenAI { company(slug: \"openai\") { id } }"): (typeof documents)["query FeedOpenAI { company(slug: \"openai\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveChanges($after: String, $filter: ChangeFilter) {\n    changes(after: $after, filter: $filter) { cursor kind recordType recordId key tombstone }\n  }\n"): (typeof documents)["\n  subscription LiveChanges($after: String, $filter: ChangeFilter) {\n    changes(after: $after, filter: $filter) { cursor kind recordType recordId key tombstone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedPage($after: String, $filter: ChangeFilter) {\n    changes(after: $after, first: 100, filter: $filter) {\n      edges { cursor node { cursor kind recordType recordId key tombstone } }\n      pageInfo { endCursor }\n    }\n  }\n"): (typeof documents)["\n  query FeedPage($after: String, $filter: ChangeFilter) {\n    changes(after: $after, first: 100, filter: $filter) {\n      edges { cursor node { cursor kind recordType recordId key tombstone } }\n      pageInfo { endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id slug } } }\n  }\n"): (typeof documents)["\n  mutation LiveCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { id slug } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClaimCitation($input: DeleteCitationInput!) {\n    deleteCitation(input: $input) {\n      __typename\n      ... on DeleteCitationPayload { deletedId }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteClaimCitation($input: DeleteCitationInput!) {\n    deleteCitation(input: $input) {\n      __typename\n      ... on DeleteCitationPayload { deletedId }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundCitations($id: ID!) { fundingRound(id: $id) { citations { id excerpt } } }\n"): (typeof documents)["\n  query RoundCitations($id: ID!) { fundingRound(id: $id) { citations { id excerpt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimErrorsCompany($slug: String!) { company(slug: $slug) { id } }"): (typeof documents)["query ClaimErrorsCompany($slug: String!) { company(slug: $slug) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClaimSource($input: AddSourceInput!) {\n    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation AddClaimSource($input: AddSourceInput!) {\n    addSource(input: $input) { __typename ... on AddSourcePayload { source { id } } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimFacts on Claim {\n    id property rank deprecationReason recordedBy\n    citations { excerpt source { title } }\n  }\n"): (typeof documents)["\n  fragment ClaimFacts on Claim {\n    id property rank deprecationReason recordedBy\n    citations { excerpt source { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClaimedCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClaimedCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundClaims on FundingRound {\n    id stage amount { amount currency } postMoneyValuation { amount } disputed\n    amountClaims { ...ClaimFacts value { amount currency } record { ... on FundingRound { id } } }\n    postMoneyValuationClaims { id rank value { amount } }\n    stageClaims { id rank value }\n    company { slug totalRaised { amount } latestValuation { amount } }\n  }\n"): (typeof documents)["\n  fragment RoundClaims on FundingRound {\n    id stage amount { amount currency } postMoneyValuation { amount } disputed\n    amountClaims { ...ClaimFacts value { amount currency } record { ... on FundingRound { id } } }\n    postMoneyValuationClaims { id rank value { amount } }\n    stageClaims { id rank value }\n    company { slug totalRaised { amount } latestValuation { amount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordClaimedRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordClaimedRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClaimedRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClaimedRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundWithClaims($id: ID!) { fundingRound(id: $id) { ...RoundClaims } }\n"): (typeof documents)["\n  query RoundWithClaims($id: ID!) { fundingRound(id: $id) { ...RoundClaims } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RankClaim($input: RankClaimInput!) {\n    rankClaim(input: $input) {\n      __typename\n      ... on RankClaimPayload { claim { ...ClaimFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RankClaim($input: RankClaimInput!) {\n    rankClaim(input: $input) {\n      __typename\n      ... on RankClaimPayload { claim { ...ClaimFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Disputes($filter: DisputeFilter, $first: Int, $after: String) {\n    disputes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        property\n        record { __typename ... on Node { id } }\n        claims {\n          ...ClaimFacts\n          ... on MoneyClaim { money: value { amount } }\n          ... on TextClaim { text: value }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Disputes($filter: DisputeFilter, $first: Int, $after: String) {\n    disputes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        property\n        record { __typename ... on Node { id } }\n        claims {\n          ...ClaimFacts\n          ... on MoneyClaim { money: value { amount } }\n          ... on TextClaim { text: value }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyClaims on Company {\n    kind description disputed\n    kindClaims { ...ClaimFacts value }\n    descriptionClaims { ...ClaimFacts value }\n  }\n"): (typeof documents)["\n  fragment CompanyClaims on Company {\n    kind description disputed\n    kindClaims { ...ClaimFacts value }\n    descriptionClaims { ...ClaimFacts value }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClaimedCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { ...CompanyClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClaimedCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { ...CompanyClaims } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonClaims on Person { bio disputed bioClaims { ...ClaimFacts value } }\n"): (typeof documents)["\n  fragment PersonClaims on Person { bio disputed bioClaims { ...ClaimFacts value } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClaimedPerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { __typename ... on CreatePersonPayload { person { ...PersonClaims } } }\n  }\n"): (typeof documents)["\n  mutation CreateClaimedPerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { __typename ... on CreatePersonPayload { person { ...PersonClaims } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClaimedPerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { __typename ... on UpdatePersonPayload { person { ...PersonClaims } } }\n  }\n"): (typeof documents)["\n  mutation UpdateClaimedPerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { __typename ... on UpdatePersonPayload { person { ...PersonClaims } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleClaims on Role {\n    id title until { label } disputed\n    untilClaims { ...ClaimFacts value { label } }\n    titleClaims { ...ClaimFacts value }\n  }\n"): (typeof documents)["\n  fragment RoleClaims on Role {\n    id title until { label } disputed\n    untilClaims { ...ClaimFacts value { label } }\n    titleClaims { ...ClaimFacts value }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClaimedRole($input: AddRoleInput!) {\n    addRole(input: $input) { __typename ... on AddRolePayload { role { ...RoleClaims } } }\n  }\n"): (typeof documents)["\n  mutation AddClaimedRole($input: AddRoleInput!) {\n    addRole(input: $input) { __typename ... on AddRolePayload { role { ...RoleClaims } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndClaimedRole($input: EndRoleInput!) {\n    endRole(input: $input) { __typename ... on EndRolePayload { role { ...RoleClaims } } }\n  }\n"): (typeof documents)["\n  mutation EndClaimedRole($input: EndRoleInput!) {\n    endRole(input: $input) { __typename ... on EndRolePayload { role { ...RoleClaims } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordClaimedQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload {\n        quote {\n          text form saidOn { label } disputed\n          textClaims { ...ClaimFacts value }\n          formClaims { ...ClaimFacts value }\n          saidOnClaims { ...ClaimFacts value { label } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordClaimedQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload {\n        quote {\n          text form saidOn { label } disputed\n          textClaims { ...ClaimFacts value }\n          formClaims { ...ClaimFacts value }\n          saidOnClaims { ...ClaimFacts value { label } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LookupsBySlug {\n          openai: company(slug: \"openai\") { name kind }\n          altman: person(slug: \"sam-altman\") { name bio }\n          nobody: company(slug: \"no-such-company\") { name }\n          noone: person(slug: \"no-such-person\") { name }\n        }\n      "): (typeof documents)["\n        query LookupsBySlug {\n          openai: company(slug: \"openai\") { name kind }\n          altman: person(slug: \"sam-altman\") { name bio }\n          nobody: company(slug: \"no-such-company\") { name }\n          noone: person(slug: \"no-such-person\") { name }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CompanyFilters {\n          investors: companies(filter: { kind: [INVESTOR] }) { totalCount nodes { slug } }\n          universities: companies(filter: { kind: [UNIVERSITY, CORPORATION] }) { nodes { slug } }\n          chinese: companies(filter: { country: \"CN\" }) { totalCount nodes { slug } }\n          named: companies(filter: { name: \"HUGGING\" }) { nodes { slug } }\n          alias: companies(filter: { name: \"artificial intel\" }) { nodes { slug } }\n          combined: companies(filter: { kind: [STARTUP], country: \"US\" }) { nodes { slug } }\n          none: companies(filter: { name: \"zzz\" }) { totalCount nodes { slug } }\n        }\n      "): (typeof documents)["\n        query CompanyFilters {\n          investors: companies(filter: { kind: [INVESTOR] }) { totalCount nodes { slug } }\n          universities: companies(filter: { kind: [UNIVERSITY, CORPORATION] }) { nodes { slug } }\n          chinese: companies(filter: { country: \"CN\" }) { totalCount nodes { slug } }\n          named: companies(filter: { name: \"HUGGING\" }) { nodes { slug } }\n          alias: companies(filter: { name: \"artificial intel\" }) { nodes { slug } }\n          combined: companies(filter: { kind: [STARTUP], country: \"US\" }) { nodes { slug } }\n          none: companies(filter: { name: \"zzz\" }) { totalCount nodes { slug } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CompaniesByName {\n          asc: companies(first: 3) { nodes { slug } }\n          desc: companies(first: 3, orderBy: NAME_DESC) { nodes { slug } }\n        }\n      "): (typeof documents)["\n        query CompaniesByName {\n          asc: companies(first: 3) { nodes { slug } }\n          desc: companies(first: 3, orderBy: NAME_DESC) { nodes { slug } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AcmeFacts {\n          company(slug: \"acme-ai\") {\n            totalRaised { amount currency amountUsd }\n            latestValuation { amount currency amountUsd }\n            foundedOn { date precision label }\n            website\n            aliases\n            fundingRounds { nodes { stage announcedOn { label precision } closedOn { label } } }\n          }\n        }\n      "): (typeof documents)["\n        query AcmeFacts {\n          company(slug: \"acme-ai\") {\n            totalRaised { amount currency amountUsd }\n            latestValuation { amount currency amountUsd }\n            foundedOn { date precision label }\n            website\n            aliases\n            fundingRounds { nodes { stage announcedOn { label precision } closedOn { label } } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InvestmentsOfCompanyAndPerson {\n          company(slug: \"beta-ventures\") {\n            all: investments(first: 1) { totalCount }\n            newest: investments(first: 3) { nodes { round { stage announcedOn { date } company { slug } } } }\n            led: investments(lead: true) { totalCount }\n            followed: investments(lead: false) { totalCount }\n            people { totalCount nodes { title since { label } until { label } person { slug } } }\n          }\n          person(slug: \"pat-investor\") {\n            investments { nodes { isLead investor { ... on Person { slug } } round { company { slug } } } }\n          }\n        }\n      "): (typeof documents)["\n        query InvestmentsOfCompanyAndPerson {\n          company(slug: \"beta-ventures\") {\n            all: investments(first: 1) { totalCount }\n            newest: investments(first: 3) { nodes { round { stage announcedOn { date } company { slug } } } }\n            led: investments(lead: true) { totalCount }\n            followed: investments(lead: false) { totalCount }\n            people { totalCount nodes { title since { label } until { label } person { slug } } }\n          }\n          person(slug: \"pat-investor\") {\n            investments { nodes { isLead investor { ... on Person { slug } } round { company { slug } } } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug name kind country aliases version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug name kind country aliases version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload {\n        company {\n          slug name description version disputed\n          descriptionClaims { value rank recordedBy citations { excerpt } }\n        }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload {\n        company {\n          slug name description version disputed\n          descriptionClaims { value rank recordedBy citations { excerpt } }\n        }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyNamed($slug: String!) {\n    company(slug: $slug) { name version }\n  }\n"): (typeof documents)["\n  query CompanyNamed($slug: String!) {\n    company(slug: $slug) { name version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundClaims($id: ID!) {\n    fundingRound(id: $id) {\n      stage\n      amount { amount amountUsd }\n      postMoneyValuation { amount }\n      announcedOn { date precision }\n      disputed\n      amountClaims { value { amount amountUsd } rank citations { excerpt } }\n      postMoneyValuationClaims { value { amount } rank }\n      announcedOnClaims { value { date } rank deprecationReason recordedAt }\n      stageClaims { value rank citations { excerpt } }\n      investorsClaims { value { investor { ... on Company { slug } } isLead } citations { excerpt } }\n      leadInvestors { ... on Company { slug } }\n    }\n  }\n"): (typeof documents)["\n  query RoundClaims($id: ID!) {\n    fundingRound(id: $id) {\n      stage\n      amount { amount amountUsd }\n      postMoneyValuation { amount }\n      announcedOn { date precision }\n      disputed\n      amountClaims { value { amount amountUsd } rank citations { excerpt } }\n      postMoneyValuationClaims { value { amount } rank }\n      announcedOnClaims { value { date } rank deprecationReason recordedAt }\n      stageClaims { value rank citations { excerpt } }\n      investorsClaims { value { investor { ... on Company { slug } } isLead } citations { excerpt } }\n      leadInvestors { ... on Company { slug } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VersionOneClaims {\n          bolt: company(slug: \"bolt\") {\n            kind country disputed\n            kindClaims { value rank citations { excerpt } }\n            countryClaims { value rank citations { excerpt } }\n          }\n          volt: company(slug: \"volt\") { country countryClaims { value } }\n        }\n      "): (typeof documents)["\n        query VersionOneClaims {\n          bolt: company(slug: \"bolt\") {\n            kind country disputed\n            kindClaims { value rank citations { excerpt } }\n            countryClaims { value rank citations { excerpt } }\n          }\n          volt: company(slug: \"volt\") { country countryClaims { value } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitedIn on Citation { excerpt source { title kind } }\n"): (typeof documents)["\n  fragment CitedIn on Citation { excerpt source { title kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeededOpenAIRound {\n          company(slug: \"openai\") {\n            name\n            fundingRounds { totalCount nodes {\n              stage status\n              amount { amount currency amountUsd }\n              preMoneyValuation { amount }\n              postMoneyValuation { amount currency amountUsd }\n              leadInvestors { __typename ... on Company { slug name } }\n              investors { __typename ... on Company { slug } }\n              citations { ...CitedIn }\n            } }\n            totalRaised { amount }\n            latestValuation { amount }\n          }\n        }\n      "): (typeof documents)["\n        query SeededOpenAIRound {\n          company(slug: \"openai\") {\n            name\n            fundingRounds { totalCount nodes {\n              stage status\n              amount { amount currency amountUsd }\n              preMoneyValuation { amount }\n              postMoneyValuation { amount currency amountUsd }\n              leadInvestors { __typename ... on Company { slug name } }\n              investors { __typename ... on Company { slug } }\n              citations { ...CitedIn }\n            } }\n            totalRaised { amount }\n            latestValuation { amount }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeededCompaniesAndPeople {\n          companies(first: 100) { totalCount nodes { slug name kind country } }\n          people(first: 100) { totalCount nodes { slug name roles { title company { slug } } } }\n        }\n      "): (typeof documents)["\n        query SeededCompaniesAndPeople {\n          companies(first: 100) { totalCount nodes { slug name kind country } }\n          people(first: 100) { totalCount nodes { slug name roles { title company { slug } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeededMarcusQuotes {\n          person(slug: \"gary-marcus\") {\n            quotes { nodes { text form attribution speaker { slug } about { slug } citations { ...CitedIn } } }\n          }\n        }\n      "): (typeof documents)["\n        query SeededMarcusQuotes {\n          person(slug: \"gary-marcus\") {\n            quotes { nodes { text form attribution speaker { slug } about { slug } citations { ...CitedIn } } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeededAltmanParaphrases {\n          quotes(filter: { speaker: \"sam-altman\", form: PARAPHRASE }, first: 10) { nodes { text form } }\n        }\n      "): (typeof documents)["\n        query SeededAltmanParaphrases {\n          quotes(filter: { speaker: \"sam-altman\", form: PARAPHRASE }, first: 10) { nodes { text form } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeededHuggingFaceQuotes {\n          company(slug: \"hugging-face\") {\n            quotes { totalCount nodes { form speaker { slug } attribution attributedTo { slug } about { slug } } }\n          }\n        }\n      "): (typeof documents)["\n        query SeededHuggingFaceQuotes {\n          company(slug: \"hugging-face\") {\n            quotes { totalCount nodes { form speaker { slug } attribution attributedTo { slug } about { slug } } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeededCitations {\n          companies(first: 100) { nodes { slug citations { excerpt } people { nodes { title citations { excerpt } } } } }\n          people(first: 100) { nodes { slug citations { excerpt } } }\n          quotes(first: 100) { totalCount nodes { text citations { excerpt } } }\n          fundingRounds(first: 100) { nodes { id citations { excerpt } } }\n        }\n      "): (typeof documents)["\n        query SeededCitations {\n          companies(first: 100) { nodes { slug citations { excerpt } people { nodes { title citations { excerpt } } } } }\n          people(first: 100) { nodes { slug citations { excerpt } } }\n          quotes(first: 100) { totalCount nodes { text citations { excerpt } } }\n          fundingRounds(first: 100) { nodes { id citations { excerpt } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeededClaims {\n          deepseek: company(slug: \"deepseek\") {\n            countryClaims { value citations { excerpt } }\n            descriptionClaims { citations { excerpt } }\n            disputed\n          }\n          openai: company(slug: \"openai\") {\n            fundingRounds { nodes {\n              amountClaims { value { amount } rank citations { excerpt } }\n              investorsClaims { citations { excerpt } }\n              citations { excerpt }\n              disputed\n            } }\n          }\n        }\n      "): (typeof documents)["\n        query SeededClaims {\n          deepseek: company(slug: \"deepseek\") {\n            countryClaims { value citations { excerpt } }\n            descriptionClaims { citations { excerpt } }\n            disputed\n          }\n          openai: company(slug: \"openai\") {\n            fundingRounds { nodes {\n              amountClaims { value { amount } rank citations { excerpt } }\n              investorsClaims { citations { excerpt } }\n              citations { excerpt }\n              disputed\n            } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealStatusRound { fundingRounds { nodes { id } } }"): (typeof documents)["query DealStatusRound { fundingRounds { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload {\n        round { status announcedOn { label } }\n        change { status on { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload {\n        round { status announcedOn { label } }\n        change { status on { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealStatusHistory($id: ID!) {\n    fundingRound(id: $id) {\n      status\n      statusHistory { status on { label } citations { excerpt source { title } } }\n      company { totalRaised { amount } }\n    }\n  }\n"): (typeof documents)["\n  query DealStatusHistory($id: ID!) {\n    fundingRound(id: $id) {\n      status\n      statusHistory { status on { label } citations { excerpt source { title } } }\n      company { totalRaised { amount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundFacts on FundingRound {\n    id version stage status amount { amount currency } postMoneyValuation { amount } disputed\n    announcedOn { label } closedOn { label }\n    investors { ... on Company { slug } ... on Person { slug } }\n    leadInvestors { ... on Company { slug } ... on Person { slug } }\n    statusHistory { status on { label } citations { excerpt } }\n    citations { excerpt }\n    company { slug totalRaised { amount } }\n  }\n"): (typeof documents)["\n  fragment RoundFacts on FundingRound {\n    id version stage status amount { amount currency } postMoneyValuation { amount } disputed\n    announcedOn { label } closedOn { label }\n    investors { ... on Company { slug } ... on Person { slug } }\n    leadInvestors { ... on Company { slug } ... on Person { slug } }\n    statusHistory { status on { label } citations { excerpt } }\n    citations { excerpt }\n    company { slug totalRaised { amount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFundingRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFundingRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingRoundById($id: ID!) {\n    fundingRound(id: $id) { status company { slug } }\n  }\n"): (typeof documents)["\n  query FundingRoundById($id: ID!) {\n    fundingRound(id: $id) { status company { slug } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenAIRounds { fundingRounds(filter: { company: \"openai\" }) { nodes { id status } } }"): (typeof documents)["query OpenAIRounds { fundingRounds(filter: { company: \"openai\" }) { nodes { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenAIId { company(slug: \"openai\") { id } }"): (typeof documents)["query OpenAIId { company(slug: \"openai\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RoundOrderings {\n          newest: fundingRounds(first: 2) { nodes { stage company { slug } } }\n          oldest: fundingRounds(first: 1, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          undatedLast: fundingRounds(first: 100, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          bySlug: companies(first: 2, orderBy: SLUG_ASC) { nodes { slug } }\n          titles: sources(orderBy: TITLE_DESC) { nodes { title } }\n        }\n      "): (typeof documents)["\n        query RoundOrderings {\n          newest: fundingRounds(first: 2) { nodes { stage company { slug } } }\n          oldest: fundingRounds(first: 1, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          undatedLast: fundingRounds(first: 100, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          bySlug: companies(first: 2, orderBy: SLUG_ASC) { nodes { slug } }\n          titles: sources(orderBy: TITLE_DESC) { nodes { title } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RoundFilters {\n          acme: fundingRounds(filter: { company: \"acme-ai\" }) { totalCount nodes { stage } }\n          softbank: fundingRounds(filter: { investor: \"softbank-group\" }) { nodes { company { slug } } }\n          pat: fundingRounds(filter: { investor: \"pat-investor\" }) { nodes { stage company { slug } } }\n          news: fundingRounds(filter: { status: [RUMORED, IN_NEGOTIATION] }) { totalCount }\n          seriesA: fundingRounds(filter: { stage: [SERIES_A] }) { nodes { amount { amount currency amountUsd } } }\n          in2024: fundingRounds(filter: { announcedFrom: \"2024-01-01\", announcedTo: \"2024-12-31\" }) { nodes { stage } }\n          big: fundingRounds(filter: { minAmountUsd: \"10500000\" }, orderBy: AMOUNT_USD_DESC) {\n            nodes { amount { amountUsd } }\n          }\n        }\n      "): (typeof documents)["\n        query RoundFilters {\n          acme: fundingRounds(filter: { company: \"acme-ai\" }) { totalCount nodes { stage } }\n          softbank: fundingRounds(filter: { investor: \"softbank-group\" }) { nodes { company { slug } } }\n          pat: fundingRounds(filter: { investor: \"pat-investor\" }) { nodes { stage company { slug } } }\n          news: fundingRounds(filter: { status: [RUMORED, IN_NEGOTIATION] }) { totalCount }\n          seriesA: fundingRounds(filter: { stage: [SERIES_A] }) { nodes { amount { amount currency amountUsd } } }\n          in2024: fundingRounds(filter: { announcedFrom: \"2024-01-01\", announcedTo: \"2024-12-31\" }) { nodes { stage } }\n          big: fundingRounds(filter: { minAmountUsd: \"10500000\" }, orderBy: AMOUNT_USD_DESC) {\n            nodes { amount { amountUsd } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NegativeFloor { fundingRounds(filter: { minAmountUsd: \"-5\" }) { totalCount } }"): (typeof documents)["query NegativeFloor { fundingRounds(filter: { minAmountUsd: \"-5\" }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeededSources { sources { nodes { id } } }"): (typeof documents)["query SeededSources { sources { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on CreatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on CreatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UpdatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UpdatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRole($input: AddRoleInput!) {\n    addRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on AddRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddRole($input: AddRoleInput!) {\n    addRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on AddRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on EndRolePayload {\n        role {\n          id title person { slug } company { slug } since { label } until { label } citations { excerpt }\n          untilClaims { value { label } citations { excerpt } }\n          disputed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on EndRolePayload {\n        role {\n          id title person { slug } company { slug } since { label } until { label } citations { excerpt }\n          untilClaims { value { label } citations { excerpt } }\n          disputed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PeopleFilters {\n          openai: people(filter: { company: \"openai\" }) { totalCount nodes { slug } }\n          nyu: people(filter: { company: \"new-york-university\" }) { nodes { slug roles { title } } }\n          all: people { totalCount }\n        }\n      "): (typeof documents)["\n        query PeopleFilters {\n          openai: people(filter: { company: \"openai\" }) { totalCount nodes { slug } }\n          nyu: people(filter: { company: \"new-york-university\" }) { nodes { slug roles { title } } }\n          all: people { totalCount }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QuoteFilters {\n          marcus: quotes(filter: { speaker: \"gary-marcus\" }) { totalCount }\n          altman: quotes(filter: { speaker: \"sam-altman\" }) { totalCount }\n          hf: quotes(filter: { attributedTo: \"hugging-face\" }) { totalCount nodes { speaker { slug } } }\n          aboutDeepseek: quotes(filter: { about: \"deepseek\" }) { totalCount }\n          verbatim: quotes(filter: { form: VERBATIM }) { nodes { attribution } }\n          marcusAboutOpenai: quotes(filter: { speaker: \"gary-marcus\", about: \"openai\" }) { totalCount }\n          dated: quotes(filter: { saidFrom: \"2020-01-01\" }) { totalCount }\n        }\n      "): (typeof documents)["\n        query QuoteFilters {\n          marcus: quotes(filter: { speaker: \"gary-marcus\" }) { totalCount }\n          altman: quotes(filter: { speaker: \"sam-altman\" }) { totalCount }\n          hf: quotes(filter: { attributedTo: \"hugging-face\" }) { totalCount nodes { speaker { slug } } }\n          aboutDeepseek: quotes(filter: { about: \"deepseek\" }) { totalCount }\n          verbatim: quotes(filter: { form: VERBATIM }) { nodes { attribution } }\n          marcusAboutOpenai: quotes(filter: { speaker: \"gary-marcus\", about: \"openai\" }) { totalCount }\n          dated: quotes(filter: { saidFrom: \"2020-01-01\" }) { totalCount }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QuotesByDate {\n          in2024: quotes(filter: { saidFrom: \"2024-01-01\", saidTo: \"2024-12-31\" }) { nodes { text saidOn { label } } }\n          newest: quotes(first: 3) { nodes { text } }\n          oldest: quotes(first: 3, orderBy: SAID_ON_ASC) { nodes { text } }\n          all: quotes(first: 100, orderBy: SAID_ON_ASC) { nodes { saidOn { date } } }\n          pat: person(slug: \"pat-investor\") { quotes { nodes { text } } }\n        }\n      "): (typeof documents)["\n        query QuotesByDate {\n          in2024: quotes(filter: { saidFrom: \"2024-01-01\", saidTo: \"2024-12-31\" }) { nodes { text saidOn { label } } }\n          newest: quotes(first: 3) { nodes { text } }\n          oldest: quotes(first: 3, orderBy: SAID_ON_ASC) { nodes { text } }\n          all: quotes(first: 100, orderBy: SAID_ON_ASC) { nodes { saidOn { date } } }\n          pat: person(slug: \"pat-investor\") { quotes { nodes { text } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload {\n        quote { id text form attribution speaker { slug } attributedTo { slug } about { slug } saidOn { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload {\n        quote { id text form attribution speaker { slug } attributedTo { slug } about { slug } saidOn { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMany($q: String!, $first: Int, $after: String) {\n    search(query: $q, first: $first, after: $after) {\n      totalCount\n      edges { score node { __typename ... on Company { slug } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SearchMany($q: String!, $first: Int, $after: String) {\n    search(query: $q, first: $first, after: $after) {\n      totalCount\n      edges { score node { __typename ... on Company { slug } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($q: String!) {\n    search(query: $q) { totalCount edges { score node {\n      __typename ... on Company { slug } ... on Person { slug } ... on Quote { text }\n    } } }\n  }\n"): (typeof documents)["\n  query Search($q: String!) {\n    search(query: $q) { totalCount edges { score node {\n      __typename ... on Company { slug } ... on Person { slug } ... on Quote { text }\n    } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlankSearch { search(query: \" \") { totalCount } }"): (typeof documents)["query BlankSearch { search(query: \" \") { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation DeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePerson($input: DeletePersonInput!) {\n    deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation DeletePerson($input: DeletePersonInput!) {\n    deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) { __typename ... on DeleteRolePayload { deletedId } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation DeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) { __typename ... on DeleteRolePayload { deletedId } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuote($input: DeleteQuoteInput!) {\n    deleteQuote(input: $input) { __typename ... on DeleteQuotePayload { deletedId } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation DeleteQuote($input: DeleteQuoteInput!) {\n    deleteQuote(input: $input) { __typename ... on DeleteQuotePayload { deletedId } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFundingRound($input: DeleteFundingRoundInput!) {\n    deleteFundingRound(input: $input) {\n      __typename ... on DeleteFundingRoundPayload { deletedId } ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteFundingRound($input: DeleteFundingRoundInput!) {\n    deleteFundingRound(input: $input) {\n      __typename ... on DeleteFundingRoundPayload { deletedId } ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSource($input: DeleteSourceInput!) {\n    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedId } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation DeleteSource($input: DeleteSourceInput!) {\n    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedId } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCitation($input: DeleteCitationInput!) {\n    deleteCitation(input: $input) { __typename ... on DeleteCitationPayload { deletedId } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation DeleteCitation($input: DeleteCitationInput!) {\n    deleteCitation(input: $input) { __typename ... on DeleteCitationPayload { deletedId } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttributedQuote($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation RecordAttributedQuote($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUncitedSource($input: AddSourceInput!) { addSource(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AddUncitedSource($input: AddSourceInput!) { addSource(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiteAgain($input: AddCitationInput!) { addCitation(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation CiteAgain($input: AddCitationInput!) { addCitation(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeepSeekId { company(slug: \"deepseek\") { id } }"): (typeof documents)["query DeepSeekId { company(slug: \"deepseek\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptQuote($id: ID!) { node(id: $id) { ... on Quote { text attribution } } }\n"): (typeof documents)["\n  query KeptQuote($id: ID!) { node(id: $id) { ... on Quote { text attribution } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TooLargeFirst { companies(first: 101) { totalCount } }"): (typeof documents)["query TooLargeFirst { companies(first: 101) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TooLargeLast { fundingRounds(last: 500) { totalCount } }"): (typeof documents)["query TooLargeLast { fundingRounds(last: 500) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NegativeFirst { people(first: -1) { totalCount } }"): (typeof documents)["query NegativeFirst { people(first: -1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TooLargeNested { company(slug: \"openai\") { quotesAbout(first: 1000) { totalCount } } }"): (typeof documents)["query TooLargeNested { company(slug: \"openai\") { quotesAbout(first: 1000) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownCursor { companies(after: \"not-a-cursor\") { nodes { slug } } }"): (typeof documents)["query UnknownCursor { companies(after: \"not-a-cursor\") { nodes { slug } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstAndLast { companies(first: 1, last: 1) { nodes { slug } } }"): (typeof documents)["query FirstAndLast { companies(first: 1, last: 1) { nodes { slug } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OneOfEveryKind {\n          company(slug: \"openai\") {\n            id\n            people { nodes { id person { id } } }\n            fundingRounds { nodes { id investments { id } citations { id source { id } } } }\n            quotesAbout { nodes { id } }\n          }\n        }\n      "): (typeof documents)["\n        query OneOfEveryKind {\n          company(slug: \"openai\") {\n            id\n            people { nodes { id person { id } } }\n            fundingRounds { nodes { id investments { id } citations { id source { id } } } }\n            quotesAbout { nodes { id } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NodesByIds($ids: [ID!]!) {\n          nodes(ids: $ids) { __typename id }\n        }\n      "): (typeof documents)["\n        query NodesByIds($ids: [ID!]!) {\n          nodes(ids: $ids) { __typename id }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenAIGlobalId { company(slug: \"openai\") { id } }"): (typeof documents)["query OpenAIGlobalId { company(slug: \"openai\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MissingNodes($missing: ID!, $company: ID!, $round: ID!) {\n          node(id: $missing) { id }\n          nodes(ids: [$company, $missing]) { id }\n          fundingRound(id: $round) { id }\n        }\n      "): (typeof documents)["\n        query MissingNodes($missing: ID!, $company: ID!, $round: ID!) {\n          node(id: $missing) { id }\n          nodes(ids: [$company, $missing]) { id }\n          fundingRound(id: $round) { id }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageOfIds on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n"): (typeof documents)["\n  fragment PageOfIds on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PageCompanies($first: Int, $after: String, $last: Int, $before: String) {\n          companies(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "): (typeof documents)["\n        query PageCompanies($first: Int, $after: String, $last: Int, $before: String) {\n          companies(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PageCompaniesByName($first: Int, $after: String, $last: Int, $before: String) {\n          companies(orderBy: NAME_DESC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "): (typeof documents)["\n        query PageCompaniesByName($first: Int, $after: String, $last: Int, $before: String) {\n          companies(orderBy: NAME_DESC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PageFundingRounds($first: Int, $after: String, $last: Int, $before: String) {\n          fundingRounds(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "): (typeof documents)["\n        query PageFundingRounds($first: Int, $after: String, $last: Int, $before: String) {\n          fundingRounds(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PageFundingRoundsByAmount($first: Int, $after: String, $last: Int, $before: String) {\n          fundingRounds(orderBy: AMOUNT_USD_DESC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "): (typeof documents)["\n        query PageFundingRoundsByAmount($first: Int, $after: String, $last: Int, $before: String) {\n          fundingRounds(orderBy: AMOUNT_USD_DESC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PageQuotes($first: Int, $after: String, $last: Int, $before: String) {\n          quotes(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "): (typeof documents)["\n        query PageQuotes($first: Int, $after: String, $last: Int, $before: String) {\n          quotes(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PageQuotesOldestFirst($first: Int, $after: String, $last: Int, $before: String) {\n          quotes(orderBy: SAID_ON_ASC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "): (typeof documents)["\n        query PageQuotesOldestFirst($first: Int, $after: String, $last: Int, $before: String) {\n          quotes(orderBy: SAID_ON_ASC, first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PagePeople($first: Int, $after: String, $last: Int, $before: String) {\n          people(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "): (typeof documents)["\n        query PagePeople($first: Int, $after: String, $last: Int, $before: String) {\n          people(first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { id } } pageInfo { ...PageOfIds }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PageInvestments($first: Int, $after: String, $last: Int, $before: String) {\n          company(slug: \"beta-ventures\") {\n            investments(first: $first, after: $after, last: $last, before: $before) {\n              edges { cursor node { id } } pageInfo { ...PageOfIds }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PageInvestments($first: Int, $after: String, $last: Int, $before: String) {\n          company(slug: \"beta-ventures\") {\n            investments(first: $first, after: $after, last: $last, before: $before) {\n              edges { cursor node { id } } pageInfo { ...PageOfIds }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PageSearchResults($first: Int, $after: String, $last: Int, $before: String) {\n          search(query: \"filler\", first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { ... on Node { id } } } pageInfo { ...PageOfIds }\n          }\n        }\n      "): (typeof documents)["\n        query PageSearchResults($first: Int, $after: String, $last: Int, $before: String) {\n          search(query: \"filler\", first: $first, after: $after, last: $last, before: $before) {\n            edges { cursor node { ... on Node { id } } } pageInfo { ...PageOfIds }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageSizes { a: companies { nodes { slug } } b: companies(first: 100) { nodes { slug } } }"): (typeof documents)["query PageSizes { a: companies { nodes { slug } } b: companies(first: 100) { nodes { slug } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RoundTotals {\n          first: fundingRounds(first: 2) { totalCount pageInfo { endCursor } }\n          filtered: fundingRounds(first: 1, filter: { company: \"acme-ai\" }) { totalCount }\n        }\n      "): (typeof documents)["\n        query RoundTotals {\n          first: fundingRounds(first: 2) { totalCount pageInfo { endCursor } }\n          filtered: fundingRounds(first: 1, filter: { company: \"acme-ai\" }) { totalCount }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextRoundTotal($after: String) { fundingRounds(first: 2, after: $after) { totalCount } }"): (typeof documents)["query NextRoundTotal($after: String) { fundingRounds(first: 2, after: $after) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { headquarters version } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"): (typeof documents)["\n  mutation RaceUpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { headquarters version } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n    }\n  }\n"): (typeof documents)["\n  mutation RaceCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceAddSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      __typename\n      ... on AddSourcePayload { source { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation RaceAddSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      __typename\n      ... on AddSourcePayload { source { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceRecordQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload { quote { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation RaceRecordQuote($input: RecordQuoteInput!) {\n    recordQuote(input: $input) {\n      __typename\n      ... on RecordQuotePayload { quote { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceAddCitation($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      __typename\n      ... on AddCitationPayload { citation { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation RaceAddCitation($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      __typename\n      ... on AddCitationPayload { citation { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload { round { status version } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"): (typeof documents)["\n  mutation RaceChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload { round { status version } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaceSeeded {\n    company(slug: \"openai\") { id version }\n    sources { nodes { id } }\n    fundingRounds(filter: { company: \"openai\" }) { nodes { id version } }\n  }\n"): (typeof documents)["\n  query RaceSeeded {\n    company(slug: \"openai\") { id version }\n    sources { nodes { id } }\n    fundingRounds(filter: { company: \"openai\" }) { nodes { id version } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaceStatusHistory($id: ID!) {\n    fundingRound(id: $id) { statusHistory { status } }\n  }\n"): (typeof documents)["\n  query RaceStatusHistory($id: ID!) {\n    fundingRound(id: $id) { statusHistory { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaceRoundAmount($id: ID!) {\n    fundingRound(id: $id) { amount { amount } amountClaims { value { amount } citations { excerpt } } disputed }\n  }\n"): (typeof documents)["\n  query RaceRoundAmount($id: ID!) {\n    fundingRound(id: $id) { amount { amount } amountClaims { value { amount } citations { excerpt } } disputed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaceQuoteCitations($id: ID!) {\n    node(id: $id) { ... on Quote { citations { excerpt } } }\n  }\n"): (typeof documents)["\n  query RaceQuoteCitations($id: ID!) {\n    node(id: $id) { ... on Quote { citations { excerpt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompaniesGraph($first: Int!) {\n    companies(first: $first) {\n      totalCount\n      nodes {\n        name\n        totalRaised { amount }\n        latestValuation { amount }\n        fundingRounds(first: 5) {\n          totalCount\n          nodes {\n            status\n            amount { amount currency }\n            leadInvestors { __typename }\n            investors {\n              __typename\n              ... on Company {\n                name\n                investments(first: 20) {\n                  totalCount\n                  nodes { isLead round { stage company { name } } }\n                }\n              }\n              ... on Person { name }\n            }\n            citations { excerpt source { title } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompaniesGraph($first: Int!) {\n    companies(first: $first) {\n      totalCount\n      nodes {\n        name\n        totalRaised { amount }\n        latestValuation { amount }\n        fundingRounds(first: 5) {\n          totalCount\n          nodes {\n            status\n            amount { amount currency }\n            leadInvestors { __typename }\n            investors {\n              __typename\n              ... on Company {\n                name\n                investments(first: 20) {\n                  totalCount\n                  nodes { isLead round { stage company { name } } }\n                }\n              }\n              ... on Person { name }\n            }\n            citations { excerpt source { title } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CompaniesGraphWithClaims($first: Int!) {\n        companies(first: $first) {\n          totalCount\n          nodes {\n            name\n            totalRaised { amount }\n            latestValuation { amount }\n            fundingRounds(first: 5) {\n              totalCount\n              nodes {\n                status\n                amount { amount currency }\n                amountClaims { value { amount } rank citations { excerpt source { title } } }\n                company { descriptionClaims { value } }\n                leadInvestors { __typename }\n                investors {\n                  __typename\n                  ... on Company {\n                    name\n                    investments(first: 20) {\n                      totalCount\n                      nodes { isLead round { stage company { name } } }\n                    }\n                  }\n                  ... on Person { name }\n                }\n                citations { excerpt source { title } }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CompaniesGraphWithClaims($first: Int!) {\n        companies(first: $first) {\n          totalCount\n          nodes {\n            name\n            totalRaised { amount }\n            latestValuation { amount }\n            fundingRounds(first: 5) {\n              totalCount\n              nodes {\n                status\n                amount { amount currency }\n                amountClaims { value { amount } rank citations { excerpt source { title } } }\n                company { descriptionClaims { value } }\n                leadInvestors { __typename }\n                investors {\n                  __typename\n                  ... on Company {\n                    name\n                    investments(first: 20) {\n                      totalCount\n                      nodes { isLead round { stage company { name } } }\n                    }\n                  }\n                  ... on Person { name }\n                }\n                citations { excerpt source { title } }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThirtyCompanies { companies(first: 30) { nodes { id } } }"): (typeof documents)["query ThirtyCompanies { companies(first: 30) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CompanyNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { ... on Company { name fundingRounds { nodes { investors { __typename } } } } }\n      }\n    "): (typeof documents)["\n      query CompanyNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { ... on Company { name fundingRounds { nodes { investors { __typename } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SearchGraph($first: Int!) {\n        search(query: \"filler\", first: $first) {\n          totalCount\n          nodes { ... on Company { name fundingRounds { nodes { investors { ... on Company { name } } } } } }\n        }\n      }\n    "): (typeof documents)["\n      query SearchGraph($first: Int!) {\n        search(query: \"filler\", first: $first) {\n          totalCount\n          nodes { ... on Company { name fundingRounds { nodes { investors { ... on Company { name } } } } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMistral {\n    createCompany(input: { slug: \"mistral-ai\", name: \"Mistral AI\", kind: STARTUP, country: \"FR\" }) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMistral {\n    createCompany(input: { slug: \"mistral-ai\", name: \"Mistral AI\", kind: STARTUP, country: \"FR\" }) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTextSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      __typename\n      ... on AddSourcePayload { source { id text contentSha256 retrievedAt archiveUrl } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTextSource($input: AddSourceInput!) {\n    addSource(input: $input) {\n      __typename\n      ... on AddSourcePayload { source { id text contentSha256 retrievedAt archiveUrl } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiteText($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      __typename\n      ... on AddCitationPayload { citation { excerpt selector { exact prefix suffix start end } } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CiteText($input: AddCitationInput!) {\n    addCitation(input: $input) {\n      __typename\n      ... on AddCitationPayload { citation { excerpt selector { exact prefix suffix start end } } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededSelectors {\n    sources {\n      nodes {\n        title\n        contentSha256\n        text\n        citations(first: 100) { nodes { excerpt selector { exact prefix suffix start end } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeededSelectors {\n    sources {\n      nodes {\n        title\n        contentSha256\n        text\n        citations(first: 100) { nodes { excerpt selector { exact prefix suffix start end } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SourceList {\n          sources { totalCount nodes { title kind publisher url publishedAt citations(first: 1) { totalCount } } }\n          articles: sources(filter: { kind: ARTICLE }) { totalCount }\n          papers: sources(filter: { kind: PAPER }) { totalCount }\n        }\n      "): (typeof documents)["\n        query SourceList {\n          sources { totalCount nodes { title kind publisher url publishedAt citations(first: 1) { totalCount } } }\n          articles: sources(filter: { kind: ARTICLE }) { totalCount }\n          papers: sources(filter: { kind: PAPER }) { totalCount }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddSource($input: AddSourceInput!) {\n      addSource(input: $input) {\n        __typename\n        ... on AddSourcePayload { source { id title kind publisher url publishedAt } }\n        ... on UserError { message }\n        ... on ValidationError { issues { path message } }\n      }\n    }\n  "): (typeof documents)["\n    mutation AddSource($input: AddSourceInput!) {\n      addSource(input: $input) {\n        __typename\n        ... on AddSourcePayload { source { id title kind publisher url publishedAt } }\n        ... on UserError { message }\n        ... on ValidationError { issues { path message } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteNewSource($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }"): (typeof documents)["mutation QuoteNewSource($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddCitation($input: AddCitationInput!) {\n      addCitation(input: $input) {\n        __typename\n        ... on AddCitationPayload { citation { id excerpt source { title } } }\n        ... on UserError { message }\n        ... on ValidationError { issues { path message } }\n      }\n    }\n  "): (typeof documents)["\n    mutation AddCitation($input: AddCitationInput!) {\n      addCitation(input: $input) {\n        __typename\n        ... on AddCitationPayload { citation { id excerpt source { title } } }\n        ... on UserError { message }\n        ... on ValidationError { issues { path message } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DeepSeekCitations { company(slug: \"deepseek\") { id citations { excerpt } } }\n  "): (typeof documents)["\n    query DeepSeekCitations { company(slug: \"deepseek\") { id citations { excerpt } } }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;