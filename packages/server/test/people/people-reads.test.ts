import { describe, expect, it } from 'vitest';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer({ fixtures: true });

describe('people', () => {
  it('filters people by company', async () => {
    const { data } = await server.query(
      graphql(`
        query PeopleFilters {
          openai: people(filter: { company: "openai" }) { totalCount nodes { slug } }
          nyu: people(filter: { company: "new-york-university" }) { nodes { slug roles { title } } }
          all: people { totalCount }
        }
      `),
    );
    expect(data.openai).toEqual({ totalCount: 1, nodes: [{ slug: 'sam-altman' }] });
    expect(data.nyu.nodes).toEqual([{ slug: 'gary-marcus', roles: [{ title: 'Professor' }] }]);
    expect(data.all.totalCount).toBe(3);
  });
});
