/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A country, as an ISO 3166-1 alpha-2 code: "US", "CN". */
  CountryCode: { input: string; output: string; }
  /** A currency, as an ISO 4217 code: "USD", "EUR". */
  Currency: { input: string; output: string; }
  /** A calendar date, as an ISO 8601 string: "2025-01-27". */
  Date: { input: string; output: string; }
  /** A moment in time, as an RFC 3339 string with its offset: "2025-01-27T09:30:00Z". */
  DateTime: { input: string; output: string; }
  /** An exact decimal number, serialised as a string ("40000000000") so that no float rounding can change it. */
  Decimal: { input: string; output: string; }
  /** A JSON object: a record as the audit log keeps it. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An absolute URL. */
  URL: { input: string; output: string; }
};

/** Another excerpt that reports a fact already in Moat. */
export type AddCitationInput = {
  /** The source and its excerpt. */
  citation: CitationInput;
  /** The fact it reports: the global ID of a company, person, role, quote or funding round. */
  fact: Scalars['ID']['input'];
};

/** A position a person holds or held at a company, with the excerpt that reports it. */
export type AddRoleInput = {
  /** The excerpt that reports it. */
  citation: CitationInput;
  /** Where: a company’s slug. */
  company: Scalars['String']['input'];
  /** Who: a person’s slug. */
  person: Scalars['String']['input'];
  /** When it began, if the source says. */
  since?: InputMaybe<PartialDateInput>;
  /** The title, as reported: "CEO". */
  title: Scalars['String']['input'];
  /** When it ended, if it has. */
  until?: InputMaybe<PartialDateInput>;
};

/** A document that reports facts. The same URL (or, without one, the same title) is the same source. */
export type AddSourceInput = {
  /** An archived copy, for example in a web archive. */
  archiveUrl?: InputMaybe<Scalars['URL']['input']>;
  /** The sha256 of its text (lowercase hex): computed from `text` when given (and then it must match), or given alone. */
  contentSha256?: InputMaybe<Scalars['String']['input']>;
  /** What kind of document it is. */
  kind: SourceKind;
  /** When it was published. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** When its text was retrieved. */
  retrievedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Its full text, to keep: then every excerpt cited from it must occur in it verbatim, and its place is kept. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
  /** Where it can be read. */
  url?: InputMaybe<Scalars['URL']['input']>;
};

/** What an API key may do. */
export type ApiKeyScope =
  /** Manage keys and read the audit log. */
  | 'admin'
  /** Record and change facts (the mutations). */
  | 'write';

