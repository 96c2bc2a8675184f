// What the benchmark asks: each workload as Moat's query, PostGraphile's query (aliased to
// Moat's field names) and the ceiling's one hand-written SQL statement returning Moat's JSON.
import { DEFAULT_QUERY } from '../src/server.js';
import { companySlug, fundSlug, plan, random } from './dataset.js';

export type ServerName = 'moat-pg' | 'moat-pglite' | 'postgraphile' | 'ceiling';

/** Sends one GraphQL request to a server and returns its `data` (throws on `errors`). */
export type Ask = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface WorkloadContext {
  size: number;
  /** Runs SQL on the PostgreSQL copy of the data set. */
  sql: <Row>(text: string, params?: unknown[]) => Promise<Row[]>;
}

type Variables = Record<string, unknown>;

export interface Workload {
  name: string;
  moat: string;
  /** Undefined where PostGraphile has no equivalent. */
  postgraphile?: string;
  /** One statement returning one row whose `data` column is the JSON text of `data`. */
  ceiling: string;
  /** The variables of the nth request; the ceiling binds their values as $1, $2, … in order. */
  variables?: (n: number, prepared: Variables) => Variables;
  /** Found once per server before measuring (a deep cursor, a source's ID). */
  prepare?: (server: ServerName, ask: Ask, context: WorkloadContext) => Promise<Variables>;
  /** Every `every`th request is this write instead of the read. */
  write?: {
    every: number;
    moat: string;
    postgraphile: string;
    ceiling: string;
    variables: (server: ServerName, n: number, prepared: Variables) => Variables;
  };
}

/** Money as Moat shows it, or null. */
const money = (column: string, currency?: string) =>
  `case when ${column} is null then null else json_build_object('amount', ${column}::text${
    currency ? `, 'currency', ${currency}` : ''
  }) end`;
const partialDate = (column: string) =>
  `case when ${column} is null then null else json_build_object('date', ${column}::text) end`;
/** An aggregate of JSON objects that is `[]`, not null, over no rows. */
const list = (aggregate: string) => `coalesce(${aggregate}, '[]'::json)`;
/** Rounds of one company as Moat orders them: newest first, undated last, then by ID. */
const NEWEST = `coalesce(announced_on, date '0001-01-01') desc, id`;

const nested = (first: number): Workload => ({
  name: `nested ${first}: companies → 5 rounds → investments → investor`,
  moat: `query Nested($first: Int) { companies(first: $first, filter: { kind: [STARTUP] }) { nodes {
    slug name fundingRounds(first: 5) { nodes { stage status amount { amount }
      investments { isLead investor { __typename ... on Company { name } ... on Person { name } } } } } } } }`,
  postgraphile: `query Nested($first: Int) { companies: allCompanies(first: $first, condition: { kind: STARTUP }, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes {
    slug name fundingRounds: fundingRoundsByCompanyId(first: 5, orderBy: [ANNOUNCED_ON_DESC, PRIMARY_KEY_ASC]) { nodes { stage status amount
      investments: investmentsByRoundId { nodes { isLead company: companyByCompanyId { name } person: personByPersonId { name } } } } } } } }`,
  ceiling: `select json_build_object('companies', json_build_object('nodes', ${list(
    `json_agg(json_build_object('slug', c.slug, 'name', c.name, 'fundingRounds', json_build_object('nodes', r.nodes)) order by c.name, c.id)`,
  )}))::text as data
  from (select id, slug, name from companies where kind = 'STARTUP' order by name, id limit $1) c
  cross join lateral (
    select ${list(
      `json_agg(json_build_object('stage', f.stage, 'status', f.status, 'amount', ${money('f.amount')}, 'investments', i.nodes) order by f.sort desc, f.id)`,
    )} as nodes
    from (select id, stage, status, amount, coalesce(announced_on, date '0001-01-01') as sort
          from funding_rounds where company_id = c.id order by ${NEWEST} limit 5) f
    cross join lateral (
      select ${list(
        `json_agg(json_build_object('isLead', v.is_lead, 'investor', case when v.company_id is null
          then json_build_object('__typename', 'Person', 'name', p.name)
          else json_build_object('__typename', 'Company', 'name', o.name) end) order by v.id)`,
      )} as nodes
      from investments v left join companies o on o.id = v.company_id left join people p on p.id = v.person_id
      where v.round_id = f.id) i) r`,
  variables: () => ({ first }),
});

