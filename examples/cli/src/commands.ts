// One function per command: it fetches through the SDK and returns the lines to print, or the
// data to print as JSON.
import {
  type CompanyQuery,
  type DealStatus,
  type MoatClient,
  formatMoney as money,
  type PersonQuery,
  paginate,
  type QuoteWithAttributionFragment,
  type RecordType,
  type RoundSummaryFragment,
} from '@moat/sdk';
import {
  citations,
  type Dispute,
  disputeLines,
  marked,
  NONE,
  names,
  plain,
  shorten,
  table,
} from './format.js';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

/** Nothing has the slug asked for: exit code 1. */
export class NotFoundError extends Error {}

export interface Output {
  /** What `--json` prints. */
  data: unknown;
  /** What people read. */
  lines: string[];
}

export interface CommandInput {
  moat: MoatClient;
  args: string[];
  options: {
    company?: string;
    investor?: string;
    status?: string[];
    since?: string;
    about?: string;
    speaker?: string;
    type?: string;
  };
}

const STATUSES = [
  'RUMORED',
  'IN_NEGOTIATION',
  'ANNOUNCED',
  'CLOSED',
  'CANCELLED',
] as const satisfies DealStatus[];

/** "in-negotiation", "IN_NEGOTIATION" and "in negotiation" all name IN_NEGOTIATION. */
function dealStatuses(values: string[]): DealStatus[] {
  return values
    .flatMap((value) => value.split(','))
    .map((value) => {
      const status = STATUSES.find((known) => known === value.trim().toUpperCase().replace(/[-\s]/g, '_'));
      if (!status)
        throw new UsageError(
          `--status must be one of ${STATUSES.map((known) => plain(known).replace(' ', '-')).join(', ')}; not "${value}".`,
        );
      return status;
    });
}

const RECORD_TYPES = ['COMPANY', 'FUNDING_ROUND', 'PERSON', 'QUOTE', 'ROLE'] as const satisfies RecordType[];

/** "funding-round", "FUNDING_ROUND" and "funding round" all name FUNDING_ROUND. */
function recordType(value: string): RecordType {
  const type = RECORD_TYPES.find((known) => known === value.trim().toUpperCase().replace(/[-\s]/g, '_'));
  if (!type)
    throw new UsageError(
      `--type must be one of ${RECORD_TYPES.map((known) => plain(known).replace(' ', '-')).join(', ')}; not "${value}".`,
    );
  return type;
}

