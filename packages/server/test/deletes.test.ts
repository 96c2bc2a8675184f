import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/api-keys.js';
import {
  auditLog,
  type citations,
  type fundingRounds,
  type investments,
  quotes,
  type roles,
} from '../src/db/schema.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let key = '';

beforeAll(async () => {
  server = await startTestServer();
  key = (await createApiKey(server.connection.db, 'editor', ['write'])).key;
});
afterAll(() => server.close());

/** Runs delete<Type> and returns its result. */
async function remove(type: string, input: Record<string, unknown>, apiKey = key) {
  const query = `mutation ($input: Delete${type}Input!) {
    delete${type}(input: $input) {
      __typename
      ... on Delete${type}Payload { deletedId }
      ... on UserError { message }
    }
  }`;
  const response = await server.query(query, { input }, apiKey);
  expect(response.errors).toBeUndefined();
  return response.data[`delete${type}`];
}

async function rows(
  table: typeof roles | typeof quotes | typeof fundingRounds | typeof investments | typeof citations,
) {
  const [row] = await server.connection.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe('deletes', () => {
  it('refuses to delete a source that facts cite, and the only citation of a fact', async () => {
    const data = (
      await server.query(`{ sources { nodes { id } } company(slug: "softbank-group") { citations { id } } }`)
    ).data;
    const source = await remove('Source', { id: data.sources.nodes[0].id });
    expect(source).toMatchObject({ __typename: 'ConflictError' });
    expect(source.message).toMatch(/^\d+ citation\(s\) still cite this source/);
    const only = await remove('Citation', { id: data.company.citations[0].id });
    expect(only.message).toBe(
      'This is the only citation of its fact; add another before deleting it, or delete the fact.',
    );
  });

  it('deletes one citation of several, and audits the record as it was', async () => {
    const cited = (await server.query('{ company(slug: "openai") { citations { id excerpt } } }')).data
      .company;
    const last = cited.citations.at(-1);
    const result = await remove('Citation', { id: last.id });
    expect(result).toEqual({ __typename: 'DeleteCitationPayload', deletedId: last.id });
    const after = (await server.query('{ company(slug: "openai") { citations { id } } }')).data.company;
    expect(after.citations).toHaveLength(cited.citations.length - 1);
    const [entry] = await server.connection.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.mutation, 'deleteCitation'));
    expect(entry).toMatchObject({ recordType: 'Citation', after: null, before: { excerpt: last.excerpt } });
  });

  it('keeps the last citation that holds a VERBATIM quote’s words', async () => {
    const { quotes: list, sources } = (
      await server.query(
        '{ quotes(first: 20, filter: { form: VERBATIM }) { nodes { id citations { id } } } sources { nodes { id } } }',
      )
    ).data;
    const quote = list.nodes[0];
    const added = await server.query(
      `mutation ($input: AddCitationInput!) { addCitation(input: $input) { __typename } }`,
      {
        input: {
          fact: quote.id,
          citation: { source: sources.nodes[0].id, excerpt: 'He praised the paper.' },
        },
      },
      key,
    );
    expect(added.data.addCitation.__typename).toBe('AddCitationPayload');
    expect(await remove('Citation', { id: quote.citations[0].id })).toEqual({
      __typename: 'ConflictError',
      message:
        'This is the only citation that holds the VERBATIM quote’s words; add another that does first.',
    });
  });

  it('deletes a person and quotes; the ID of another type is refused', async () => {
    const altman = await remove('Person', { slug: 'sam-altman' });
    expect(altman.__typename).toBe('DeletePersonPayload');
    const quoteIds = (await server.query('{ quotes(first: 100) { nodes { id } } }')).data.quotes.nodes;
    for (const quote of quoteIds)
      expect((await remove('Quote', { id: quote.id })).__typename).toBe('DeleteQuotePayload');
    expect(await rows(quotes)).toBe(0);
    const deepseek = (await server.query('{ company(slug: "deepseek") { id } }')).data.company.id;
    expect(await remove('Quote', { id: deepseek })).toEqual({
      __typename: 'ValidationError',
      message: 'input.id.typename: must be the ID of a quote',
    });
  });
});