/** Slugs for point lookups: a fixed-seed shuffle of the data set's companies, reused in turn. */
function lookupKeys(size: number): string[] {
  const next = random(7);
  const { raisers } = plan(size);
  return Array.from({ length: 1000 }, () => companySlug(Math.floor(next() * raisers)));
}
const keysBySize = new Map<number, string[]>();
const slugFor = (size: number, n: number) => {
  if (!keysBySize.has(size)) keysBySize.set(size, lookupKeys(size));
  const keys = keysBySize.get(size) as string[];
  return keys[n % keys.length] as string;
};

const LOOKUP_MOAT = `query Lookup($slug: String!) { company(slug: $slug) { slug name kind
  fundingRounds(first: 10) { totalCount nodes { stage status amount { amount } announcedOn { date } } } } }`;
const LOOKUP_POSTGRAPHILE = `query Lookup($slug: String!) { company: companyBySlug(slug: $slug) { slug name kind
  fundingRounds: fundingRoundsByCompanyId(first: 10, orderBy: [ANNOUNCED_ON_DESC, PRIMARY_KEY_ASC]) { totalCount nodes { stage status amount announcedOn } } } }`;
const LOOKUP_CEILING = `select json_build_object('company', (
  select json_build_object('slug', c.slug, 'name', c.name, 'kind', c.kind, 'fundingRounds', json_build_object(
    'totalCount', (select count(*) from funding_rounds where company_id = c.id)::int,
    'nodes', (select ${list(
      `json_agg(json_build_object('stage', f.stage, 'status', f.status, 'amount', ${money('f.amount')}, 'announcedOn', ${partialDate('f.announced_on')}) order by coalesce(f.announced_on, date '0001-01-01') desc, f.id)`,
    )} from (select * from funding_rounds where company_id = c.id order by ${NEWEST} limit 10) f)))
  from companies c where c.slug = $1))::text as data`;

/** Every nth lookup's slug and variables; `size` picks the data set's keys. */
const lookupVariables = (size: number) => (n: number) => ({ slug: slugFor(size, n) });

/** A feed of companies in one order, optionally filtered by kind. */
const companyFeed = (order: 'NAME_ASC' | 'NAME_DESC' | 'SLUG_ASC', kind?: string): Workload => {
  const sqlOrder = { NAME_ASC: 'name, id', NAME_DESC: 'name desc, id desc', SLUG_ASC: 'slug' }[order];
  const where = kind ? `where kind = '${kind}'` : '';
  return {
    name: `companies ${order}${kind ? `, kind ${kind}` : ''}, first 50`,
    moat: `{ companies(first: 50, orderBy: ${order}${kind ? `, filter: { kind: [${kind}] }` : ''}) {
      totalCount nodes { slug name kind country } } }`,
    postgraphile: `{ companies: allCompanies(first: 50, orderBy: [${order}, PRIMARY_KEY_${order === 'NAME_DESC' ? 'DESC' : 'ASC'}]${
      kind ? `, condition: { kind: ${kind} }` : ''
    }) { totalCount nodes { slug name kind country } } }`,
    ceiling: `select json_build_object('companies', json_build_object(
      'totalCount', (select count(*) from companies ${where})::int,
      'nodes', (select ${list(`json_agg(json_build_object('slug', slug, 'name', name, 'kind', kind, 'country', country) order by ${sqlOrder})`)}
        from (select slug, name, kind, country, id from companies ${where} order by ${sqlOrder} limit 50) c)))::text as data`,
  };
};

type RoundOrder = 'AMOUNT_USD_DESC' | 'ANNOUNCED_ON_ASC' | 'ANNOUNCED_ON_DESC';
/** Moat's round orderings: never-null sort keys, then the ID. */
const ROUND_ORDER: Record<RoundOrder, string> = {
  AMOUNT_USD_DESC: 'coalesce(amount_usd, -1) desc, id',
  ANNOUNCED_ON_ASC: `coalesce(announced_on, date '9999-12-31'), id`,
  ANNOUNCED_ON_DESC: NEWEST,
};

/**
 * A feed of 100 rounds with their companies, in one order and optionally filtered:
 * `filter` is Moat's, `condition` PostGraphile's (with the connection-filter plugin), `where` SQL.
 */
