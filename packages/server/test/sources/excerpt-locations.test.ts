// Sources that keep their text: each excerpt cited from one must stand in it verbatim, and the
// citation keeps where (offsets, prefix and suffix, as a W3C TextQuoteSelector).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { must, ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import { graphql } from '../graphql/gql.js';
import { startWriteTestServer, useReadOnlyServer } from '../helpers.js';

const AddTextSource = graphql(`
  mutation AddTextSource($input: AddSourceInput!) {
    addSource(input: $input) {
      __typename
      ... on AddSourcePayload { source { id text contentSha256 retrievedAt archiveUrl } }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const CiteText = graphql(`
  mutation CiteText($input: AddCitationInput!) {
    addCitation(input: $input) {
      __typename
      ... on AddCitationPayload { citation { excerpt selector { exact prefix suffix start end } } }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const OpenAIId = graphql(`query OpenAIId { company(slug: "openai") { id } }`);

const SeededSelectors = graphql(`
  query SeededSelectors {
    sources {
      nodes {
        title
        contentSha256
        text
        citations(first: 100) { nodes { excerpt selector { exact prefix suffix start end } } }
      }
    }
  }
`);

const TEXT = 'Example Labs, a Paris start-up, raised €12 million in its first round. Its founders left Meta.';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('a source that keeps its text', () => {
  it('keeps its sha256, and locates each excerpt cited from it', async () => {
    const { server, analyst } = await startWriteTestServer();
    const added = await server.send(
      AddTextSource,
      {
        kind: 'ARTICLE',
        title: 'Example Labs raises',
        text: TEXT,
        retrievedAt: '2025-03-01T10:00:00Z',
        archiveUrl: 'https://archive.example.org/example-labs',
      },
      analyst.key,
    );
    const source = ofType(added, 'AddSourcePayload').source;
    expect(source).toEqual({
      id: expect.any(String),
      text: TEXT,
      contentSha256: sha256(TEXT),
      retrievedAt: '2025-03-01T10:00:00.000Z',
      archiveUrl: 'https://archive.example.org/example-labs',
    });
    const fact = must((await server.query(OpenAIId)).data.company).id;
    const cited = await server.send(
      CiteText,
      { fact, citation: { source: source.id, excerpt: 'raised €12 million in its first round' } },
      analyst.key,
    );
    expect(cited).toEqual({
      __typename: 'AddCitationPayload',
      citation: {
        excerpt: 'raised €12 million in its first round',
        selector: {
          exact: 'raised €12 million in its first round',
          prefix: 'Example Labs, a Paris start-up, ',
          suffix: '. Its founders left Meta.',
          start: 32,
          end: 69,
        },
      },
    });
  });

  it('refuses an excerpt not in its text, naming the nearest passage; nothing written', async () => {
    const { server, analyst } = await startWriteTestServer();
    const added = await server.send(
      AddTextSource,
      { kind: 'ARTICLE', title: 'Example', text: TEXT },
      analyst.key,
    );
    const source = ofType(added, 'AddSourcePayload').source;
    const fact = must((await server.query(OpenAIId)).data.company).id;
    const before = await databaseDigest(server);
    const refused = await server.send(
      CiteText,
      { fact, citation: { source: source.id, excerpt: 'raised 12 million in its first round' } },
      analyst.key,
    );
    expect(ofType(refused, 'ValidationError').issues).toEqual([
      {
        path: ['input', 'citation', 'excerpt'],
        message:
          'does not occur verbatim in the source\'s text; the nearest passage is "raised €12 million in its first roun"',
      },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('refuses a sha256 that is not its text’s, or not a sha256; nothing written', async () => {
    const { server, analyst } = await startWriteTestServer();
    const before = await databaseDigest(server);
    const wrong = await server.send(
      AddTextSource,
      { kind: 'ARTICLE', title: 'Example', text: TEXT, contentSha256: sha256('another text') },
      analyst.key,
    );
    expect(ofType(wrong, 'ValidationError').issues).toEqual([
      { path: ['input', 'contentSha256'], message: 'is not the sha256 of the text given' },
    ]);
    const malformed = await server.send(
      AddTextSource,
      { kind: 'ARTICLE', title: 'Example', contentSha256: 'ABC' },
      analyst.key,
    );
    expect(ofType(malformed, 'ValidationError').issues).toEqual([
      { path: ['input', 'contentSha256'], message: 'must be a sha256 in lowercase hex (64 characters)' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });
});

describe('the seeded article', () => {
  const server = useReadOnlyServer();
  // The article itself is not in the repository; beside it, where the design documents are kept,
  // every seeded location is checked against it.
  const articleFile = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    '..',
    '..',
    'shared',
    'sources',
    'the-rise-of-deepseek.txt',
  );

  it('keeps its sha256 and where each excerpt stands, which the article bears out when it is at hand', async () => {
    const { data } = await server.query(SeededSelectors);
    const article = must(data.sources.nodes.find((node) => node.title === 'The rise of DeepSeek'));
    expect(article.text).toBeNull();
    expect(article.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    const citations = article.citations.nodes;
    expect(citations.length).toBeGreaterThan(20);
    for (const { excerpt, selector } of citations) {
      expect(selector?.exact).toBe(excerpt);
      expect(must(selector).end - must(selector).start).toBe(excerpt.length);
    }
    if (!existsSync(articleFile)) return;
    const text = readFileSync(articleFile, 'utf8');
    expect(article.contentSha256).toBe(sha256(text));
    for (const { excerpt, selector } of citations) {
      const { start, end, prefix, suffix } = must(selector);
      expect(text.slice(start, end)).toBe(excerpt);
      expect(text.slice(start - prefix.length, start)).toBe(prefix);
      expect(text.slice(end, end + suffix.length)).toBe(suffix);
    }
  });
});