/** Conditions on audit entries; all given must hold. */
export type AuditLogFilter = {
  /** Only writes made with this key (its id, as `keys list` shows it). */
  apiKey?: InputMaybe<Scalars['String']['input']>;
  /** Only writes at or after this moment. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only writes to this record (its global ID). */
  record?: InputMaybe<Scalars['ID']['input']>;
  /** Only writes before this moment. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A new status for a round, when it happened and the excerpt that reports it. */
export type ChangeDealStatusInput = {
  /** The excerpt that reports it. */
  citation: CitationInput;
  /** When, if the source says: the first day of the period it gives. */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** How precise `on` is: DAY, MONTH, QUARTER or YEAR. */
  precision?: InputMaybe<DatePrecision>;
  /** The round (its global ID). */
  round: Scalars['ID']['input'];
  /** The status it took. */
  status: DealStatus;
};

/** Narrows the change feed; all given conditions must hold. */
export type ChangeFilter = {
  /** Only changes to the company with this slug and to the records that name it as theirs (its rounds, roles and claims). */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Only changes to records of these types. */
  types?: InputMaybe<Array<ChangeRecordType>>;
};

/** What a write did to its record. */
export type ChangeKind =
  /** A claim was added: a source’s value for a property (the record is the Claim). */
  | 'CLAIM'
  /** The record was created (by a mutation or an import). */
  | 'CREATE'
  /** The record was deleted; `tombstone` holds it as it was. */
  | 'DELETE'
  /** A claim’s rank was changed (the record is the Claim). */
  | 'RANK'
  /** The record’s fields were changed. */
  | 'UPDATE';

/** The types of record the change feed reports. */
export type ChangeRecordType =
  /** A Citation record. */
  | 'Citation'
  /** A Claim record. */
  | 'Claim'
  /** A Company record. */
  | 'Company'
  /** A FundingRound record. */
  | 'FundingRound'
  /** A Person record. */
  | 'Person'
  /** A Quote record. */
  | 'Quote'
  /** A Role record. */
  | 'Role'
  /** A Source record. */
  | 'Source'
  /** A StatusChange record. */
  | 'StatusChange';

/** The excerpt of a source that reports a fact. */
export type CitationInput = {
  /** The passage, quoted exactly. */
  excerpt: Scalars['String']['input'];
  /** The source (its global ID). */
  source: Scalars['ID']['input'];
};

/** How a claim counts when its property’s value is resolved. */
export type ClaimRank =
  /** Kept on record but never counted: shown wrong, outdated or withdrawn (see `deprecationReason`). */
  | 'DEPRECATED'
  /** Counts: the property takes the value its NORMAL claims agree on, or else the latest-published one. */
  | 'NORMAL'
  /** Chosen by a curator: the property takes its value, and the property is not disputed. */
  | 'PREFERRED';

/** Narrows a list of companies; all given conditions must hold. */
export type CompanyFilter = {
  /** Only companies in this country. */
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Only companies of these kinds. */
  kind?: InputMaybe<Array<CompanyKind>>;
  /** Only companies whose name or an alias contains this text, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of organisation a company is. */
export type CompanyKind =
  /** An established company. */
  | 'CORPORATION'
  /** A government or one of its agencies. */
  | 'GOVERNMENT'
  /** A firm whose business is investing: a fund, a bank, a holding. */
  | 'INVESTOR'
  /** A non-profit organisation or foundation. */
  | 'NONPROFIT'
  /** A research laboratory. */
  | 'RESEARCH_LAB'
  /** A young, venture-funded company. */
  | 'STARTUP'
  /** A university or other academic institution. */
  | 'UNIVERSITY';

/** Orderings of companies; ties are broken by ID so pages never skip or repeat. */
export type CompanyOrder =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** By slug, A to Z. */
  | 'SLUG_ASC';

/** A new API key. */
export type CreateApiKeyInput = {
  /** A name to tell it apart: who or what uses it. */
  name: Scalars['String']['input'];
  /** Points a minute it may spend; left out, the server’s limit for every key. */
  rateLimit?: InputMaybe<Scalars['Int']['input']>;
  /** What it may do. */
  scopes: Array<ApiKeyScope>;
};

/** A new company. Creating the same slug twice with the same facts returns the same company. */
export type CreateCompanyInput = {
  /** Other names it goes by. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The excerpt that reports its facts; given, each fact is a claim it supports. */
  citation?: InputMaybe<CitationInput>;
  /** Country of its headquarters. */
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  /** A short description in Moat’s words. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** City of its headquarters. */
  headquarters?: InputMaybe<Scalars['String']['input']>;
  /** What kind of organisation it is. */
  kind: CompanyKind;
  /** The name it is known by. */
  name: Scalars['String']['input'];
  /** Stable, readable key: lowercase words joined by hyphens. */
  slug: Scalars['String']['input'];
  /** Its website. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** A new person. Creating the same slug twice with the same facts returns the same person. */
export type CreatePersonInput = {
  /** A short biography in Moat’s words. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** The excerpt that reports their bio; given, the bio is a claim it supports. */
  citation?: InputMaybe<CitationInput>;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Stable, readable key: "sam-altman". */
  slug: Scalars['String']['input'];
};

/** How precisely a source gives a date. */
export type DatePrecision =
  /** The exact day is known. */
  | 'DAY'
  /** Only the month is known; `date` is its first day. */
  | 'MONTH'
  /** Only the quarter is known; `date` is its first day. */
  | 'QUARTER'
  /** Only the year is known; `date` is 1 January. */
  | 'YEAR';

/** How far a deal has come. Only ANNOUNCED and CLOSED rounds count towards totals and valuations. */
export type DealStatus =
  /** Announced by the company or its investors. */
  | 'ANNOUNCED'
  /** Called off. */
  | 'CANCELLED'
  /** Completed: the money has been committed. */
  | 'CLOSED'
  /** Reported to be under negotiation; not confirmed. */
  | 'IN_NEGOTIATION'
  /** Reported from unnamed sources; not confirmed. */
  | 'RUMORED';

/** Which citation to delete. */
export type DeleteCitationInput = {
  /** The citation’s global ID. */
  id: Scalars['ID']['input'];
};

/** Which company to delete. */
export type DeleteCompanyInput = {
  /** The company’s slug. */
  slug: Scalars['String']['input'];
};

/** Which funding round to delete. */
export type DeleteFundingRoundInput = {
  /** The funding round’s global ID. */
  id: Scalars['ID']['input'];
};

/** Which person to delete. */
export type DeletePersonInput = {
  /** The person’s slug. */
  slug: Scalars['String']['input'];
};

/** Which quote to delete. */
export type DeleteQuoteInput = {
  /** The quote’s global ID. */
  id: Scalars['ID']['input'];
};

/** Which role to delete. */
export type DeleteRoleInput = {
  /** The role’s global ID. */
  id: Scalars['ID']['input'];
};

/** Which source to delete. */
export type DeleteSourceInput = {
  /** The source’s global ID. */
  id: Scalars['ID']['input'];
};

/** Narrows the disputes; all given conditions must hold. */
export type DisputeFilter = {
  /** Only disputes about this company (its slug): its own, and those of its rounds, its roles and the quotes attributed to it or about it. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Only disputes on records of this type. */
  type?: InputMaybe<RecordType>;
};

/** The end of a role, with the excerpt that reports it. */
export type EndRoleInput = {
  /** The excerpt that reports it. */
  citation: CitationInput;
  /** The role (its global ID). */
  role: Scalars['ID']['input'];
  /** When it ended. */
  until: PartialDateInput;
};

/** A factual property that sources make claims about; each is the field of that name. */
export type FactProperty =
  /** The money a round raised. */
  | 'AMOUNT'
  /** When a round was announced. */
  | 'ANNOUNCED_ON'
  /** A person’s short biography. */
  | 'BIO'
  /** When a round closed. */
  | 'CLOSED_ON'
  /** The country of a company’s headquarters. */
  | 'COUNTRY'
  /** A company’s description. */
  | 'DESCRIPTION'
  /** Whether a quote is verbatim or a paraphrase. */
  | 'FORM'
  /** When a company was founded. */
  | 'FOUNDED_ON'
  /** The city of a company’s headquarters. */
  | 'HEADQUARTERS'
  /** A round’s investors and its leads. */
  | 'INVESTORS'
  /** A company’s kind. */
  | 'KIND'
  /** A company’s valuation after a round. */
  | 'POST_MONEY_VALUATION'
  /** A company’s valuation before a round. */
  | 'PRE_MONEY_VALUATION'
  /** When a quote was said. */
  | 'SAID_ON'
  /** When a role began. */
  | 'SINCE'
  /** A funding round’s stage. */
  | 'STAGE'
  /** A quote’s words. */
  | 'TEXT'
  /** A role’s title. */
  | 'TITLE'
  /** When a role ended. */
  | 'UNTIL'
  /** A company’s website. */
  | 'WEBSITE';

/** Narrows a list of funding rounds; all given conditions must hold. */
export type FundingRoundFilter = {
  /** Only rounds announced on or after this date. */
  announcedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only rounds announced on or before this date. */
  announcedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only rounds raised by the company with this slug. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Only rounds joined by the company or person with this slug. */
  investor?: InputMaybe<Scalars['String']['input']>;
  /** Only rounds of at least this amount in US dollars. */
  minAmountUsd?: InputMaybe<Scalars['Decimal']['input']>;
  /** Only rounds of these stages. */
  stage?: InputMaybe<Array<FundingStage>>;
  /** Only rounds with one of these statuses. */
  status?: InputMaybe<Array<DealStatus>>;
};

/** Orderings of funding rounds; ties are broken by ID so pages never skip or repeat. */
export type FundingRoundOrder =
  /** Largest first, compared in US dollars; rounds with no amount last. */
  | 'AMOUNT_USD_DESC'
  /** Oldest first; undated rounds last. */
  | 'ANNOUNCED_ON_ASC'
  /** Newest first; undated rounds last. */
  | 'ANNOUNCED_ON_DESC';

/** The stage of a funding round. */
export type FundingStage =
  /** Debt financing. */
  | 'DEBT'
  /** A grant. */
  | 'GRANT'
  /** An initial public offering. */
  | 'IPO'
  /** A later venture round (Series F and beyond). */
  | 'LATER_STAGE'
  /** Pre-seed. */
  | 'PRE_SEED'
  /** Seed. */
  | 'SEED'
  /** Series A. */
  | 'SERIES_A'
  /** Series B. */
  | 'SERIES_B'
  /** Series C. */
  | 'SERIES_C'
  /** Series D. */
  | 'SERIES_D'
  /** Series E. */
  | 'SERIES_E'
  /** A strategic investment by a company. */
  | 'STRATEGIC'
  /** The source does not say. */
  | 'UNKNOWN';

/** Moat records to import: a record file, or a part of one. */
export type ImportRecordsInput = {
  /** The number each line of `records` has in the file it comes from, increasing, so that problems name the file’s lines; left out, 1, 2, 3… */
  lines?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The records as a Moat record file holds them: NDJSON, one a line; a part of a version 2 file begins with its header line, `{"type":"Moat","version":2}`. */
  records: Scalars['String']['input'];
};

/** An investor in a round: a company or a person, by slug (give exactly one). */
export type InvestorInput = {
  /** A company’s slug. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** A person’s slug. */
  person?: InputMaybe<Scalars['String']['input']>;
};

/** A date as precisely as the source gives it: for "March 2025", 2025-03-01 and MONTH. */
export type PartialDateInput = {
  /** The day, or the first day of the period. */
  date: Scalars['Date']['input'];
  /** How precise `date` is: DAY, MONTH, QUARTER or YEAR. */
  precision?: InputMaybe<DatePrecision>;
};

/** Narrows a list of people; all given conditions must hold. */
export type PersonFilter = {
  /** Only people with a role at the company with this slug. */
  company?: InputMaybe<Scalars['String']['input']>;
};

/** Orderings of people; ties are broken by ID so pages never skip or repeat. */
export type PersonOrder =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** Narrows a list of quotes; all given conditions must hold. */
export type QuoteFilter = {
  /** Only quotes about the company with this slug. */
  about?: InputMaybe<Scalars['String']['input']>;
  /** Only quotes attributed to the company with this slug. */
  attributedTo?: InputMaybe<Scalars['String']['input']>;
  /** Only quotes of this form. */
  form?: InputMaybe<QuoteForm>;
  /** Only quotes said on or after this date. */
  saidFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only quotes said on or before this date. */
  saidTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only quotes by the person with this slug. */
  speaker?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a quote gives the words as said or their sense. */
export type QuoteForm =
  /** The sense of what was said, in other words. */
  | 'PARAPHRASE'
  /** The exact words, as the source quotes them. */
  | 'VERBATIM';

/** Orderings of quotes; ties are broken by ID so pages never skip or repeat. */
export type QuoteOrder =
  /** Oldest first; undated quotes last. */
  | 'SAID_ON_ASC'
  /** Newest first; undated quotes last. */
  | 'SAID_ON_DESC';

/** The rank to give a claim. */
export type RankClaimInput = {
  /** The claim (its global ID). */
  claim: Scalars['ID']['input'];
  /** Its new rank. */
  rank: ClaimRank;
  /** Why it is DEPRECATED: required then, and only then. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A funding round as a source reports it, with the excerpt that reports it. */
export type RecordFundingRoundInput = {
  /** Money raised, in `currency`. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Money raised, in US dollars, when the source gives it or the currency is USD. */
  amountUsd?: InputMaybe<Scalars['Decimal']['input']>;
  /** When it was announced or first reported. */
  announcedOn?: InputMaybe<PartialDateInput>;
  /** The excerpt that reports it. */
  citation: CitationInput;
  /** When it closed. */
  closedOn?: InputMaybe<PartialDateInput>;
  /** The company raising the money: its slug. */
  company: Scalars['String']['input'];
  /** The currency of its amounts. */
  currency: Scalars['Currency']['input'];
  /** Everyone investing in the round. */
  investors?: InputMaybe<Array<InvestorInput>>;
  /** The investors leading it; each must also be among `investors`. */
  leadInvestors?: InputMaybe<Array<InvestorInput>>;
  /** Valuation after the round, in `currency`. */
  postMoneyValuation?: InputMaybe<Scalars['Decimal']['input']>;
  /** Valuation after the round, in US dollars. */
  postMoneyValuationUsd?: InputMaybe<Scalars['Decimal']['input']>;
  /** Valuation before the round, in `currency`. */
  preMoneyValuation?: InputMaybe<Scalars['Decimal']['input']>;
  /** Valuation before the round, in US dollars. */
  preMoneyValuationUsd?: InputMaybe<Scalars['Decimal']['input']>;
  /** The stage of the round. */
  stage: FundingStage;
  /** How far the deal has come. */
  status: DealStatus;
};

/** Something said, as a source reports it. It needs a speaker, or an attribution such as "Hugging Face executives". */
export type RecordQuoteInput = {
  /** The companies it is about: their slugs. */
  about?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The company whose people said it, when no one is named: its slug. */
  attributedTo?: InputMaybe<Scalars['String']['input']>;
  /** Who said it, as the source puts it; the speaker’s name when left out. */
  attribution?: InputMaybe<Scalars['String']['input']>;
  /** The excerpt that reports it. */
  citation: CitationInput;
  /** VERBATIM (then the text must stand word for word in the excerpt) or PARAPHRASE. */
  form: QuoteForm;
  /** How precise `saidOn` is: DAY, MONTH, QUARTER or YEAR. */
  precision?: InputMaybe<DatePrecision>;
  /** When it was said, if the source says. */
  saidOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who said it: a person’s slug. */
  speaker?: InputMaybe<Scalars['String']['input']>;
  /** What was said: the words, or a faithful paraphrase. */
  text: Scalars['String']['input'];
};

/** A type of record whose properties sources make claims about. */
export type RecordType =
  /** A company. */
  | 'COMPANY'
  /** A funding round. */
  | 'FUNDING_ROUND'
  /** A person. */
  | 'PERSON'
  /** A quote. */
  | 'QUOTE'
  /** A role. */
  | 'ROLE';

/** The API key to revoke. */
export type RevokeApiKeyInput = {
  /** Its id, as `apiKeys` lists it. */
  id: Scalars['String']['input'];
};

/** Narrows a list of sources; all given conditions must hold. */
export type SourceFilter = {
  /** Only sources of this kind. */
  kind?: InputMaybe<SourceKind>;
};

/** What kind of document a source is. */
export type SourceKind =
  /** A news or magazine article. */
  | 'ARTICLE'
  /** A regulatory or court filing. */
  | 'FILING'
  /** An interview, written or recorded. */
  | 'INTERVIEW'
  /** Any other kind of document. */
  | 'OTHER'
  /** A research paper. */
  | 'PAPER'
  /** A press release from a company. */
  | 'PRESS_RELEASE'
  /** A page of a website. */
  | 'WEBSITE';

/** Orderings of sources. */
export type SourceOrder =
  /** By title, A to Z. */
  | 'TITLE_ASC'
  /** By title, Z to A. */
  | 'TITLE_DESC';

/** Changes to a company. Fields left out stay as they are. Its name and aliases are replaced; its facts are claims (null: the source says there is none). */
export type UpdateCompanyInput = {
  /** Other names it goes by (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The excerpt that reports the facts given: required with any of them. Each fact becomes a claim it supports (or it is added to the claim of the same value); the field reads as the value its claims resolve to. */
  citation?: InputMaybe<CitationInput>;
  /** Country of its headquarters. */
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  /** A short description in Moat’s words. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read, if the update must not follow another; if the company changed since, you get a ConflictError. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** City of its headquarters. */
  headquarters?: InputMaybe<Scalars['String']['input']>;
  /** What kind of organisation it is. */
  kind?: InputMaybe<CompanyKind>;
  /** The name it is known by. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Which company: its slug. */
  slug: Scalars['String']['input'];
  /** Its website. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** What a source says of a round. Fields left out stay as they are; each fact given is a claim (null: the source says there is none). Its currency is replaced; its status changes through changeDealStatus. */
export type UpdateFundingRoundInput = {
  /** Money raised, in `currency`. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Money raised, in US dollars, when the source gives it or the currency is USD. */
  amountUsd?: InputMaybe<Scalars['Decimal']['input']>;
  /** When it was announced or first reported. */
  announcedOn?: InputMaybe<PartialDateInput>;
  /** The excerpt that reports the facts given: required with any of them. Each fact becomes a claim it supports (or it is added to the claim of the same value); the field reads as the value its claims resolve to. */
  citation?: InputMaybe<CitationInput>;
  /** When it closed. */
  closedOn?: InputMaybe<PartialDateInput>;
  /** The currency of its amounts. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** The `version` you read, if the update must not follow another; if the round changed since, you get a ConflictError. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Everyone investing in the round. */
  investors?: InputMaybe<Array<InvestorInput>>;
  /** The investors leading it; each must also be among `investors`. */
  leadInvestors?: InputMaybe<Array<InvestorInput>>;
  /** Valuation after the round, in `currency`. */
  postMoneyValuation?: InputMaybe<Scalars['Decimal']['input']>;
  /** Valuation after the round, in US dollars. */
  postMoneyValuationUsd?: InputMaybe<Scalars['Decimal']['input']>;
  /** Valuation before the round, in `currency`. */
  preMoneyValuation?: InputMaybe<Scalars['Decimal']['input']>;
  /** Valuation before the round, in US dollars. */
  preMoneyValuationUsd?: InputMaybe<Scalars['Decimal']['input']>;
  /** The round (its global ID). */
  round: Scalars['ID']['input'];
  /** The stage of the round. */
  stage?: InputMaybe<FundingStage>;
};

/** Changes to a person. Fields left out stay as they are. Their name is replaced; their bio is a claim (null: the source says there is none). */
export type UpdatePersonInput = {
  /** A short biography in Moat’s words. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** The excerpt that reports the facts given: required with any of them. Each fact becomes a claim it supports (or it is added to the claim of the same value); the field reads as the value its claims resolve to. */
  citation?: InputMaybe<CitationInput>;
  /** The `version` you read, if the update must not follow another; if the person changed since, you get a ConflictError. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Which person: their slug. */
  slug: Scalars['String']['input'];
};

export type CitationItemFragment = { id: string, excerpt: string, source: { title: string, url?: string | null, publisher?: string | null } } & { ' $fragmentName'?: 'CitationItemFragment' };

type DisputedClaim_CompanyKindClaim_Fragment = { __typename: 'CompanyKindClaim', id: string, rank: ClaimRank, kindValue: CompanyKind, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'DisputedClaim_CompanyKindClaim_Fragment' };

type DisputedClaim_DateClaim_Fragment = { __typename: 'DateClaim', id: string, rank: ClaimRank, dateValue?: { label: string } | null, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'DisputedClaim_DateClaim_Fragment' };

type DisputedClaim_FundingStageClaim_Fragment = { __typename: 'FundingStageClaim', id: string, rank: ClaimRank, stageValue: FundingStage, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'DisputedClaim_FundingStageClaim_Fragment' };

type DisputedClaim_InvestorsClaim_Fragment = { __typename: 'InvestorsClaim', id: string, rank: ClaimRank, investorsValue: Array<{ investor?:
      | { name: string }
      | { name: string }
     | null }>, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'DisputedClaim_InvestorsClaim_Fragment' };

type DisputedClaim_MoneyClaim_Fragment = { __typename: 'MoneyClaim', id: string, rank: ClaimRank, moneyValue?: { amount: string, currency: string } | null, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'DisputedClaim_MoneyClaim_Fragment' };

type DisputedClaim_QuoteFormClaim_Fragment = { __typename: 'QuoteFormClaim', id: string, rank: ClaimRank, formValue: QuoteForm, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'DisputedClaim_QuoteFormClaim_Fragment' };

type DisputedClaim_TextClaim_Fragment = { __typename: 'TextClaim', id: string, rank: ClaimRank, textValue?: string | null, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'DisputedClaim_TextClaim_Fragment' };

export type DisputedClaimFragment =
  | DisputedClaim_CompanyKindClaim_Fragment
  | DisputedClaim_DateClaim_Fragment
  | DisputedClaim_FundingStageClaim_Fragment
  | DisputedClaim_InvestorsClaim_Fragment
  | DisputedClaim_MoneyClaim_Fragment
  | DisputedClaim_QuoteFormClaim_Fragment
  | DisputedClaim_TextClaim_Fragment
;

export type CompanyDisputesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CompanyDisputesQuery = { disputes: { nodes: Array<{ property: FactProperty, record:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , claims: Array<
        | { ' $fragmentRefs'?: { 'DisputedClaim_CompanyKindClaim_Fragment': DisputedClaim_CompanyKindClaim_Fragment } }
        | { ' $fragmentRefs'?: { 'DisputedClaim_DateClaim_Fragment': DisputedClaim_DateClaim_Fragment } }
        | { ' $fragmentRefs'?: { 'DisputedClaim_FundingStageClaim_Fragment': DisputedClaim_FundingStageClaim_Fragment } }
        | { ' $fragmentRefs'?: { 'DisputedClaim_InvestorsClaim_Fragment': DisputedClaim_InvestorsClaim_Fragment } }
        | { ' $fragmentRefs'?: { 'DisputedClaim_MoneyClaim_Fragment': DisputedClaim_MoneyClaim_Fragment } }
        | { ' $fragmentRefs'?: { 'DisputedClaim_QuoteFormClaim_Fragment': DisputedClaim_QuoteFormClaim_Fragment } }
        | { ' $fragmentRefs'?: { 'DisputedClaim_TextClaim_Fragment': DisputedClaim_TextClaim_Fragment } }
      > }> } };

type InvestorLink_Company_Fragment = { __typename: 'Company', id: string, slug: string, name: string } & { ' $fragmentName'?: 'InvestorLink_Company_Fragment' };

type InvestorLink_Person_Fragment = { __typename: 'Person', id: string, slug: string, name: string } & { ' $fragmentName'?: 'InvestorLink_Person_Fragment' };

export type InvestorLinkFragment =
  | InvestorLink_Company_Fragment
  | InvestorLink_Person_Fragment
;

export type FundingRoundItemFragment = { id: string, status: DealStatus, stage: FundingStage, disputed: Array<FactProperty>, announcedOn?: { label: string } | null, amount?: { amount: string, currency: string } | null, postMoneyValuation?: { amount: string, currency: string } | null, leadInvestors: Array<
    | { ' $fragmentRefs'?: { 'InvestorLink_Company_Fragment': InvestorLink_Company_Fragment } }
    | { ' $fragmentRefs'?: { 'InvestorLink_Person_Fragment': InvestorLink_Person_Fragment } }
  >, investors: Array<
    | { ' $fragmentRefs'?: { 'InvestorLink_Company_Fragment': InvestorLink_Company_Fragment } }
    | { ' $fragmentRefs'?: { 'InvestorLink_Person_Fragment': InvestorLink_Person_Fragment } }
  >, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'FundingRoundItemFragment' };

export type QuoteCardFragment = { id: string, text: string, form: QuoteForm, attribution: string, saidOn?: { label: string } | null, speaker?: { slug: string, name: string } | null, attributedTo?: { slug: string, name: string } | null, about: Array<{ slug: string, name: string }>, citations: Array<{ ' $fragmentRefs'?: { 'CitationItemFragment': CitationItemFragment } }> } & { ' $fragmentName'?: 'QuoteCardFragment' };

export type RoundsTimelineFragment = { id: string, status: DealStatus, announcedOn?: { date: string, label: string } | null, amount?: { amountUsd?: string | null } | null, postMoneyValuation?: { amountUsd?: string | null } | null } & { ' $fragmentName'?: 'RoundsTimelineFragment' };

export type CompanyPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CompanyPageQuery = { company?: { id: string, disputed: Array<FactProperty>, name: string, kind: CompanyKind, description?: string | null, aliases: Array<string>, country?: string | null, headquarters?: string | null, website?: string | null, foundedOn?: { label: string } | null, totalRaised?: { amount: string, currency: string } | null, latestValuation?: { amount: string, currency: string } | null, people: { nodes: Array<{ id: string, title: string, since?: { label: string } | null, person: { slug: string, name: string } }> }, fundingRounds: { nodes: Array<(
        { id: string, disputed: Array<FactProperty> }
        & { ' $fragmentRefs'?: { 'FundingRoundItemFragment': FundingRoundItemFragment;'RoundsTimelineFragment': RoundsTimelineFragment } }
      )> }, quotesAbout: { nodes: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'QuoteCardFragment': QuoteCardFragment } }
      )> } } | null };

export type PersonPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PersonPageQuery = { person?: { id: string, name: string, bio?: string | null, roles: Array<{ id: string, title: string, since?: { label: string } | null, until?: { label: string } | null, company: { slug: string, name: string } }>, quotes: { totalCount: number, nodes: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'QuoteCardFragment': QuoteCardFragment } }
      )> } } | null };