/** "2025", "2025-01" or "2025-01-27" as the first day it names. */
function sinceDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  const date = match && `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
  if (!date || Number.isNaN(Date.parse(date)) || new Date(date).toISOString().slice(0, 10) !== date)
    throw new UsageError(`--since must be a date as YYYY, YYYY-MM or YYYY-MM-DD; not "${value}".`);
  return date;
}

/** The slugs most like the one that was not found, for the error message. */
async function suggestions(moat: MoatClient, text: string, type: 'Company' | 'Person'): Promise<string> {
  const { search } = await moat.search({ query: text.replaceAll('-', ' '), first: 10 });
  const slugs = search.edges.flatMap(({ node }) =>
    node.__typename === type && (node.__typename === 'Company' || node.__typename === 'Person')
      ? [node.slug]
      : [],
  );
  return slugs.length > 0 ? ` Did you mean ${slugs.slice(0, 3).join(', ')}?` : '';
}

/** The disputes about one record, each with its competing claims. */
function disputesOf(id: string, disputes: readonly Dispute[]): string[] {
  return disputes.filter((dispute) => dispute.record.id === id).flatMap((dispute) => disputeLines(dispute));
}

function roundLines(
  rounds: readonly RoundSummaryFragment[],
  withCompany: boolean,
  disputes: readonly Dispute[] = [],
): string[] {
  const lines: string[] = [];
  for (const round of rounds) {
    const leads = new Set(round.leadInvestors.map((investor) => investor.id));
    const others = round.investors.filter((investor) => !leads.has(investor.id));
    lines.push(
      ...table(
        [
          ...(withCompany ? ['company'] : []),
          'announced',
          'status',
          'amount',
          'post-money',
          'lead',
          'others',
        ],
        [
          [
            ...(withCompany ? [round.company.name] : []),
            marked(round.announcedOn?.label ?? NONE, round.disputed, 'ANNOUNCED_ON'),
            plain(round.status),
            marked(money(round.amount), round.disputed, 'AMOUNT'),
            marked(money(round.postMoneyValuation), round.disputed, 'POST_MONEY_VALUATION'),
            marked(names(round.leadInvestors), round.disputed, 'INVESTORS'),
            names(others),
          ],
        ],
      ),
      ...disputesOf(round.id, disputes),
      ...citations(round.citations),
      '',
    );
  }
  return lines;
}

function quoteLines(quotes: readonly QuoteWithAttributionFragment[]): string[] {
  return quotes.flatMap((quote) => [
    `  ${quote.attribution} (${plain(quote.form)}${quote.saidOn ? `, ${quote.saidOn.label}` : ''}): “${quote.text}”`,
    ...citations(quote.citations),
  ]);
}

function companyLines(company: NonNullable<CompanyQuery['company']>, disputes: readonly Dispute[]): string[] {
  const { disputed } = company;
  return [
    `${company.name} (${marked(plain(company.kind), disputed, 'KIND')})`,
    ...(company.description ? [marked(company.description, disputed, 'DESCRIPTION')] : []),
    '',
    ...table(
      ['country', 'headquarters', 'founded', 'total raised', 'latest valuation'],
      [
        [
          marked(company.country ?? NONE, disputed, 'COUNTRY'),
          marked(company.headquarters ?? NONE, disputed, 'HEADQUARTERS'),
          marked(company.foundedOn?.label ?? NONE, disputed, 'FOUNDED_ON'),
          money(company.totalRaised),
          money(company.latestValuation),
        ],
      ],
    ),
    ...disputesOf(company.id, disputes),
    '',
    `People (${company.people.totalCount})`,
    ...(company.people.nodes.length > 0
      ? table(
          ['name', 'title', 'since'],
          company.people.nodes.map((role) => [role.person.name, role.title, role.since?.label ?? NONE]),
        )
      : ['  none recorded']),
    '',
    `Funding rounds (${company.fundingRounds.totalCount})`,
    ...(company.fundingRounds.nodes.length > 0
      ? roundLines(company.fundingRounds.nodes, false, disputes)
      : ['  none recorded', '']),
    `Quotes about ${company.name} (${company.quotesAbout.totalCount})`,
    ...(company.quotesAbout.nodes.length > 0 ? quoteLines(company.quotesAbout.nodes) : ['  none recorded']),
  ];
}

function personLines(person: NonNullable<PersonQuery['person']>): string[] {
  return [
    person.name,
    ...(person.bio ? [person.bio] : []),
    '',
    'Roles',
    ...(person.roles.length > 0
      ? table(
          ['title', 'company'],
          person.roles.map((role) => [role.title, role.company.name]),
        )
      : ['  none recorded']),
    '',
    `Quotes (${person.quotes.totalCount})`,
    ...(person.quotes.nodes.length > 0 ? quoteLines(person.quotes.nodes) : ['  none recorded']),
  ];
}

/** What a dispute is about, as people name it: "Cohere, series c round". */
function recordName(record: Dispute['record']): string {
  switch (record.__typename) {
    case 'Company':
    case 'Person':
      return record.name;
    case 'FundingRound':
      return `${record.company.name}, ${plain(record.stage)} round`;
    case 'Quote':
      return `the quote “${shorten(record.text, 60)}”`;
    case 'Role':
      return `${record.person.name}, ${record.title} at ${record.company.name}`;
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The commands, each with how many arguments it takes and which options. */
export const commands = {
  company: {
    usage: 'company <slug>',
    summary: 'a company: its facts, people, funding rounds and quotes about it',
    arguments: ['slug'],
    options: [],
    async run({ moat, args: [slug = ''] }: CommandInput): Promise<Output> {
      const data = await moat.company({ slug });
      if (!data.company)
        throw new NotFoundError(
          `No company has the slug "${slug}".${await suggestions(moat, slug, 'Company')}`,
        );
      // The competing values, fetched only when something is disputed.
      const anyDisputed = [data.company, ...data.company.fundingRounds.nodes].some(
        (record) => record.disputed.length > 0,
      );
      const disputes = anyDisputed
        ? await collect(paginate(moat.disputes, { filter: { company: slug }, first: 100 }))
        : [];
      return { data, lines: companyLines(data.company, disputes) };
    },
  },
  person: {
    usage: 'person <slug>',
    summary: 'a person: their roles and quotes',
    arguments: ['slug'],
    options: [],
    async run({ moat, args: [slug = ''] }: CommandInput): Promise<Output> {
      const data = await moat.person({ slug });
      if (!data.person)
        throw new NotFoundError(
          `No person has the slug "${slug}".${await suggestions(moat, slug, 'Person')}`,
        );
      return { data, lines: personLines(data.person) };
    },
  },
  rounds: {
    usage: 'rounds [--company <slug>] [--investor <slug>] [--status <status>] [--since <date>]',
    summary: 'funding rounds, newest first',
    arguments: [],
    options: ['company', 'investor', 'status', 'since'],
    async run({ moat, options }: CommandInput): Promise<Output> {
      const filter = {
        company: options.company,
        investor: options.investor,
        status: options.status && dealStatuses(options.status),
        announcedFrom: options.since && sinceDate(options.since),
      };
      const rounds = await collect(paginate(moat.fundingRounds, { filter, first: 100 }));
      const lines = rounds.length > 0 ? roundLines(rounds, true) : ['No funding round matches.'];
      return { data: rounds, lines: [`Funding rounds (${rounds.length})`, ...lines] };
    },
  },
  quotes: {
    usage: 'quotes [--about <company slug>] [--speaker <person slug>]',
    summary: 'quotes, newest first, with who said them and the cited excerpt',
    arguments: [],
    options: ['about', 'speaker'],
    async run({ moat, options }: CommandInput): Promise<Output> {
      const filter = { about: options.about, speaker: options.speaker };
      const quotes = await collect(paginate(moat.quotes, { filter, first: 100 }));
      const lines = quotes.length > 0 ? quoteLines(quotes) : ['No quote matches.'];
      return { data: quotes, lines: [`Quotes (${quotes.length})`, ...lines] };
    },
  },
  disputes: {
    usage: 'disputes [--company <slug>] [--type <record type>]',
    summary: 'facts whose sources disagree, newest first, with each claim and its source',
    arguments: [],
    options: ['company', 'type'],
    async run({ moat, options }: CommandInput): Promise<Output> {
      const filter = { company: options.company, type: options.type ? recordType(options.type) : undefined };
      const disputes = await collect(paginate(moat.disputes, { filter, first: 100 }));
      const lines = disputes.flatMap((dispute) => [
        `  ${recordName(dispute.record)}`,
        ...disputeLines(dispute, '    '),
        '',
      ]);
      return {
        data: disputes,
        lines: [`Disputes (${disputes.length})`, ...(lines.length > 0 ? lines : ['No dispute matches.'])],
      };
    },
  },
  search: {
    usage: 'search <text>',
    summary: 'companies, people and quotes matching a text (typos are fine)',
    arguments: ['text'],
    options: [],
    async run({ moat, args: [text = ''] }: CommandInput): Promise<Output> {
      const { search } = await moat.search({ query: text, first: 20 });
      const rows = search.edges.map(({ node, score }) => [
        node.__typename.toLowerCase(),
        node.__typename === 'Quote' ? `“${shorten(node.text, 60)}” (${node.attribution})` : node.name,
        node.__typename === 'Quote' ? NONE : node.slug,
        score.toFixed(2),
      ]);
      const lines =
        rows.length > 0 ? table(['type', 'match', 'slug', 'score'], rows) : [`Nothing matches "${text}".`];
      return { data: search.edges, lines };
    },
  },
} as const;

export type CommandName = keyof typeof commands;
