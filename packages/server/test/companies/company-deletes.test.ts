import { describe, expect, it } from 'vitest';
import { ofType, rowCounts } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useApiKey, useTestServer } from '../helpers.js';
import { tables } from '../moat.js';

const server = useTestServer();
const editor = useApiKey(server, 'editor', ['write']);

const DeleteCompany = graphql(`
  mutation DeleteCompany($input: DeleteCompanyInput!) {
    deleteCompany(input: $input) { __typename ... on DeleteCompanyPayload { deletedId } ... on UserError { message } }
  }
`);

const remove = (slug: string, apiKey = editor.key) => server.send(DeleteCompany, { slug }, apiKey);
const counts = () =>
  rowCounts(server, {
    citations: tables.citations,
    quotes: tables.quotes,
    fundingRounds: tables.fundingRounds,
    investments: tables.investments,
  });

describe('deleteCompany', () => {
  it('refuses without a key and with a missing record; nothing deleted', async () => {
    const citationsBefore = (await counts()).citations;
    expect((await remove('openai', '')).__typename).toBe('NotAuthorizedError');
    expect((await remove('no-such-company')).__typename).toBe('NotFoundError');
    expect((await counts()).citations).toBe(citationsBefore);
  });

  it('deletes a company with its rounds, their investments and history, and its citations; quotes it is attributed stay', async () => {
    const quotesBefore = (await counts()).quotes;
    const result = await remove('openai');
    expect(result.__typename).toBe('DeleteCompanyPayload');
    const { deletedId } = ofType(result, 'DeleteCompanyPayload');
    expect(Buffer.from(deletedId, 'base64').toString()).toMatch(/^Company:/);
    expect((await counts()).fundingRounds).toBe(0);
    expect((await counts()).investments).toBe(0);
    const { data } = await server.query(
      graphql(`
        query DeletedCompanyAndItsPeople {
          company(slug: "openai") { id }
          person(slug: "sam-altman") { roles { title } }
        }
      `),
    );
    expect(data).toEqual({ company: null, person: { roles: [] } });
    expect((await counts()).quotes).toBe(quotesBefore);
    expect((await remove('openai')).__typename).toBe('NotFoundError');
  });
});