const roundFeed = (
  order: RoundOrder,
  label = '',
  filter?: { moat: string; postgraphile: string; where: string },
): Workload => {
  const where = filter ? `where ${filter.where}` : '';
  return {
    name: `fundingRounds ${order}${label}, first 100`,
    moat: `{ fundingRounds(first: 100, orderBy: ${order}${filter ? `, filter: ${filter.moat}` : ''}) {
      totalCount nodes { stage status amount { amount } announcedOn { date } company { slug name } } } }`,
    postgraphile: `{ fundingRounds: allFundingRounds(first: 100, orderBy: [${order}, PRIMARY_KEY_ASC]${
      filter ? `, filter: ${filter.postgraphile}` : ''
    }) { totalCount nodes { stage status amount announcedOn company: companyByCompanyId { slug name } } } }`,
    ceiling: `select json_build_object('fundingRounds', json_build_object(
      'totalCount', (select count(*) from funding_rounds f ${where})::int,
      'nodes', (select ${list(
        `json_agg(json_build_object('stage', f.stage, 'status', f.status, 'amount', ${money('f.amount')}, 'announcedOn', ${partialDate('f.announced_on')},
          'company', json_build_object('slug', c.slug, 'name', c.name)) order by f.ord)`,
      )} from (select f.*, row_number() over (order by ${ROUND_ORDER[order]}) as ord
               from funding_rounds f ${where} order by ${ROUND_ORDER[order]} limit 100) f
        join companies c on c.id = f.company_id)))::text as data`,
  };
};

const SEARCH_MOAT = `query Search($query: String!) { search(query: $query, first: 20) { totalCount nodes {
  __typename ... on Company { slug name } ... on Person { slug name } ... on Quote { text } } } }`;
/** Moat's search (db/queries/search.ts), its bounded candidates and its ranking, with the rows joined in, as one statement. */
const Q = 'lower($1::text)';
const TERMS = `websearch_to_tsquery('english', $1::text)`;
const matches = (column: string) => `(${column} % ${Q} or ${Q} <% ${column})`;
const nameScore = (column: string) =>
  `greatest(similarity(${column}, ${Q}), word_similarity(${Q}, ${column}))`;
/** The 100 rows nearest the query by `column` among those `where` keeps (one GiST index scan). */
const nearest = (select: string, column: string, where: string) =>
  `(${select} where ${where} order by ${Q} <<-> ${column} limit 100)`;
const nearestNames = (select: string, column: string, where = 'true') =>
  `${nearest(select, column, `${where} and ${column} % ${Q}`)} union ${nearest(select, column, `${where} and ${Q} <% ${column}`)}`;
const ranked = (type: string, candidates: string, score: string, where: string, node: string) =>
  `(select '${type}'::text as type, id, ${score} as score, ${node} as node from (${candidates}) c
    where ${where} order by score desc, id limit 100)`;
const COMPANY_ROWS = 'select id, slug, name, aliases from companies';
const SEARCH_CEILING = `with hits as (
  ${ranked(
    'Company',
    `${nearestNames(COMPANY_ROWS, 'lower(name)')} union ${nearestNames(COMPANY_ROWS, 'search_aliases(aliases)', `aliases <> '{}'`)}`,
    `greatest(${nameScore('lower(name)')}, coalesce((select max(${nameScore('lower(a)')}) from unnest(aliases) a), 0))`,
    `${matches('lower(name)')} or exists (select 1 from unnest(aliases) a where ${matches('lower(a)')})`,
    `json_build_object('__typename', 'Company', 'slug', slug, 'name', name)`,
  )}
  union all
  ${ranked(
    'Person',
    nearestNames('select id, slug, name from people', 'lower(name)'),
    nameScore('lower(name)'),
    matches('lower(name)'),
    `json_build_object('__typename', 'Person', 'slug', slug, 'name', name)`,
  )}
  union all
  ${ranked(
    'Quote',
    `${nearest('select id, text from quotes', 'lower(text)', `${Q} <% lower(text)`)}
      union (select id, text from quotes where to_tsvector('english', text) @@ ${TERMS} limit 100)`,
    `greatest(ts_rank(to_tsvector('english', text), ${TERMS}), 0.8 * word_similarity(${Q}, lower(text)))`,
    `to_tsvector('english', text) @@ ${TERMS} or ${Q} <% lower(text)`,
    `json_build_object('__typename', 'Quote', 'text', text)`,
  )}
),
page as (select node, score, type, id from hits order by score desc, type, id limit 20)
select json_build_object('search', json_build_object(
  'totalCount', (select count(*) from hits)::int,
  'nodes', (select ${list('json_agg(node order by score desc, type, id)')} from page)))::text as data`;

const search = (text: string): Workload => ({
  name: `search "${text}", first 20`,
  moat: SEARCH_MOAT,
  ceiling: SEARCH_CEILING,
  variables: () => ({ query: text }),
});

