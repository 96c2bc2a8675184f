import { describe, expect, it } from 'vitest';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer({ fixtures: true });

describe('sources', () => {
  it('lists sources, and the citations of a source', async () => {
    const { data } = await server.query(
      graphql(`
        query SourceList {
          sources { totalCount nodes { title kind publisher url publishedAt citations(first: 1) { totalCount } } }
          articles: sources(filter: { kind: ARTICLE }) { totalCount }
          papers: sources(filter: { kind: PAPER }) { totalCount }
        }
      `),
    );
    expect(data.sources).toEqual({
      totalCount: 2,
      nodes: [
        {
          title: 'A Fixture Paper',
          kind: 'PAPER',
          publisher: null,
          url: null,
          publishedAt: null,
          citations: { totalCount: 0 },
        },
        {
          title: 'The rise of DeepSeek',
          kind: 'ARTICLE',
          publisher: null,
          url: null,
          publishedAt: null,
          // 22 facts, and the 2 excerpts of the round again for the first step of its status history.
          citations: { totalCount: 24 },
        },
      ],
    });
    expect(data.articles.totalCount).toBe(1);
    expect(data.papers.totalCount).toBe(1);
  });
});
