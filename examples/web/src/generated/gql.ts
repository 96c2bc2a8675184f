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
    "\n  fragment CitationItem on Citation {\n    id\n    excerpt\n    source {\n      title\n      url\n      publisher\n    }\n  }\n": typeof types.CitationItemFragmentDoc,
    "\n  fragment InvestorLink on Investor {\n    __typename\n    ... on Company {\n      id\n      slug\n      name\n    }\n    ... on Person {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.InvestorLinkFragmentDoc,
    "\n  fragment FundingRoundItem on FundingRound {\n    id\n    status\n    stage\n    announcedOn {\n      label\n    }\n    amount {\n      amount\n      currency\n    }\n    postMoneyValuation {\n      amount\n      currency\n    }\n    leadInvestors {\n      ...InvestorLink\n    }\n    investors {\n      ...InvestorLink\n    }\n    citations {\n      ...CitationItem\n    }\n  }\n": typeof types.FundingRoundItemFragmentDoc,
    "\n  fragment QuoteCard on Quote {\n    id\n    text\n    form\n    attribution\n    saidOn {\n      label\n    }\n    speaker {\n      slug\n      name\n    }\n    attributedTo {\n      slug\n      name\n    }\n    about {\n      slug\n      name\n    }\n    citations {\n      ...CitationItem\n    }\n  }\n": typeof types.QuoteCardFragmentDoc,
    "\n  fragment RoundsTimeline on FundingRound {\n    id\n    status\n    announcedOn {\n      date\n      label\n    }\n    amount {\n      amountUsd\n    }\n    postMoneyValuation {\n      amountUsd\n    }\n  }\n": typeof types.RoundsTimelineFragmentDoc,
    "\n  query CompanyPage($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kind\n      description\n      aliases\n      country\n      headquarters\n      website\n      foundedOn {\n        label\n      }\n      totalRaised {\n        amount\n        currency\n      }\n      latestValuation {\n        amount\n        currency\n      }\n      people(first: 50) {\n        nodes {\n          id\n          title\n          since {\n            label\n          }\n          person {\n            slug\n            name\n          }\n        }\n      }\n      fundingRounds(first: 50) {\n        nodes {\n          id\n          ...FundingRoundItem\n          ...RoundsTimeline\n        }\n      }\n      quotesAbout(first: 50) {\n        nodes {\n          id\n          ...QuoteCard\n        }\n      }\n    }\n  }\n": typeof types.CompanyPageDocument,
    "\n  query PersonPage($slug: String!) {\n    person(slug: $slug) {\n      id\n      name\n      bio\n      roles {\n        id\n        title\n        since {\n          label\n        }\n        until {\n          label\n        }\n        company {\n          slug\n          name\n        }\n      }\n      quotes(first: 50) {\n        totalCount\n        nodes {\n          id\n          ...QuoteCard\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query SearchPage($query: String!) {\n    search(query: $query, first: 20) {\n      totalCount\n      edges {\n        score\n        node {\n          __typename\n          ... on Company {\n            id\n            slug\n            name\n            kind\n            description\n          }\n          ... on Person {\n            id\n            slug\n            name\n            bio\n          }\n          ... on Quote {\n            id\n            text\n            attribution\n            speaker {\n              slug\n              name\n            }\n            about {\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
};
const documents: Documents = {
    "\n  fragment CitationItem on Citation {\n    id\n    excerpt\n    source {\n      title\n      url\n      publisher\n    }\n  }\n": types.CitationItemFragmentDoc,
    "\n  fragment InvestorLink on Investor {\n    __typename\n    ... on Company {\n      id\n      slug\n      name\n    }\n    ... on Person {\n      id\n      slug\n      name\n    }\n  }\n": types.InvestorLinkFragmentDoc,
    "\n  fragment FundingRoundItem on FundingRound {\n    id\n    status\n    stage\n    announcedOn {\n      label\n    }\n    amount {\n      amount\n      currency\n    }\n    postMoneyValuation {\n      amount\n      currency\n    }\n    leadInvestors {\n      ...InvestorLink\n    }\n    investors {\n      ...InvestorLink\n    }\n    citations {\n      ...CitationItem\n    }\n  }\n": types.FundingRoundItemFragmentDoc,
    "\n  fragment QuoteCard on Quote {\n    id\n    text\n    form\n    attribution\n    saidOn {\n      label\n    }\n    speaker {\n      slug\n      name\n    }\n    attributedTo {\n      slug\n      name\n    }\n    about {\n      slug\n      name\n    }\n    citations {\n      ...CitationItem\n    }\n  }\n": types.QuoteCardFragmentDoc,
    "\n  fragment RoundsTimeline on FundingRound {\n    id\n    status\n    announcedOn {\n      date\n      label\n    }\n    amount {\n      amountUsd\n    }\n    postMoneyValuation {\n      amountUsd\n    }\n  }\n": types.RoundsTimelineFragmentDoc,
    "\n  query CompanyPage($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kind\n      description\n      aliases\n      country\n      headquarters\n      website\n      foundedOn {\n        label\n      }\n      totalRaised {\n        amount\n        currency\n      }\n      latestValuation {\n        amount\n        currency\n      }\n      people(first: 50) {\n        nodes {\n          id\n          title\n          since {\n            label\n          }\n          person {\n            slug\n            name\n          }\n        }\n      }\n      fundingRounds(first: 50) {\n        nodes {\n          id\n          ...FundingRoundItem\n          ...RoundsTimeline\n        }\n      }\n      quotesAbout(first: 50) {\n        nodes {\n          id\n          ...QuoteCard\n        }\n      }\n    }\n  }\n": types.CompanyPageDocument,
    "\n  query PersonPage($slug: String!) {\n    person(slug: $slug) {\n      id\n      name\n      bio\n      roles {\n        id\n        title\n        since {\n          label\n        }\n        until {\n          label\n        }\n        company {\n          slug\n          name\n        }\n      }\n      quotes(first: 50) {\n        totalCount\n        nodes {\n          id\n          ...QuoteCard\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query SearchPage($query: String!) {\n    search(query: $query, first: 20) {\n      totalCount\n      edges {\n        score\n        node {\n          __typename\n          ... on Company {\n            id\n            slug\n            name\n            kind\n            description\n          }\n          ... on Person {\n            id\n            slug\n            name\n            bio\n          }\n          ... on Quote {\n            id\n            text\n            attribution\n            speaker {\n              slug\n              name\n            }\n            about {\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
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
export function graphql(source: "\n  fragment CitationItem on Citation {\n    id\n    excerpt\n    source {\n      title\n      url\n      publisher\n    }\n  }\n"): (typeof documents)["\n  fragment CitationItem on Citation {\n    id\n    excerpt\n    source {\n      title\n      url\n      publisher\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvestorLink on Investor {\n    __typename\n    ... on Company {\n      id\n      slug\n      name\n    }\n    ... on Person {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvestorLink on Investor {\n    __typename\n    ... on Company {\n      id\n      slug\n      name\n    }\n    ... on Person {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundingRoundItem on FundingRound {\n    id\n    status\n    stage\n    announcedOn {\n      label\n    }\n    amount {\n      amount\n      currency\n    }\n    postMoneyValuation {\n      amount\n      currency\n    }\n    leadInvestors {\n      ...InvestorLink\n    }\n    investors {\n      ...InvestorLink\n    }\n    citations {\n      ...CitationItem\n    }\n  }\n"): (typeof documents)["\n  fragment FundingRoundItem on FundingRound {\n    id\n    status\n    stage\n    announcedOn {\n      label\n    }\n    amount {\n      amount\n      currency\n    }\n    postMoneyValuation {\n      amount\n      currency\n    }\n    leadInvestors {\n      ...InvestorLink\n    }\n    investors {\n      ...InvestorLink\n    }\n    citations {\n      ...CitationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteCard on Quote {\n    id\n    text\n    form\n    attribution\n    saidOn {\n      label\n    }\n    speaker {\n      slug\n      name\n    }\n    attributedTo {\n      slug\n      name\n    }\n    about {\n      slug\n      name\n    }\n    citations {\n      ...CitationItem\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteCard on Quote {\n    id\n    text\n    form\n    attribution\n    saidOn {\n      label\n    }\n    speaker {\n      slug\n      name\n    }\n    attributedTo {\n      slug\n      name\n    }\n    about {\n      slug\n      name\n    }\n    citations {\n      ...CitationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundsTimeline on FundingRound {\n    id\n    status\n    announcedOn {\n      date\n      label\n    }\n    amount {\n      amountUsd\n    }\n    postMoneyValuation {\n      amountUsd\n    }\n  }\n"): (typeof documents)["\n  fragment RoundsTimeline on FundingRound {\n    id\n    status\n    announcedOn {\n      date\n      label\n    }\n    amount {\n      amountUsd\n    }\n    postMoneyValuation {\n      amountUsd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPage($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kind\n      description\n      aliases\n      country\n      headquarters\n      website\n      foundedOn {\n        label\n      }\n      totalRaised {\n        amount\n        currency\n      }\n      latestValuation {\n        amount\n        currency\n      }\n      people(first: 50) {\n        nodes {\n          id\n          title\n          since {\n            label\n          }\n          person {\n            slug\n            name\n          }\n        }\n      }\n      fundingRounds(first: 50) {\n        nodes {\n          id\n          ...FundingRoundItem\n          ...RoundsTimeline\n        }\n      }\n      quotesAbout(first: 50) {\n        nodes {\n          id\n          ...QuoteCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyPage($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kind\n      description\n      aliases\n      country\n      headquarters\n      website\n      foundedOn {\n        label\n      }\n      totalRaised {\n        amount\n        currency\n      }\n      latestValuation {\n        amount\n        currency\n      }\n      people(first: 50) {\n        nodes {\n          id\n          title\n          since {\n            label\n          }\n          person {\n            slug\n            name\n          }\n        }\n      }\n      fundingRounds(first: 50) {\n        nodes {\n          id\n          ...FundingRoundItem\n          ...RoundsTimeline\n        }\n      }\n      quotesAbout(first: 50) {\n        nodes {\n          id\n          ...QuoteCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($slug: String!) {\n    person(slug: $slug) {\n      id\n      name\n      bio\n      roles {\n        id\n        title\n        since {\n          label\n        }\n        until {\n          label\n        }\n        company {\n          slug\n          name\n        }\n      }\n      quotes(first: 50) {\n        totalCount\n        nodes {\n          id\n          ...QuoteCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($slug: String!) {\n    person(slug: $slug) {\n      id\n      name\n      bio\n      roles {\n        id\n        title\n        since {\n          label\n        }\n        until {\n          label\n        }\n        company {\n          slug\n          name\n        }\n      }\n      quotes(first: 50) {\n        totalCount\n        nodes {\n          id\n          ...QuoteCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!) {\n    search(query: $query, first: 20) {\n      totalCount\n      edges {\n        score\n        node {\n          __typename\n          ... on Company {\n            id\n            slug\n            name\n            kind\n            description\n          }\n          ... on Person {\n            id\n            slug\n            name\n            bio\n          }\n          ... on Quote {\n            id\n            text\n            attribution\n            speaker {\n              slug\n              name\n            }\n            about {\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($query: String!) {\n    search(query: $query, first: 20) {\n      totalCount\n      edges {\n        score\n        node {\n          __typename\n          ... on Company {\n            id\n            slug\n            name\n            kind\n            description\n          }\n          ... on Person {\n            id\n            slug\n            name\n            bio\n          }\n          ... on Quote {\n            id\n            text\n            attribution\n            speaker {\n              slug\n              name\n            }\n            about {\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;