// README's "Deletes" table, rule by rule: on a database where the deleted record has something in
// every related table, exactly the rows its rule names go, its audit entry is the one new row, and
// nothing else changes. A refused delete changes nothing at all.
import { describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import {
  changesSince,
  type DatabaseDigest,
  databaseDigest,
  keysWhere,
  type Row,
  type TableChanges,
} from '../database.js';
import { RecordFundingRound, seriesA } from '../funding-rounds/documents.js';
import { graphql } from '../graphql/gql.js';
import { globalId, startWriteTestServer, type TestServer, useWriteTestServer } from '../helpers.js';

const DeleteCompany = graphql(`
  mutation DeleteCompany($input: DeleteCompanyInput!) {
    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }
  }
`);
const DeletePerson = graphql(`
  mutation DeletePerson($input: DeletePersonInput!) {
    deletePerson(input: $input) { __typename ... on DeletePersonPayload { deletedId } ... on UserError { message } }
  }
`);
const DeleteRole = graphql(`
  mutation DeleteRole($input: DeleteRoleInput!) {
    deleteRole(input: $input) { __typename ... on DeleteRolePayload { deletedId } ... on UserError { message } }
  }
`);
const DeleteQuote = graphql(`
  mutation DeleteQuote($input: DeleteQuoteInput!) {
    deleteQuote(input: $input) { __typename ... on DeleteQuotePayload { deletedId } ... on UserError { message } }
  }
`);
const DeleteFundingRound = graphql(`
  mutation DeleteFundingRound($input: DeleteFundingRoundInput!) {
    deleteFundingRound(input: $input) {
      __typename ... on DeleteFundingRoundPayload { deletedId } ... on UserError { message }
    }
  }
`);
const DeleteSource = graphql(`
  mutation DeleteSource($input: DeleteSourceInput!) {
    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedId } ... on UserError { message } }
  }
`);
const DeleteCitation = graphql(`
  mutation DeleteCitation($input: DeleteCitationInput!) {
    deleteCitation(input: $input) { __typename ... on DeleteCitationPayload { deletedId } ... on UserError { message } }
  }
`);

const RecordAttributedQuote = graphql(`
  mutation RecordAttributedQuote($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }
`);
const AddUncitedSource = graphql(`
  mutation AddUncitedSource($input: AddSourceInput!) { addSource(input: $input) { __typename } }
`);
const CiteAgain = graphql(`
  mutation CiteAgain($input: AddCitationInput!) { addCitation(input: $input) { __typename } }
`);
const DeepSeekId = graphql(`query DeepSeekId { company(slug: "deepseek") { id } }`);
const KeptQuote = graphql(`
  query KeptQuote($id: ID!) { node(id: $id) { ... on Quote { text attribution } } }
`);

type WriteServer = Awaited<ReturnType<typeof startWriteTestServer>>;

/**
 * Besides the seed data, what gives each deleted record something in every table related to it:
 * a DeepSeek round in which OpenAI and Sam Altman invest, a quote attributed to OpenAI, a source
 * no citation cites, and a second citation of DeepSeek.
 */
async function addRelatedRecords({ server, analyst, source }: WriteServer) {
  const deepseek = must((await server.query(DeepSeekId)).data.company).id;
  const written = [
    await server.send(
      RecordFundingRound,
      {
        ...seriesA(source.id),
        investors: [{ company: 'openai' }, { person: 'sam-altman' }],
        leadInvestors: [{ company: 'openai' }],
      },
      analyst.key,
    ),
    await server.send(
      RecordAttributedQuote,
      {
        text: 'DeepSeek changed how the field thinks about cost.',
        form: 'PARAPHRASE',
        attributedTo: 'openai',
        attribution: 'OpenAI staff',
        about: ['deepseek'],
        citation: { source: source.id, excerpt: 'OpenAI staff said DeepSeek changed the cost debate' },
      },
      analyst.key,
    ),
    await server.send(AddUncitedSource, { kind: 'OTHER', title: 'An uncited memo' }, analyst.key),
    await server.send(
      CiteAgain,
      { fact: deepseek, citation: { source: source.id, excerpt: 'DeepSeek, a Chinese startup' } },
      analyst.key,
    ),
  ];
  expect(written.map((result) => result.__typename)).toEqual([
    'RecordFundingRoundPayload',
    'RecordQuotePayload',
    'AddSourcePayload',
    'AddCitationPayload',
  ]);
}

const among = (keys: string[], value: unknown) => keys.includes(String(value));

const CLAIM_SUBJECTS = ['company_id', 'person_id', 'role_id', 'quote_id', 'funding_round_id'];

/**
 * The rows a rule takes along, with the claims about the records it takes and the links of
 * those claims and of its citations to claims (tables named only when they lose a row).
 */
function withClaims(db: DatabaseDigest, gone: Record<string, string[]>): Record<string, string[]> {
  const records = Object.values(gone).flat();
  const claims = keysWhere(db, 'claims', (claim) =>
    CLAIM_SUBJECTS.some((column) => among(records, claim[column])),
  );
  const links = keysWhere(
    db,
    'claim_citations',
    (link) => among(claims, link.claim_id) || among(gone.citations ?? [], link.citation_id),
  );
  return {
    ...gone,
    ...(claims.length > 0 && { claims }),
    ...(links.length > 0 && { claim_citations: links }),
  };
}

interface DeleteRule {
  /** The type deleted, by `delete<type>`. */
  type: string;
  /** Its table, and which of its rows the test deletes. */
  table: string;
  target(row: Row): boolean;
  remove(server: TestServer, record: Row, key: string): Promise<{ __typename: string }>;
  /** The rows the rule takes along, by table, as the database held them before the delete. */
  gone(db: DatabaseDigest, id: string): Record<string, string[]>;
  /** The rows that stay but point at the record: the column that does, by table and key. */
  pointing?(db: DatabaseDigest, id: string): Record<string, { column: string; keys: string[] }>;
}

const rules: DeleteRule[] = [
  {
    type: 'Company',
    table: 'companies',
    target: (row) => row.slug === 'openai',
    remove: (server, company, key) => server.send(DeleteCompany, { slug: String(company.slug) }, key),
    gone(db, id) {
      const roles = keysWhere(db, 'roles', (role) => role.company_id === id);
      const rounds = keysWhere(db, 'funding_rounds', (round) => round.company_id === id);
      const history = keysWhere(db, 'deal_status_changes', (change) => among(rounds, change.round_id));
      return {
        companies: [id],
        roles,
        funding_rounds: rounds,
        deal_status_changes: history,
        investments: keysWhere(
          db,
          'investments',
          (investment) => investment.company_id === id || among(rounds, investment.round_id),
        ),
        quote_subjects: keysWhere(db, 'quote_subjects', (subject) => subject.company_id === id),
        citations: keysWhere(
          db,
          'citations',
          (citation) =>
            citation.company_id === id ||
            among(roles, citation.role_id) ||
            among(rounds, citation.funding_round_id) ||
            among(history, citation.status_change_id),
        ),
      };
    },
    pointing: (db, id) => ({
      quotes: {
        column: 'attributed_to_id',
        keys: keysWhere(db, 'quotes', (quote) => quote.attributed_to_id === id),
      },
    }),
  },
  {
    type: 'Person',
    table: 'people',
    target: (row) => row.slug === 'sam-altman',
    remove: (server, person, key) => server.send(DeletePerson, { slug: String(person.slug) }, key),
    gone(db, id) {
      const roles = keysWhere(db, 'roles', (role) => role.person_id === id);
      return {
        people: [id],
        roles,
        investments: keysWhere(db, 'investments', (investment) => investment.person_id === id),
        citations: keysWhere(
          db,
          'citations',
          (citation) => citation.person_id === id || among(roles, citation.role_id),
        ),
      };
    },
    pointing: (db, id) => ({
      quotes: { column: 'speaker_id', keys: keysWhere(db, 'quotes', (quote) => quote.speaker_id === id) },
    }),
  },
  {
    type: 'Role',
    table: 'roles',
    target: (row) => row.title === 'CEO',
    remove: (server, role, key) => server.send(DeleteRole, { id: globalId('Role', role.id) }, key),
    gone: (db, id) => ({
      roles: [id],
      citations: keysWhere(db, 'citations', (citation) => citation.role_id === id),
    }),
  },
  {
    type: 'Quote',
    table: 'quotes',
    target: (row) => String(row.text).startsWith('DeepSeek’s paper on the R1 model'),
    remove: (server, quote, key) => server.send(DeleteQuote, { id: globalId('Quote', quote.id) }, key),
    gone: (db, id) => ({
      quotes: [id],
      quote_subjects: keysWhere(db, 'quote_subjects', (subject) => subject.quote_id === id),
      citations: keysWhere(db, 'citations', (citation) => citation.quote_id === id),
    }),
  },
  {
    type: 'FundingRound',
    table: 'funding_rounds',
    // The seed's round for OpenAI, led by SoftBank.
    target: (row) => row.stage === 'UNKNOWN',
    remove: (server, round, key) =>
      server.send(DeleteFundingRound, { id: globalId('FundingRound', round.id) }, key),
    gone(db, id) {
      const history = keysWhere(db, 'deal_status_changes', (change) => change.round_id === id);
      return {
        funding_rounds: [id],
        investments: keysWhere(db, 'investments', (investment) => investment.round_id === id),
        deal_status_changes: history,
        citations: keysWhere(
          db,
          'citations',
          (citation) => citation.funding_round_id === id || among(history, citation.status_change_id),
        ),
      };
    },
  },
  {
    type: 'Source',
    table: 'sources',
    target: (row) => row.title === 'An uncited memo',
    remove: (server, source, key) => server.send(DeleteSource, { id: globalId('Source', source.id) }, key),
    gone: (_db, id) => ({ sources: [id] }),
  },
  {
    type: 'Citation',
    table: 'citations',
    // One of DeepSeek's two citations.
    target: (row) => row.excerpt === 'DeepSeek, a Chinese startup',
    remove: (server, citation, key) =>
      server.send(DeleteCitation, { id: globalId('Citation', citation.id) }, key),
    gone: (_db, id) => ({ citations: [id] }),
  },
];

describe('each delete takes exactly what its rule names, and writes its audit entry', () => {
  it.each(rules.map((rule) => [`delete${rule.type}`, rule] as const))('%s', async (_mutation, rule) => {
    const writer = await startWriteTestServer();
    const { server, analyst } = writer;
    await addRelatedRecords(writer);
    const before = await databaseDigest(server);
    const record = must(Object.values(must(before[rule.table])).find(rule.target));
    const id = String(record.id);
    const gone = withClaims(before, rule.gone(before, id));
    const pointing = rule.pointing?.(before, id) ?? {};
    // The data gives the rule something in every table it names.
    const named = [
      ...Object.entries(gone),
      ...Object.entries(pointing).map(([t, { keys }]) => [t, keys] as const),
    ];
    expect(named.filter(([, keys]) => keys.length === 0).map(([table]) => table)).toEqual([]);

    expect(await rule.remove(server, record, analyst.key)).toEqual({
      __typename: `Delete${rule.type}Payload`,
      deletedId: globalId(rule.type, id),
    });

    const expected: Record<string, TableChanges> = {
      audit_log: {
        added: [
          {
            id: expect.any(String),
            api_key_id: analyst.id,
            at: expect.any(String),
            mutation: `delete${rule.type}`,
            record_type: rule.type,
            record_id: id,
            before: expect.objectContaining({ id }),
            after: null,
            transaction_id: expect.any(String),
            position: expect.any(Number),
          },
        ],
      },
    };
    for (const [table, keys] of Object.entries(gone)) expected[table] = { gone: keys };
    // Rows that pointed at the record stay, with only that column cleared.
    for (const [table, { column, keys }] of Object.entries(pointing))
      expected[table] = { changed: Object.fromEntries(keys.map((key) => [key, { [column]: null }])) };
    expect(await changesSince(server, before)).toEqual(expected);

    // Quotes that stay read as before: the same words, by the same attribution.
    for (const key of pointing.quotes?.keys ?? []) {
      const quote = must(before.quotes?.[key]);
      const { data } = await server.query(KeptQuote, { id: globalId('Quote', key) });
      expect(data.node).toEqual({ text: quote.text, attribution: quote.attribution });
    }
  });
});

interface Refusal {
  name: string;
  /** What the refusal needs besides the seed data. */
  prepare?(writer: WriteServer): Promise<void>;
  /** Sends the delete, given the database as it then is. */
  send(writer: WriteServer, db: DatabaseDigest): Promise<{ __typename: string }>;
  result(writer: WriteServer, db: DatabaseDigest): object;
}

const missing = '00000000-0000-4000-8000-000000000000';

const refusals: Refusal[] = [
  {
    name: 'a delete without a key: NotAuthorizedError',
    send: ({ server }) => server.send(DeleteCompany, { slug: 'openai' }, ''),
    result: () => ({
      __typename: 'NotAuthorizedError',
      message: 'This needs an API key: send "Authorization: Bearer <key>".',
    }),
  },
  {
    name: 'a company that does not exist: NotFoundError',
    send: ({ server, analyst }) => server.send(DeleteCompany, { slug: 'no-such-company' }, analyst.key),
    result: () => ({ __typename: 'NotFoundError', message: 'No company has the slug "no-such-company".' }),
  },
  {
    name: 'a person that does not exist: NotFoundError',
    send: ({ server, analyst }) => server.send(DeletePerson, { slug: 'no-such-person' }, analyst.key),
    result: () => ({ __typename: 'NotFoundError', message: 'No person has the slug "no-such-person".' }),
  },
  {
    name: 'a funding round that does not exist: NotFoundError',
    send: ({ server, analyst }) =>
      server.send(DeleteFundingRound, { id: globalId('FundingRound', missing) }, analyst.key),
    result: () => ({ __typename: 'NotFoundError', message: 'No funding round has this ID.' }),
  },
  {
    name: 'the ID of another type: ValidationError',
    send: ({ server, analyst }, db) =>
      server.send(
        DeleteQuote,
        { id: globalId('Company', keysWhere(db, 'companies', () => true)[0]) },
        analyst.key,
      ),
    result: () => ({
      __typename: 'ValidationError',
      message: 'input.id.typename: must be the ID of a quote',
    }),
  },
  {
    name: 'a source that citations cite: ConflictError',
    send: ({ server, analyst, source }) => server.send(DeleteSource, { id: source.id }, analyst.key),
    result: ({ source }, db) => ({
      __typename: 'ConflictError',
      message: `${keysWhere(db, 'citations', (citation) => globalId('Source', citation.source_id) === source.id).length} citation(s) still cite this source; delete or move them first.`,
    }),
  },
  {
    name: 'the only citation of a fact: ConflictError',
    send: ({ server, analyst }, db) => {
      const [softbank] = keysWhere(db, 'companies', (company) => company.slug === 'softbank-group');
      const only = keysWhere(db, 'citations', (citation) => citation.company_id === softbank);
      expect(only).toHaveLength(1);
      return server.send(DeleteCitation, { id: globalId('Citation', only[0]) }, analyst.key);
    },
    result: () => ({
      __typename: 'ConflictError',
      message: 'This is the only citation of its fact; add another before deleting it, or delete the fact.',
    }),
  },
  {
    name: 'the only citation that holds a VERBATIM quote’s words: ConflictError',
    // A second citation of the seed's VERBATIM quote, without its words.
    prepare: async ({ server, analyst, source }) => {
      const [quote] = keysWhere(await databaseDigest(server), 'quotes', (row) => row.form === 'VERBATIM');
      const added = await server.send(
        CiteAgain,
        { fact: globalId('Quote', quote), citation: { source: source.id, excerpt: 'He praised the paper.' } },
        analyst.key,
      );
      expect(added.__typename).toBe('AddCitationPayload');
    },
    send: ({ server, analyst }, db) => {
      const [quote] = keysWhere(db, 'quotes', (row) => row.form === 'VERBATIM');
      const [holding] = keysWhere(
        db,
        'citations',
        (citation) => citation.quote_id === quote && citation.excerpt !== 'He praised the paper.',
      );
      return server.send(DeleteCitation, { id: globalId('Citation', holding) }, analyst.key);
    },
    result: () => ({
      __typename: 'ConflictError',
      message:
        'This is the only citation that holds the VERBATIM quote’s words; add another that does first.',
    }),
  },
];

describe('a refused delete changes nothing', () => {
  // One server for these: each test checks that its delete wrote nothing.
  const writer = useWriteTestServer();
  it.each(refusals.map((refusal) => [refusal.name, refusal] as const))('%s', async (_name, refusal) => {
    await refusal.prepare?.(writer);
    const before = await databaseDigest(writer.server);
    expect(await refusal.send(writer, before)).toEqual(refusal.result(writer, before));
    expect(await changesSince(writer.server, before)).toEqual({});
  });
});
