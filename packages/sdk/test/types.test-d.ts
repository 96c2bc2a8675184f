// Type tests: checked by the TypeScript compiler, never run. A line marked @ts-expect-error
// fails the check if it compiles.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CompanyCardFragment,
  CompanyDocument,
  type CompanyKind,
  type CompanyQuery,
  createMoatClient,
  type DealStatus,
  type FundingRoundsQueryVariables,
  MoatGraphQLError,
  paginate,
  type RoundSummaryFragment,
} from '../src/index.js';
import { InvestorsOfCompany } from './app/documents.js';

const moat = createMoatClient({ url: 'http://localhost:4000/graphql' });

describe('operation methods', () => {
  it('type their results from the schema', async () => {
    const { company } = await moat.company({ slug: 'openai' });
    expectTypeOf(company).toEqualTypeOf<CompanyQuery['company']>();
    expectTypeOf(company?.name).toEqualTypeOf<string | undefined>();
    expectTypeOf(company?.kind).toEqualTypeOf<CompanyKind | undefined>();
    expectTypeOf<CompanyKind>().toEqualTypeOf<
      'CORPORATION' | 'GOVERNMENT' | 'INVESTOR' | 'NONPROFIT' | 'RESEARCH_LAB' | 'STARTUP' | 'UNIVERSITY'
    >();
    // Decimals are strings, never floats.
    expectTypeOf(company?.fundingRounds.nodes[0]?.amount?.amount).toEqualTypeOf<string | undefined>();
    expectTypeOf(company?.fundingRounds.totalCount).toEqualTypeOf<number | undefined>();
    // @ts-expect-error: a misspelt field does not compile
    company?.nmae;
    // @ts-expect-error: a field the operation does not select does not compile either
    company?.fundingRounds.nodes[0]?.investments;
  });

  it('type their variables', () => {
    expectTypeOf(moat.company).parameter(0).toEqualTypeOf<{ slug: string; first?: number | null }>();
    // @ts-expect-error: a required variable is missing
    moat.company({});
    // @ts-expect-error: no variables at all, though slug is required
    moat.company();
    // @ts-expect-error: a variable of the wrong type
    moat.company({ slug: 42 });
    // @ts-expect-error: a variable the operation does not have
    moat.companies({ frist: 10 });
    // @ts-expect-error: an enum value the schema does not have
    moat.fundingRounds({ filter: { status: ['SIGNED'] } });
    // Lists whose variables are all optional may be called with none.
    moat.companies();
    expectTypeOf<FundingRoundsQueryVariables['orderBy']>().toEqualTypeOf<
      'AMOUNT_USD_DESC' | 'ANNOUNCED_ON_ASC' | 'ANNOUNCED_ON_DESC' | null | undefined
    >();
  });

  it('type unions by __typename', async () => {
    const { node } = await moat.node({ id: 'x' });
    if (node?.__typename === 'FundingRound') expectTypeOf(node.status).toBeString();
    if (node?.__typename === 'Company') {
      expectTypeOf(node.slug).toBeString();
      // @ts-expect-error: a company has no status
      node.status;
    }
  });

  it('share fragment types apps can reuse', async () => {
    const { companies } = await moat.companies();
    expectTypeOf(companies.nodes).toEqualTypeOf<CompanyCardFragment[]>();
    const { fundingRounds } = await moat.fundingRounds();
    expectTypeOf(fundingRounds.nodes).toEqualTypeOf<RoundSummaryFragment[]>();
  });
});

describe('paginate', () => {
  it('yields the node type of the list, or its edges', async () => {
    for await (const round of paginate(moat.fundingRounds, { filter: { investor: 'softbank-group' } }))
      expectTypeOf(round).toEqualTypeOf<RoundSummaryFragment>();
    for await (const edge of paginate(moat.search, { query: 'deepseek' }))
      expectTypeOf(edge.score).toBeNumber();
  });

  it('refuses methods that do not return a list, and variables that do not fit', () => {
    // @ts-expect-error: company returns one object, not a connection
    paginate(moat.company, { slug: 'openai' });
    // @ts-expect-error: search needs its query
    paginate(moat.search, {});
  });
});

describe('request', () => {
  it('types a TypedDocumentNode’s variables and result', async () => {
    const data = await moat.request(CompanyDocument, { slug: 'openai' });
    expectTypeOf(data).toEqualTypeOf<CompanyQuery>();
    const custom = {} as TypedDocumentNode<{ company: { name: string } | null }, { slug: string }>;
    expectTypeOf(await moat.request(custom, { slug: 'meta' })).toEqualTypeOf<{
      company: { name: string } | null;
    }>();
    // @ts-expect-error: the document's variables are required
    moat.request(custom);
  });

  it("types an app's own document from its codegen, variables included", async () => {
    const { company } = await moat.request(InvestorsOfCompany, { slug: 'openai' });
    const round = company?.fundingRounds.nodes[0];
    expectTypeOf(round?.amount?.amount).toEqualTypeOf<string | undefined>();
    expectTypeOf(round?.status).toEqualTypeOf<DealStatus | undefined>();
    // @ts-expect-error: the app's document does not select the round's stage
    round?.stage;
    // @ts-expect-error: slug is required
    moat.request(InvestorsOfCompany, {});
  });

  it('leaves string documents untyped unless the caller names a type', async () => {
    expectTypeOf(await moat.request('{ sources { totalCount } }')).toBeUnknown();
    expectTypeOf(
      await moat.request<{ sources: { totalCount: number } }>('{ sources { totalCount } }'),
    ).toEqualTypeOf<{
      sources: { totalCount: number };
    }>();
  });
});

