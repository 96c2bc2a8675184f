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
    "\n  mutation AuditedCreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { __typename } }\n": typeof types.AuditedCreateCompanyDocument,
    "\n  mutation AuditedUpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { __typename } }\n": typeof types.AuditedUpdateCompanyDocument,
    "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 50) {\n      totalCount\n      nodes { mutation recordType recordId apiKey { name scopes } before after }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n        query AuditedRecord($id: ID!) {\n          node(id: $id) { ... on Company { slug } }\n        }\n      ": typeof types.AuditedRecordDocument,
    "\n  mutation DeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }\n  }\n": typeof types.DeleteCompanyDocument,
    "\n        query DeletedCompanyAndItsPeople {\n          company(slug: \"openai\") { id }\n          person(slug: \"sam-altman\") { roles { title } }\n        }\n      ": typeof types.DeletedCompanyAndItsPeopleDocument,
    "\n        query LookupsBySlug {\n          openai: company(slug: \"openai\") { name kind }\n          altman: person(slug: \"sam-altman\") { name bio }\n          nobody: company(slug: \"no-such-company\") { name }\n          noone: person(slug: \"no-such-person\") { name }\n        }\n      ": typeof types.LookupsBySlugDocument,
    "\n        query CompanyFilters {\n          investors: companies(filter: { kind: [INVESTOR] }) { totalCount nodes { slug } }\n          universities: companies(filter: { kind: [UNIVERSITY, CORPORATION] }) { nodes { slug } }\n          chinese: companies(filter: { country: \"CN\" }) { totalCount nodes { slug } }\n          named: companies(filter: { name: \"HUGGING\" }) { nodes { slug } }\n          alias: companies(filter: { name: \"artificial intel\" }) { nodes { slug } }\n          combined: companies(filter: { kind: [STARTUP], country: \"US\" }) { nodes { slug } }\n          none: companies(filter: { name: \"zzz\" }) { totalCount nodes { slug } }\n        }\n      ": typeof types.CompanyFiltersDocument,
    "\n        query CompaniesByName {\n          asc: companies(first: 3) { nodes { slug } }\n          desc: companies(first: 3, orderBy: NAME_DESC) { nodes { slug } }\n        }\n      ": typeof types.CompaniesByNameDocument,
    "\n        query AcmeFacts {\n          company(slug: \"acme-ai\") {\n            totalRaised { amount currency amountUsd }\n            latestValuation { amount currency amountUsd }\n            foundedOn { date precision label }\n            website\n            aliases\n            fundingRounds { nodes { stage announcedOn { label precision } closedOn { label } } }\n          }\n        }\n      ": typeof types.AcmeFactsDocument,
    "\n        query InvestmentsOfCompanyAndPerson {\n          company(slug: \"beta-ventures\") {\n            all: investments(first: 1) { totalCount }\n            newest: investments(first: 3) { nodes { round { stage announcedOn { date } company { slug } } } }\n            led: investments(lead: true) { totalCount }\n            followed: investments(lead: false) { totalCount }\n            people { totalCount nodes { title since { label } until { label } person { slug } } }\n          }\n          person(slug: \"pat-investor\") {\n            investments { nodes { isLead investor { ... on Person { slug } } round { company { slug } } } }\n          }\n        }\n      ": typeof types.InvestmentsOfCompanyAndPersonDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug name kind country aliases version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { slug name description version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  query CompanyNamed($slug: String!) {\n    company(slug: $slug) { name version }\n  }\n": typeof types.CompanyNamedDocument,
    "query DealStatusRound { fundingRounds { nodes { id } } }": typeof types.DealStatusRoundDocument,
    "\n  mutation ChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload {\n        round { status announcedOn { label } }\n        change { status on { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.ChangeDealStatusDocument,
    "\n  query DealStatusHistory($id: ID!) {\n    fundingRound(id: $id) {\n      status\n      statusHistory { status on { label } citations { excerpt source { title } } }\n      company { totalRaised { amount } }\n    }\n  }\n": typeof types.DealStatusHistoryDocument,
    "\n  fragment RoundFacts on FundingRound {\n    id version stage status amount { amount currency } postMoneyValuation { amount }\n    announcedOn { label } closedOn { label }\n    investors { ... on Company { slug } ... on Person { slug } }\n    leadInvestors { ... on Company { slug } ... on Person { slug } }\n    statusHistory { status on { label } citations { excerpt } }\n    citations { excerpt }\n    company { slug totalRaised { amount } }\n  }\n": typeof types.RoundFactsFragmentDoc,
    "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.RecordFundingRoundDocument,
    "\n  mutation UpdateFundingRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UserError { message }\n    }\n  }\n": typeof types.UpdateFundingRoundDocument,
    "\n  query FundingRoundById($id: ID!) {\n    fundingRound(id: $id) { status company { slug } }\n  }\n": typeof types.FundingRoundByIdDocument,
    "query OpenAIRounds { fundingRounds(filter: { company: \"openai\" }) { nodes { id status } } }": typeof types.OpenAiRoundsDocument,
    "query OpenAIId { company(slug: \"openai\") { id } }": typeof types.OpenAiIdDocument,
    "\n        query RoundOrderings {\n          newest: fundingRounds(first: 2) { nodes { stage company { slug } } }\n          oldest: fundingRounds(first: 1, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          undatedLast: fundingRounds(first: 100, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          bySlug: companies(first: 2, orderBy: SLUG_ASC) { nodes { slug } }\n          titles: sources(orderBy: TITLE_DESC) { nodes { title } }\n        }\n      ": typeof types.RoundOrderingsDocument,
    "\n        query RoundFilters {\n          acme: fundingRounds(filter: { company: \"acme-ai\" }) { totalCount nodes { stage } }\n          softbank: fundingRounds(filter: { investor: \"softbank-group\" }) { nodes { company { slug } } }\n          pat: fundingRounds(filter: { investor: \"pat-investor\" }) { nodes { stage company { slug } } }\n          news: fundingRounds(filter: { status: [RUMORED, IN_NEGOTIATION] }) { totalCount }\n          seriesA: fundingRounds(filter: { stage: [SERIES_A] }) { nodes { amount { amount currency amountUsd } } }\n          in2024: fundingRounds(filter: { announcedFrom: \"2024-01-01\", announcedTo: \"2024-12-31\" }) { nodes { stage } }\n          big: fundingRounds(filter: { minAmountUsd: \"10500000\" }, orderBy: AMOUNT_USD_DESC) {\n            nodes { amount { amountUsd } }\n          }\n        }\n      ": typeof types.RoundFiltersDocument,
    "query NegativeFloor { fundingRounds(filter: { minAmountUsd: \"-5\" }) { totalCount } }": typeof types.NegativeFloorDocument,
    "\n        query RoundVersion($id: ID!) {\n          node(id: $id) { ... on FundingRound { version } }\n        }\n      ": typeof types.RoundVersionDocument,
    "\n        mutation DeleteFundingRound($id: ID!) {\n          deleteFundingRound(input: { id: $id }) { __typename }\n        }\n      ": typeof types.DeleteFundingRoundDocument,
    "\n  query HelperSources {\n    sources {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.HelperSourcesDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on CreatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UpdatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation AddRole($input: AddRoleInput!) {\n    addRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on AddRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n": typeof types.AddRoleDocument,
    "\n  mutation EndRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on EndRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n": typeof types.EndRoleDocument,
    "\n        query PeopleFilters {\n          openai: people(filter: { company: \"openai\" }) { totalCount nodes { slug } }\n          nyu: people(filter: { company: \"new-york-university\" }) { nodes { slug roles { title } } }\n          all: people { totalCount }\n        }\n      ": typeof types.PeopleFiltersDocument,
    "\n        mutation DeletePerson($input: DeletePersonInput!) {\n          deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }\n        }\n      ": typeof types.DeletePersonDocument,
};
const documents: Documents = {
    "\n  mutation AuditedCreateCompany($input: CreateCompanyInput!) { createCompany(input: $input) { __typename } }\n": types.AuditedCreateCompanyDocument,
    "\n  mutation AuditedUpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { __typename } }\n": types.AuditedUpdateCompanyDocument,
    "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 50) {\n      totalCount\n      nodes { mutation recordType recordId apiKey { name scopes } before after }\n    }\n  }\n": types.AuditLogDocument,
    "\n        query AuditedRecord($id: ID!) {\n          node(id: $id) { ... on Company { slug } }\n        }\n      ": types.AuditedRecordDocument,
    "\n  mutation DeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }\n  }\n": types.DeleteCompanyDocument,
    "\n        query DeletedCompanyAndItsPeople {\n          company(slug: \"openai\") { id }\n          person(slug: \"sam-altman\") { roles { title } }\n        }\n      ": types.DeletedCompanyAndItsPeopleDocument,
    "\n        query LookupsBySlug {\n          openai: company(slug: \"openai\") { name kind }\n          altman: person(slug: \"sam-altman\") { name bio }\n          nobody: company(slug: \"no-such-company\") { name }\n          noone: person(slug: \"no-such-person\") { name }\n        }\n      ": types.LookupsBySlugDocument,
    "\n        query CompanyFilters {\n          investors: companies(filter: { kind: [INVESTOR] }) { totalCount nodes { slug } }\n          universities: companies(filter: { kind: [UNIVERSITY, CORPORATION] }) { nodes { slug } }\n          chinese: companies(filter: { country: \"CN\" }) { totalCount nodes { slug } }\n          named: companies(filter: { name: \"HUGGING\" }) { nodes { slug } }\n          alias: companies(filter: { name: \"artificial intel\" }) { nodes { slug } }\n          combined: companies(filter: { kind: [STARTUP], country: \"US\" }) { nodes { slug } }\n          none: companies(filter: { name: \"zzz\" }) { totalCount nodes { slug } }\n        }\n      ": types.CompanyFiltersDocument,
    "\n        query CompaniesByName {\n          asc: companies(first: 3) { nodes { slug } }\n          desc: companies(first: 3, orderBy: NAME_DESC) { nodes { slug } }\n        }\n      ": types.CompaniesByNameDocument,
    "\n        query AcmeFacts {\n          company(slug: \"acme-ai\") {\n            totalRaised { amount currency amountUsd }\n            latestValuation { amount currency amountUsd }\n            foundedOn { date precision label }\n            website\n            aliases\n            fundingRounds { nodes { stage announcedOn { label precision } closedOn { label } } }\n          }\n        }\n      ": types.AcmeFactsDocument,
    "\n        query InvestmentsOfCompanyAndPerson {\n          company(slug: \"beta-ventures\") {\n            all: investments(first: 1) { totalCount }\n            newest: investments(first: 3) { nodes { round { stage announcedOn { date } company { slug } } } }\n            led: investments(lead: true) { totalCount }\n            followed: investments(lead: false) { totalCount }\n            people { totalCount nodes { title since { label } until { label } person { slug } } }\n          }\n          person(slug: \"pat-investor\") {\n            investments { nodes { isLead investor { ... on Person { slug } } round { company { slug } } } }\n          }\n        }\n      ": types.InvestmentsOfCompanyAndPersonDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on CreateCompanyPayload { company { id slug name kind country aliases version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { slug name description version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  query CompanyNamed($slug: String!) {\n    company(slug: $slug) { name version }\n  }\n": types.CompanyNamedDocument,
    "query DealStatusRound { fundingRounds { nodes { id } } }": types.DealStatusRoundDocument,
    "\n  mutation ChangeDealStatus($input: ChangeDealStatusInput!) {\n    changeDealStatus(input: $input) {\n      __typename\n      ... on ChangeDealStatusPayload {\n        round { status announcedOn { label } }\n        change { status on { label } citations { excerpt } }\n      }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.ChangeDealStatusDocument,
    "\n  query DealStatusHistory($id: ID!) {\n    fundingRound(id: $id) {\n      status\n      statusHistory { status on { label } citations { excerpt source { title } } }\n      company { totalRaised { amount } }\n    }\n  }\n": types.DealStatusHistoryDocument,
    "\n  fragment RoundFacts on FundingRound {\n    id version stage status amount { amount currency } postMoneyValuation { amount }\n    announcedOn { label } closedOn { label }\n    investors { ... on Company { slug } ... on Person { slug } }\n    leadInvestors { ... on Company { slug } ... on Person { slug } }\n    statusHistory { status on { label } citations { excerpt } }\n    citations { excerpt }\n    company { slug totalRaised { amount } }\n  }\n": types.RoundFactsFragmentDoc,
    "\n  mutation RecordFundingRound($input: RecordFundingRoundInput!) {\n    recordFundingRound(input: $input) {\n      __typename\n      ... on RecordFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on UserError { message }\n    }\n  }\n": types.RecordFundingRoundDocument,
    "\n  mutation UpdateFundingRound($input: UpdateFundingRoundInput!) {\n    updateFundingRound(input: $input) {\n      __typename\n      ... on UpdateFundingRoundPayload { fundingRound { ...RoundFacts } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UserError { message }\n    }\n  }\n": types.UpdateFundingRoundDocument,
    "\n  query FundingRoundById($id: ID!) {\n    fundingRound(id: $id) { status company { slug } }\n  }\n": types.FundingRoundByIdDocument,
    "query OpenAIRounds { fundingRounds(filter: { company: \"openai\" }) { nodes { id status } } }": types.OpenAiRoundsDocument,
    "query OpenAIId { company(slug: \"openai\") { id } }": types.OpenAiIdDocument,
    "\n        query RoundOrderings {\n          newest: fundingRounds(first: 2) { nodes { stage company { slug } } }\n          oldest: fundingRounds(first: 1, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          undatedLast: fundingRounds(first: 100, orderBy: ANNOUNCED_ON_ASC) { nodes { announcedOn { date } } }\n          bySlug: companies(first: 2, orderBy: SLUG_ASC) { nodes { slug } }\n          titles: sources(orderBy: TITLE_DESC) { nodes { title } }\n        }\n      ": types.RoundOrderingsDocument,
    "\n        query RoundFilters {\n          acme: fundingRounds(filter: { company: \"acme-ai\" }) { totalCount nodes { stage } }\n          softbank: fundingRounds(filter: { investor: \"softbank-group\" }) { nodes { company { slug } } }\n          pat: fundingRounds(filter: { investor: \"pat-investor\" }) { nodes { stage company { slug } } }\n          news: fundingRounds(filter: { status: [RUMORED, IN_NEGOTIATION] }) { totalCount }\n          seriesA: fundingRounds(filter: { stage: [SERIES_A] }) { nodes { amount { amount currency amountUsd } } }\n          in2024: fundingRounds(filter: { announcedFrom: \"2024-01-01\", announcedTo: \"2024-12-31\" }) { nodes { stage } }\n          big: fundingRounds(filter: { minAmountUsd: \"10500000\" }, orderBy: AMOUNT_USD_DESC) {\n            nodes { amount { amountUsd } }\n          }\n        }\n      ": types.RoundFiltersDocument,
    "query NegativeFloor { fundingRounds(filter: { minAmountUsd: \"-5\" }) { totalCount } }": types.NegativeFloorDocument,
    "\n        query RoundVersion($id: ID!) {\n          node(id: $id) { ... on FundingRound { version } }\n        }\n      ": types.RoundVersionDocument,
    "\n        mutation DeleteFundingRound($id: ID!) {\n          deleteFundingRound(input: { id: $id }) { __typename }\n        }\n      ": types.DeleteFundingRoundDocument,
    "\n  query HelperSources {\n    sources {\n      nodes {\n        id\n      }\n    }\n  }\n": types.HelperSourcesDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on CreatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on UpdatePersonPayload { person { id slug name bio version roles { title company { slug } } } }\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation AddRole($input: AddRoleInput!) {\n    addRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on AddRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n": types.AddRoleDocument,
    "\n  mutation EndRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on EndRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n": types.EndRoleDocument,
    "\n        query PeopleFilters {\n          openai: people(filter: { company: \"openai\" }) { totalCount nodes { slug } }\n          nyu: people(filter: { company: \"new-york-university\" }) { nodes { slug roles { title } } }\n          all: people { totalCount }\n        }\n      ": types.PeopleFiltersDocument,
    "\n        mutation DeletePerson($input: DeletePersonInput!) {\n          deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }\n        }\n      ": types.DeletePersonDocument,
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
export function graphql(source: "\n  mutation DeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation DeleteCompany($input: DeleteCompanyInput!) {\n    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DeletedCompanyAndItsPeople {\n          company(slug: \"openai\") { id }\n          person(slug: \"sam-altman\") { roles { title } }\n        }\n      "): (typeof documents)["\n        query DeletedCompanyAndItsPeople {\n          company(slug: \"openai\") { id }\n          person(slug: \"sam-altman\") { roles { title } }\n        }\n      "];
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
export function graphql(source: "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { slug name description version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      __typename\n      ... on UpdateCompanyPayload { company { slug name description version } }\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyNamed($slug: String!) {\n    company(slug: $slug) { name version }\n  }\n"): (typeof documents)["\n  query CompanyNamed($slug: String!) {\n    company(slug: $slug) { name version }\n  }\n"];
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
export function graphql(source: "\n  fragment RoundFacts on FundingRound {\n    id version stage status amount { amount currency } postMoneyValuation { amount }\n    announcedOn { label } closedOn { label }\n    investors { ... on Company { slug } ... on Person { slug } }\n    leadInvestors { ... on Company { slug } ... on Person { slug } }\n    statusHistory { status on { label } citations { excerpt } }\n    citations { excerpt }\n    company { slug totalRaised { amount } }\n  }\n"): (typeof documents)["\n  fragment RoundFacts on FundingRound {\n    id version stage status amount { amount currency } postMoneyValuation { amount }\n    announcedOn { label } closedOn { label }\n    investors { ... on Company { slug } ... on Person { slug } }\n    leadInvestors { ... on Company { slug } ... on Person { slug } }\n    statusHistory { status on { label } citations { excerpt } }\n    citations { excerpt }\n    company { slug totalRaised { amount } }\n  }\n"];
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
export function graphql(source: "\n        query RoundVersion($id: ID!) {\n          node(id: $id) { ... on FundingRound { version } }\n        }\n      "): (typeof documents)["\n        query RoundVersion($id: ID!) {\n          node(id: $id) { ... on FundingRound { version } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteFundingRound($id: ID!) {\n          deleteFundingRound(input: { id: $id }) { __typename }\n        }\n      "): (typeof documents)["\n        mutation DeleteFundingRound($id: ID!) {\n          deleteFundingRound(input: { id: $id }) { __typename }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperSources {\n    sources {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelperSources {\n    sources {\n      nodes {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation EndRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on EndRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndRole($input: EndRoleInput!) {\n    endRole(input: $input) {\n      __typename\n      ... on UserError { message }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { currentVersion }\n      ... on EndRolePayload {\n        role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PeopleFilters {\n          openai: people(filter: { company: \"openai\" }) { totalCount nodes { slug } }\n          nyu: people(filter: { company: \"new-york-university\" }) { nodes { slug roles { title } } }\n          all: people { totalCount }\n        }\n      "): (typeof documents)["\n        query PeopleFilters {\n          openai: people(filter: { company: \"openai\" }) { totalCount nodes { slug } }\n          nyu: people(filter: { company: \"new-york-university\" }) { nodes { slug roles { title } } }\n          all: people { totalCount }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeletePerson($input: DeletePersonInput!) {\n          deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }\n        }\n      "): (typeof documents)["\n        mutation DeletePerson($input: DeletePersonInput!) {\n          deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }\n        }\n      "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;