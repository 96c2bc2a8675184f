import { describe, expect, it } from 'vitest';
import { must, ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import { graphql } from '../graphql/gql.js';
import type { AddCitationInput, AddSourceInput } from '../graphql/graphql.js';
import { globalId, useWriteTestServer } from '../helpers.js';

const { server, analyst, source } = useWriteTestServer();

describe('addSource', () => {
  const AddSource = graphql(`
    mutation AddSource($input: AddSourceInput!) {
      addSource(input: $input) {
        __typename
        ... on AddSourcePayload { source { id title kind publisher url publishedAt } }
        ... on UserError { message }
        ... on ValidationError { issues { path message } }
      }
    }
  `);
  const add = (input: AddSourceInput) => server.send(AddSource, input, analyst.key);
  const article = {
    title: 'Mistral raises again',
    kind: 'ARTICLE',
    publisher: 'Example Times',
    url: 'https://example.com/mistral',
    publishedAt: '2025-06-01T08:00:00Z',
  } satisfies AddSourceInput;

  it('records a source once, however often it is added, and a quote can cite it', async () => {
    const first = await add(article);
    expect(first).toEqual({
      __typename: 'AddSourcePayload',
      source: { id: expect.any(String), ...article, publishedAt: '2025-06-01T08:00:00.000Z' },
    });
    const { id } = ofType(first, 'AddSourcePayload').source;
    const before = await databaseDigest(server);
    expect(ofType(await add(article), 'AddSourcePayload').source.id).toBe(id);
    expect(await changesSince(server, before)).toEqual({});
    const quote = await server.send(
      graphql(
        `mutation QuoteNewSource($input: RecordQuoteInput!) { recordQuote(input: $input) { __typename } }`,
      ),
      {
        text: 'We will stay independent.',
        form: 'PARAPHRASE',
        attributedTo: 'hugging-face',
        attribution: 'Hugging Face executives',
        citation: { source: id, excerpt: 'they said they would stay independent' },
      },
      analyst.key,
    );
    expect(quote.__typename).toBe('RecordQuotePayload');
  });

  it('refuses text that is not a URL as a bad variable, not as an unexpected error', async () => {
    const response = await server.query(AddSource, { input: { ...article, url: '' } }, analyst.key);
    expect(response).toEqual({
      status: 400,
      errors: [
        {
          message:
            'Variable "$input" got invalid value "" at "input.url"; Value is not a valid absolute URL: ""',
          locations: [expect.any(Object)],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    expect(server.loggedErrors).toEqual([]);
  });

  it('refuses an address a link must not follow (javascript:, data:, file:); nothing written', async () => {
    const before = await databaseDigest(server);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
    ]) {
      const refused = await add({ ...article, url, archiveUrl: url });
      expect(ofType(refused, 'ValidationError').issues).toEqual([
        { path: ['input', 'url'], message: 'must be an absolute http or https URL' },
        { path: ['input', 'archiveUrl'], message: 'must be an absolute http or https URL' },
      ]);
    }
    expect(await changesSince(server, before)).toEqual({});
  });

  it('refuses a moment before the year 1, which PostgreSQL does not keep; nothing written', async () => {
    const before = await databaseDigest(server);
    const refused = await add({
      ...article,
      url: 'https://example.com/ancient',
      publishedAt: '0000-01-01T00:00:00Z',
    });
    expect(ofType(refused, 'ValidationError').issues).toEqual([
      { path: ['input', 'publishedAt'], message: 'must be in the year 1 or later' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('refuses the same URL with other facts, a blank title and a future date; nothing written', async () => {
    const recorded = {
      ...article,
      url: 'https://example.com/mistral-again',
      title: 'Mistral raises once more',
    };
    expect((await add(recorded)).__typename).toBe('AddSourcePayload');
    const before = await databaseDigest(server);
    expect(await add({ ...recorded, title: 'Another title' })).toEqual({
      __typename: 'ConflictError',
      message: 'A source with this URL is already recorded with other facts.',
    });
    const bad = await add({
      ...article,
      url: 'https://example.com/other',
      title: ' ',
      publishedAt: '2999-01-01T00:00:00Z',
    });
    expect(ofType(bad, 'ValidationError').issues).toEqual([
      { path: ['input', 'title'], message: 'must not be blank' },
      { path: ['input', 'publishedAt'], message: 'must not be in the future' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });
});

describe('addCitation', () => {
  const AddCitation = graphql(`
    mutation AddCitation($input: AddCitationInput!) {
      addCitation(input: $input) {
        __typename
        ... on AddCitationPayload { citation { id excerpt source { title } } }
        ... on UserError { message }
        ... on ValidationError { issues { path message } }
      }
    }
  `);
  const add = (input: AddCitationInput) => server.send(AddCitation, input, analyst.key);
  const DeepSeekCitations = graphql(`
    query DeepSeekCitations { company(slug: "deepseek") { id citations { excerpt } } }
  `);
  const excerpts = async () => must((await server.query(DeepSeekCitations)).data.company);

  it('cites another excerpt for a company, last in its list; the same excerpt twice is one citation', async () => {
    const company = await excerpts();
    const input = {
      fact: company.id,
      citation: { source: source.id, excerpt: 'DeepSeek, a Chinese startup' },
    };
    const first = await add(input);
    expect(first).toMatchObject({
      __typename: 'AddCitationPayload',
      citation: { excerpt: 'DeepSeek, a Chinese startup', source: { title: 'The rise of DeepSeek' } },
    });
    const { id } = ofType(first, 'AddCitationPayload').citation;
    const before = await databaseDigest(server);
    expect(ofType(await add(input), 'AddCitationPayload').citation.id).toBe(id);
    expect(await changesSince(server, before)).toEqual({});
    expect((await excerpts()).citations.map((c) => c.excerpt)).toEqual([
      ...company.citations.map((c) => c.excerpt),
      'DeepSeek, a Chinese startup',
    ]);
  });

  it('refuses a fact that does not exist, and an ID that is not a fact; nothing written', async () => {
    const before = await databaseDigest(server);
    const missing = globalId('Quote', '00000000-0000-4000-8000-000000000000');
    expect(await add({ fact: missing, citation: { source: source.id, excerpt: 'x' } })).toEqual({
      __typename: 'NotFoundError',
      message: 'No Quote has this ID.',
    });
    const notAFact = await add({ fact: source.id, citation: { source: source.id, excerpt: 'x' } });
    expect(ofType(notAFact, 'ValidationError').issues).toEqual([
      {
        path: ['input', 'fact', 'typename'],
        message: 'must be the ID of a company, person, role, quote or funding round',
      },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });
});