describe('mutations', () => {
  it('narrow their result on __typename', async () => {
    const { createCompany } = await moat.createCompany({
      input: { slug: 'x', name: 'X', kind: 'STARTUP' },
    });
    if (createCompany.__typename === 'CreateCompanyPayload')
      expectTypeOf(createCompany.company.version).toBeNumber();
    if (createCompany.__typename === 'ValidationError')
      expectTypeOf(createCompany.issues[0]?.path).toEqualTypeOf<string[] | undefined>();
    if (createCompany.__typename === 'ConflictError')
      expectTypeOf(createCompany.currentVersion).toEqualTypeOf<number | null | undefined>();
    // @ts-expect-error: only the payload has a company
    createCompany.company;
    const { changeDealStatus } = await moat.changeDealStatus({
      input: { round: 'id', status: 'ANNOUNCED', citation: { source: 'id', excerpt: 'x' } },
    });
    if (changeDealStatus.__typename === 'ChangeDealStatusPayload')
      expectTypeOf(changeDealStatus.change.status).toEqualTypeOf<DealStatus>();
    // @ts-expect-error: a status change needs its citation
    moat.changeDealStatus({ input: { round: 'id', status: 'ANNOUNCED' } });
    // @ts-expect-error: an input without its required kind
    moat.createCompany({ input: { slug: 'x', name: 'X' } });
  });

  it('narrow a recorded round to its payload or to a ValidationError with its issues', async () => {
    const input = {
      company: 'x',
      stage: 'SEED',
      status: 'RUMORED',
      currency: 'USD',
      citation: { source: 'id', excerpt: 'x' },
    } as const;
    const { recordFundingRound } = await moat.recordFundingRound({ input });
    if (recordFundingRound.__typename === 'RecordFundingRoundPayload') {
      expectTypeOf(recordFundingRound.fundingRound.version).toBeNumber();
      expectTypeOf(recordFundingRound.fundingRound.leadInvestors[0]?.__typename).toEqualTypeOf<
        'Company' | 'Person' | undefined
      >();
      expectTypeOf(recordFundingRound.fundingRound.statusHistory[0]?.status).toEqualTypeOf<
        DealStatus | undefined
      >();
    }
    if (recordFundingRound.__typename === 'ValidationError')
      expectTypeOf(recordFundingRound.issues).toEqualTypeOf<{ path: string[]; message: string }[]>();
    // @ts-expect-error: recording a round never meets a ConflictError (updating it may)
    if (recordFundingRound.__typename === 'ConflictError') recordFundingRound;
    // @ts-expect-error: only the payload has a round
    recordFundingRound.fundingRound;
    // @ts-expect-error: a misspelt input field does not compile
    moat.recordFundingRound({ input: { ...input, ammount: '1' } });
    // @ts-expect-error: a stage the schema does not have
    moat.recordFundingRound({ input: { ...input, stage: 'SERIES_Z' } });
    const { updatePerson } = await moat.updatePerson({ input: { slug: 'x', expectedVersion: 1 } });
    if (updatePerson.__typename === 'ConflictError')
      expectTypeOf(updatePerson.currentVersion).toEqualTypeOf<number | null | undefined>();
    // @ts-expect-error: a citation names its source
    moat.updatePerson({ input: { slug: 'x', bio: 'y', citation: { excerpt: 'z' } } });
    const { rankClaim } = await moat.rankClaim({ input: { claim: 'x', rank: 'PREFERRED' } });
    if (rankClaim.__typename === 'RankClaimPayload' && rankClaim.claim.__typename === 'MoneyClaim')
      expectTypeOf(rankClaim.claim.moneyValue?.amount).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: a rank the schema does not have
    moat.rankClaim({ input: { claim: 'x', rank: 'BEST' } });
    const { deleteRole } = await moat.deleteRole({ input: { id: 'x' } });
    if (deleteRole.__typename === 'DeleteRolePayload') expectTypeOf(deleteRole.deletedId).toBeString();
    // @ts-expect-error: people are deleted by slug, not by ID
    moat.deletePerson({ input: { id: 'x' } });
  });
});

describe('errors', () => {
  it('carry typed details', () => {
    const error = new MoatGraphQLError([{ message: 'x', code: 'BAD_USER_INPUT', path: ['companies'] }], null);
    expectTypeOf(error.code).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.path).toEqualTypeOf<ReadonlyArray<string | number> | undefined>();
  });
});
