import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { must, ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import { graphql } from '../graphql/gql.js';
import { globalId } from '../helpers.js';
import { RankClaim } from './documents.js';
import { billions, cite, useClaimWrites } from './writes.js';

const { server, analyst, addSource, addStartup, recordRound, updateRound, updatedRound, rank } =
  useClaimWrites();

const DeleteClaimCitation = graphql(`
  mutation DeleteClaimCitation($input: DeleteCitationInput!) {
    deleteCitation(input: $input) {
      __typename
      ... on DeleteCitationPayload { deletedId }
      ... on UserError { message }
    }
  }
`);

const RoundCitations = graphql(`
  query RoundCitations($id: ID!) { fundingRound(id: $id) { citations { id excerpt } } }
`);

/** A round of a startup of its own, 40B cited from a source of its own. */
async function roundOf(slug: string) {
  const company = await addStartup(slug);
  const report = await addSource(`${slug}: report`, '2025-01-10');
  const round = await recordRound(company, { ...billions(40), citation: cite(report, 'raised $40 billion') });
  return { company, report, round };
}

describe('refused claim writes name the field and write nothing', () => {
  it('an update with a fact and no citation', async () => {
    const { round } = await roundOf('errors-uncited');
    const before = await databaseDigest(server);
    expect(ofType(await updateRound(round.id, billions(30)), 'ValidationError').issues).toEqual([
      {
        path: ['input', 'citation'],
        message:
          'must be given with new facts: each becomes a claim, and a claim needs the excerpt that reports it',
      },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('an excerpt that is not in the source’s text', async () => {
    const { round } = await roundOf('errors-excerpt');
    const kept = await addSource(
      'errors-excerpt: kept text',
      '2025-02-01',
      'The startup raised $30 billion in February.',
    );
    const before = await databaseDigest(server);
    const refused = await updateRound(round.id, {
      ...billions(30),
      citation: cite(kept, 'raised $35 billion'),
    });
    expect(ofType(refused, 'ValidationError').issues).toEqual([
      {
        path: ['input', 'citation', 'excerpt'],
        message: 'does not occur verbatim in the source\'s text; the nearest passage is "raised $30 billion"',
      },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('rankClaim: DEPRECATED without a reason, a reason with NORMAL, the last stage claim deprecated', async () => {
    const { round } = await roundOf('errors-rank');
    const amount = must(round.amountClaims[0]).id;
    const stage = must(round.stageClaims[0]).id;
    const before = await databaseDigest(server);
    expect(ofType(await rank(amount, 'DEPRECATED'), 'ValidationError').issues).toEqual([
      { path: ['input', 'reason'], message: 'must say why the claim is DEPRECATED' },
    ]);
    expect(ofType(await rank(amount, 'NORMAL', 'No reason to give.'), 'ValidationError').issues).toEqual([
      { path: ['input', 'reason'], message: 'is given only for a DEPRECATED claim' },
    ]);
    expect(ofType(await rank(stage, 'DEPRECATED', 'Wrong stage.'), 'ValidationError').issues).toEqual([
      {
        path: ['input', 'rank'],
        message:
          'is the last claim that counts for the stage of this funding round, which must have one: add another claim before deprecating this one',
      },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('rankClaim: an unknown claim, a company’s ID, and no write key', async () => {
    const { company, round } = await roundOf('errors-ids');
    const claim = must(round.amountClaims[0]).id;
    const companyId = must(
      (
        await server.query(
          graphql(`query ClaimErrorsCompany($slug: String!) { company(slug: $slug) { id } }`),
          { slug: company },
        )
      ).data.company,
    ).id;
    const before = await databaseDigest(server);
    expect(await rank(globalId('Claim', randomUUID()), 'PREFERRED')).toMatchObject({
      __typename: 'NotFoundError',
      message: 'No claim has this ID.',
    });
    expect(ofType(await rank(companyId, 'PREFERRED'), 'ValidationError').issues).toEqual([
      { path: ['input', 'claim', 'typename'], message: 'must be the ID of a claim' },
    ]);
    const anonymous = await server.query(RankClaim, { input: { claim, rank: 'PREFERRED' } });
    expect(anonymous.data.rankClaim.__typename).toBe('NotAuthorizedError');
    expect(await changesSince(server, before)).toEqual({});
  });

  it('deleteCitation of a claim’s only support, until another citation supports it', async () => {
    const { round } = await roundOf('errors-delete');
    const later = await addSource('errors-delete: later report', '2025-02-01');
    await updatedRound(round.id, { ...billions(30), citation: cite(later, 'raised $30 billion') });
    const citations = must(
      (await server.query(RoundCitations, { id: round.id })).data.fundingRound,
    ).citations;
    const thirty = must(citations.find((citation) => citation.excerpt === 'raised $30 billion')).id;
    const deleteCitation = () => server.send(DeleteClaimCitation, { id: thirty }, analyst.key);

    const before = await databaseDigest(server);
    const refused = await deleteCitation();
    expect(refused).toEqual({
      __typename: 'ConflictError',
      message:
        'This is the only citation of the claim(s) on amount: cite another excerpt for the same value first (an update with that value and its citation), or delete the record.',
    });
    expect(await changesSince(server, before)).toEqual({});

    await updatedRound(round.id, { ...billions(30), citation: cite(later, 'a $30 billion round') });
    expect(await deleteCitation()).toEqual({ __typename: 'DeleteCitationPayload', deletedId: thirty });
  });
});
