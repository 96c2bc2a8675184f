import { describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer({ fixtures: true });

const Node = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) { __typename id }
  }
`);

const globalId = (text: string) => Buffer.from(text).toString('base64');
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

describe('node and nodes', () => {
  it('round-trips every kind of object through node and nodes', async () => {
    const { data } = await server.query(
      graphql(`
        query OneOfEveryKind {
          company(slug: "openai") {
            id
            people { nodes { id person { id } } }
            fundingRounds { nodes { id investments { id } citations { id source { id } } } }
            quotesAbout { nodes { id } }
          }
        }
      `),
    );
    const company = must(data.company);
    const round = must(company.fundingRounds.nodes[0]);
    const role = must(company.people.nodes[0]);
    const citation = must(round.citations[0]);
    const ids: Record<string, string> = {
      Company: company.id,
      Role: role.id,
      Person: role.person.id,
      FundingRound: round.id,
      Investment: must(round.investments[0]).id,
      Citation: citation.id,
      Source: citation.source.id,
      Quote: must(company.quotesAbout.nodes[0]).id,
    };
    for (const [typename, id] of Object.entries(ids)) {
      const { data: found, errors } = await server.query(Node, { id });
      expect(errors, typename).toBeUndefined();
      expect(found.node).toEqual({ __typename: typename, id });
    }
    const { data: many } = await server.query(
      graphql(`
        query NodesByIds($ids: [ID!]!) {
          nodes(ids: $ids) { __typename id }
        }
      `),
      { ids: Object.values(ids) },
    );
    expect(many.nodes.map((n) => n?.__typename)).toEqual(Object.keys(ids));
  });

  it('answers null for a well-formed ID that names no row', async () => {
    const openai = await server.query(graphql(`query OpenAIGlobalId { company(slug: "openai") { id } }`));
    const openaiId = must(openai.data.company).id;
    const { data, errors } = await server.query(
      graphql(`
        query MissingNodes($missing: ID!, $company: ID!, $round: ID!) {
          node(id: $missing) { id }
          nodes(ids: [$company, $missing]) { id }
          fundingRound(id: $round) { id }
        }
      `),
      {
        missing: globalId(`Company:${MISSING_UUID}`),
        company: openaiId,
        round: globalId(`FundingRound:${MISSING_UUID}`),
      },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null, nodes: [{ id: openaiId }, null], fundingRound: null });
  });

  it.each([
    ['not base64 at all', 'garbage'],
    ['an unknown type', globalId(`Spaceship:${MISSING_UUID}`)],
    ['a key that is not a UUID', globalId('Company:42')],
  ])('refuses a global ID that is %s', async (_case, id) => {
    const { status, data, errors } = await server.query(Node, { id });
    expect(status).toBe(200);
    expect(data.node).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: `Invalid global ID ${JSON.stringify(id)}: not an ID that Moat gave out.`,
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });
});