export type SearchPageQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SearchPageQuery = { search: { totalCount: number, edges: Array<{ score: number, node:
        | { __typename: 'Company', id: string, slug: string, name: string, kind: CompanyKind, description?: string | null }
        | { __typename: 'Person', id: string, slug: string, name: string, bio?: string | null }
        | { __typename: 'Quote', id: string, text: string, attribution: string, speaker?: { slug: string, name: string } | null, about: Array<{ slug: string, name: string }> }
       }> } };

export const CitationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]} as unknown as DocumentNode<CitationItemFragment, unknown>;
export const DisputedClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputedClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationItem"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"textValue"},"name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyKindClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"kindValue"},"name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStageClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"stageValue"},"name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFormClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"formValue"},"name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"moneyValue"},"name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dateValue"},"name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestorsClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"investorsValue"},"name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]} as unknown as DocumentNode<DisputedClaimFragment, unknown>;
export const InvestorLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestorLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvestorLinkFragment, unknown>;
export const FundingRoundItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRoundItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadInvestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestorLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestorLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestorLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]} as unknown as DocumentNode<FundingRoundItemFragment, unknown>;
export const QuoteCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"saidOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]} as unknown as DocumentNode<QuoteCardFragment, unknown>;
export const RoundsTimelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}}]}}]} as unknown as DocumentNode<RoundsTimelineFragment, unknown>;
export const CompanyDisputesDocument = {"__meta__":{"hash":"c07a4dea66600856886c89cf2fb17b5bd2c25a498813f45c9d82d07663c66768"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyDisputes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"company"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputedClaim"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputedClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationItem"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"textValue"},"name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyKindClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"kindValue"},"name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStageClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"stageValue"},"name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFormClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"formValue"},"name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"moneyValue"},"name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DateClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dateValue"},"name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestorsClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"investorsValue"},"name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyDisputesQuery, CompanyDisputesQueryVariables>;
export const CompanyPageDocument = {"__meta__":{"hash":"412f1ab18136fa400e39ee2320394e995727349f31ead28ec779f457896202cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"headquarters"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRoundItem"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundsTimeline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotesAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestorLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRoundItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadInvestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestorLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestorLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundsTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"saidOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationItem"}}]}}]}}]} as unknown as DocumentNode<CompanyPageQuery, CompanyPageQueryVariables>;
export const PersonPageDocument = {"__meta__":{"hash":"ba119e4ec9ae8f18d48e2dd82d222c243486fe4e743eb31d93735ad86be53978"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"until"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"saidOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationItem"}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const SearchPageDocument = {"__meta__":{"hash":"0bdf21f2e8468c61751c52122e57f61323bd5294d50209f736bff9d4c007c382"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;