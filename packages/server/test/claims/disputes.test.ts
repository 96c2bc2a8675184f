import { describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import type { DisputesQueryVariables } from '../graphql/graphql.js';
import { Disputes } from './documents.js';
import { cite, useClaimWrites } from './writes.js';

const { server, addSource, updatedCompany, ranked, disputedRound } = useClaimWrites();

const disputes = async (variables: DisputesQueryVariables = {}) =>
  (await server.query(Disputes, variables)).data.disputes;

/** What a page of disputes is about: each record's type and ID, and the property. */
const about = (page: Awaited<ReturnType<typeof disputes>>) =>
  page.nodes.map((dispute) => [dispute.record.__typename, dispute.record.id, dispute.property]);

describe('disputes', () => {
  it('lists the newest first with their claims, counts them all, and pages with first and after', async () => {
    const before = (await disputes()).totalCount;
    const older = await disputedRound('disputes-older');
    const newer = await disputedRound('disputes-newer');
    const all = await disputes();
    expect(all.totalCount).toBe(before + 2);
    expect(about(all).slice(0, 2)).toEqual([
      ['FundingRound', newer.round.id, 'AMOUNT'],
      ['FundingRound', older.round.id, 'AMOUNT'],
    ]);
    expect(
      must(all.nodes[0]).claims.map((claim) => ['money' in claim && claim.money?.amount, claim.citations]),
    ).toEqual([
      ['30000000000', [{ excerpt: 'raised $30 billion', source: { title: 'disputes-newer: February' } }]],
      ['40000000000', [{ excerpt: 'raised $40 billion', source: { title: 'disputes-newer: January' } }]],
    ]);

    const page = await disputes({ first: 1 });
    expect(page.totalCount).toBe(before + 2);
    expect(about(page)).toEqual([['FundingRound', newer.round.id, 'AMOUNT']]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await disputes({ first: 1, after: page.pageInfo.endCursor });
    expect(about(next)).toEqual([['FundingRound', older.round.id, 'AMOUNT']]);
  });

  it('filters by type of record and by company, the company’s rounds included', async () => {
    const {
      company,
      round: { id: round },
    } = await disputedRound('disputes-filtered');
    const other = await disputedRound('disputes-other');
    const january = await addSource('disputes-filtered: profile in January', '2025-01-10');
    const february = await addSource('disputes-filtered: profile in February', '2025-02-01');
    await updatedCompany({ slug: company, description: 'A lab.', citation: cite(january, 'a lab') });
    const described = await updatedCompany({
      slug: company,
      description: 'A startup.',
      citation: cite(february, 'a startup'),
    });
    expect(described.disputed).toEqual(['DESCRIPTION']);
    const companyId = must((await disputes({ filter: { type: 'COMPANY' }, first: 1 })).nodes[0]).record.id;

    const ofCompany = await disputes({ filter: { company } });
    expect(ofCompany.totalCount).toBe(2);
    expect(about(ofCompany)).toEqual([
      ['Company', companyId, 'DESCRIPTION'],
      ['FundingRound', round, 'AMOUNT'],
    ]);
    const companies = await disputes({ filter: { type: 'COMPANY' } });
    expect(companies.nodes.every((dispute) => dispute.record.__typename === 'Company')).toBe(true);
    expect(about(companies)).toContainEqual(['Company', companyId, 'DESCRIPTION']);
    const rounds = await disputes({ filter: { type: 'FUNDING_ROUND' } });
    expect(rounds.nodes.every((dispute) => dispute.record.__typename === 'FundingRound')).toBe(true);
    expect(about(rounds).slice(0, 2)).toEqual([
      ['FundingRound', other.round.id, 'AMOUNT'],
      ['FundingRound', round, 'AMOUNT'],
    ]);
    expect(about(await disputes({ filter: { type: 'FUNDING_ROUND', company } }))).toEqual([
      ['FundingRound', round, 'AMOUNT'],
    ]);
  });

  it('a PREFERRED claim takes the dispute off the list', async () => {
    const { company, forty } = await disputedRound('disputes-settled');
    expect((await disputes({ filter: { company } })).totalCount).toBe(1);
    await ranked(forty, 'PREFERRED');
    const settled = await disputes({ filter: { company } });
    expect(settled).toMatchObject({ totalCount: 0, nodes: [] });
  });
});
