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