const DEEP_MOAT = `query Deep($after: String) { companies(first: 20, after: $after) { nodes { slug name } } }`;
const DEEP_POSTGRAPHILE = `query Deep($after: Cursor) { companies: allCompanies(first: 20, after: $after, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes { slug name } } }`;

/** The page after 90% of the companies (by name): its cursor is found once per server. */
const deepPage: Workload = {
  name: 'deep cursor: 20 companies after 90% of them',
  moat: DEEP_MOAT,
  postgraphile: DEEP_POSTGRAPHILE,
  ceiling: `select json_build_object('companies', json_build_object('nodes', (select ${list(
    `json_agg(json_build_object('slug', slug, 'name', name) order by name, id)`,
  )} from (select slug, name, id from companies where (name, id) > ($1, $2::uuid) order by name, id limit 20) c)))::text as data`,
  variables: (_, prepared) => prepared,
  async prepare(server, ask, { sql }) {
    const [counted] = await sql<{ count: number }>('select count(*)::int as count from companies');
    const skip = Math.floor(((counted?.count ?? 0) * 0.9) / 100) * 100;
    if (server === 'ceiling') {
      const [row] = await sql<{ name: string; id: string }>(
        'select name, id from companies order by name, id offset $1 limit 1',
        [skip - 1],
      );
      return { name: row?.name, id: row?.id };
    }
    if (server === 'postgraphile') {
      const data = await ask(
        `query($offset: Int) { allCompanies(first: 1, offset: $offset, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { edges { cursor } } }`,
        { offset: skip - 1 },
      );
      return { after: (data.allCompanies as { edges: { cursor: string }[] }).edges[0]?.cursor };
    }
    // Moat's cursors are its own: page to the spot, 100 at a time.
    let after: string | undefined;
    for (let seen = 0; seen < skip; seen += 100) {
      const data = await ask(
        `query($after: String) { companies(first: 100, after: $after) { pageInfo { endCursor } } }`,
        { after },
      );
      after = (data.companies as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    }
    return { after };
  },
};

const DEFAULT_POSTGRAPHILE = `{ company: companyBySlug(slug: "openai") { name description
  fundingRounds: fundingRoundsByCompanyId(first: 5, orderBy: [ANNOUNCED_ON_DESC, PRIMARY_KEY_ASC]) { totalCount nodes {
    status amount currency postMoneyValuation
    leadInvestors: investmentsByRoundId(filter: { isLead: { equalTo: true } }, orderBy: PRIMARY_KEY_ASC) { nodes {
      company: companyByCompanyId { name slug } person: personByPersonId { name slug } } }
    citations: citationsByFundingRoundId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { excerpt source: sourceBySourceId { title } } } } }
  quotesAbout: quoteSubjectsByCompanyId(first: 5) { nodes { quote: quoteByQuoteId { text form attribution } } } } }`;
const DEFAULT_CEILING = `select json_build_object('company', (select json_build_object('name', c.name, 'description', c.description,
  'fundingRounds', json_build_object(
    'totalCount', (select count(*) from funding_rounds where company_id = c.id)::int,
    'nodes', (select ${list(`json_agg(json_build_object('status', r.status,
      'amount', ${money('r.amount', 'r.currency')}, 'postMoneyValuation', ${money('r.post_money_valuation', 'r.currency')},
      'leadInvestors', (select ${list(`json_agg(coalesce(
          (select json_build_object('name', o.name, 'slug', o.slug) from companies o where o.id = v.company_id),
          (select json_build_object('name', p.name, 'slug', p.slug) from people p where p.id = v.person_id)) order by v.id)`)}
        from investments v where v.round_id = r.id and v.is_lead),
      'citations', (select ${list(`json_agg(json_build_object('excerpt', t.excerpt, 'source', json_build_object('title', s.title)) order by t.position, t.id)`)}
        from citations t join sources s on s.id = t.source_id where t.funding_round_id = r.id))
      order by coalesce(r.announced_on, date '0001-01-01') desc, r.id)`)}
      from (select * from funding_rounds where company_id = c.id order by ${NEWEST} limit 5) r)),
  'quotesAbout', json_build_object('nodes', (select ${list(`json_agg(json_build_object('text', q.text, 'form', q.form, 'attribution', q.attribution) order by q.sort desc, q.id)`)}
    from (select q.*, coalesce(q.said_on, date '0001-01-01') as sort from quotes q join quote_subjects s on s.quote_id = q.id
          where s.company_id = c.id order by sort desc, q.id limit 5) q)))
  from companies c where c.slug = 'openai'))::text as data`;

/** Written companies' slugs start so; each run removes the last run's. */
export const WRITTEN_SLUG_PREFIX = 'bench-write-';
const runTag = Date.now().toString(36);

const writeMix = (size: number): Workload => ({
  name: 'write mix: 90% lookups, 10% createCompany',
  moat: LOOKUP_MOAT,
  postgraphile: LOOKUP_POSTGRAPHILE,
  ceiling: LOOKUP_CEILING,
  variables: lookupVariables(size),
  async prepare(server, ask) {
    if (server === 'moat-pg' || server === 'moat-pglite') {
      const data = await ask('{ sources(first: 100) { nodes { id title } } }');
      const nodes = (data.sources as { nodes: { id: string; title: string }[] }).nodes;
      return { source: nodes.find((node) => node.title === 'The benchmark ledger')?.id };
    }
    return {};
  },
  write: {
    every: 10,
    moat: `mutation Create($input: CreateCompanyInput!) { createCompany(input: $input) {
      __typename ... on CreateCompanyPayload { company { id slug } } } }`,
    postgraphile: `mutation Create($input: CreateCompanyInput!) { createCompany(input: $input) { company { id slug } } }`,
    ceiling: `with company as (insert into companies (slug, name, kind) values ($1, $2, 'CORPORATION') returning id, slug),
      cited as (insert into citations (source_id, excerpt, company_id)
        select s.id, $3, company.id from company, sources s where s.title = 'The benchmark ledger' returning id)
      select json_build_object('createCompany', json_build_object('__typename', 'CreateCompanyPayload',
        'company', json_build_object('id', company.id, 'slug', company.slug)))::text as data
      from company`,
    variables(server, n, prepared) {
      const slug = `${WRITTEN_SLUG_PREFIX}${server}-${runTag}-${n}`;
      const name = `Bench Write ${n}`;
      if (server === 'ceiling') return { slug, name, excerpt: `${name} was founded.` };
      if (server === 'postgraphile') return { input: { company: { slug, name, kind: 'CORPORATION' } } };
      return {
        input: {
          slug,
          name,
          kind: 'CORPORATION',
          citation: { source: prepared.source, excerpt: `${name} was founded.` },
        },
      };
    },
  },
});

/** Every workload, for a data set of `size` companies. */
export function workloads(size: number): Workload[] {
  return [
    {
      // What every request pays before any data: HTTP, parsing, validation, execution, the answer.
      name: 'floor: { __typename }, no data',
      moat: '{ __typename }',
      postgraphile: '{ __typename }',
      ceiling: `select json_build_object('__typename', 'Query')::text as data`,
    },
    nested(10),
    nested(50),
    nested(100),
    {
      name: 'lookup: one company by slug with its rounds (random keys)',
      moat: LOOKUP_MOAT,
      postgraphile: LOOKUP_POSTGRAPHILE,
      ceiling: LOOKUP_CEILING,
      variables: lookupVariables(size),
    },
    companyFeed('NAME_ASC'),
    companyFeed('NAME_DESC'),
    companyFeed('SLUG_ASC'),
    companyFeed('NAME_ASC', 'RESEARCH_LAB'),
    roundFeed('ANNOUNCED_ON_DESC'),
    roundFeed('ANNOUNCED_ON_ASC'),
    roundFeed('AMOUNT_USD_DESC'),
    roundFeed('ANNOUNCED_ON_DESC', ', status ANNOUNCED', {
      moat: '{ status: [ANNOUNCED] }',
      postgraphile: '{ status: { equalTo: ANNOUNCED } }',
      where: `f.status = 'ANNOUNCED'`,
    }),
    roundFeed('AMOUNT_USD_DESC', `, investor ${fundSlug(3)} and ≥ $5M`, {
      moat: `{ investor: "${fundSlug(3)}", minAmountUsd: "5000000" }`,
      postgraphile: `{ amountUsd: { greaterThanOrEqualTo: "5000000" }, investmentsByRoundId: { some: { companyByCompanyId: { slug: { equalTo: "${fundSlug(3)}" } } } } }`,
      where: `f.amount_usd >= 5000000 and exists (select 1 from investments v join companies o on o.id = v.company_id
        where v.round_id = f.id and o.slug = '${fundSlug(3)}')`,
    }),
    search('deepsek'),
    search('ship model'),
    deepPage,
    {
      name: 'GraphiQL default query (OpenAI)',
      moat: DEFAULT_QUERY,
      postgraphile: DEFAULT_POSTGRAPHILE,
      ceiling: DEFAULT_CEILING,
    },
    writeMix(size),
  ];
}
