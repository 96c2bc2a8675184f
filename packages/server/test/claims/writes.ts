// The writes the claims tests make claims with, on the file's write test server: sources dated as
// each test needs, a startup of its own (so totals count its rounds alone), rounds and rankings.
import { must, ofType } from '../assertions.js';
import type {
  ClaimRank,
  RecordFundingRoundInput,
  UpdateCompanyInput,
  UpdateFundingRoundInput,
} from '../graphql/graphql.js';
import { useWriteTestServer } from '../helpers.js';
import {
  AddClaimSource,
  CreateClaimedCompany,
  RankClaim,
  RecordClaimedRound,
  RoundWithClaims,
  UpdateClaimedCompany,
  UpdateClaimedRound,
} from './documents.js';

/** An amount of `n` billion US dollars, as a round's input gives it. */
export const billions = (n: number) => ({ amount: `${n}000000000`, amountUsd: `${n}000000000` });

/** The citation of `excerpt` from `source`. */
export const cite = (source: string, excerpt: string) => ({ source, excerpt });

export function useClaimWrites() {
  const { server, analyst } = useWriteTestServer();

  /** A new source titled `title` (titles tell sources apart), published on `publishedOn` unless null. */
  async function addSource(title: string, publishedOn: string | null, text?: string): Promise<string> {
    const input = {
      title,
      kind: 'ARTICLE' as const,
      text,
      publishedAt: publishedOn && `${publishedOn}T00:00:00Z`,
    };
    return ofType(await server.send(AddClaimSource, input, analyst.key), 'AddSourcePayload').source.id;
  }

  /** A startup of its own, so that its totals count only the rounds the test records. */
  async function addStartup(slug: string): Promise<string> {
    const input = { slug, name: slug, kind: 'STARTUP' as const };
    return ofType(await server.send(CreateClaimedCompany, input, analyst.key), 'CreateCompanyPayload').company
      .slug;
  }

  /** Records an announced seed round of `company` (amounts in USD) and returns it. */
  async function recordRound(
    company: string,
    input: Omit<Partial<RecordFundingRoundInput>, 'citation'> & Pick<RecordFundingRoundInput, 'citation'>,
  ) {
    const round = {
      company,
      stage: 'SEED' as const,
      status: 'ANNOUNCED' as const,
      currency: 'USD',
      ...input,
    };
    return ofType(await server.send(RecordClaimedRound, round, analyst.key), 'RecordFundingRoundPayload')
      .fundingRound;
  }

  const updateRound = (round: string, input: Omit<UpdateFundingRoundInput, 'round'>) =>
    server.send(UpdateClaimedRound, { round, ...input }, analyst.key);

  /** Updates a round with what a source says and returns it. */
  const updatedRound = async (round: string, input: Omit<UpdateFundingRoundInput, 'round'>) =>
    ofType(await updateRound(round, input), 'UpdateFundingRoundPayload').fundingRound;

  /** Updates a company with what a source says and returns it. */
  const updatedCompany = async (input: UpdateCompanyInput) =>
    ofType(await server.send(UpdateClaimedCompany, input, analyst.key), 'UpdateCompanyPayload').company;

  const rank = (claim: string, rank: ClaimRank, reason?: string) =>
    server.send(RankClaim, { claim, rank, reason }, analyst.key);

  /** Ranks a claim and returns it as ranked. */
  const ranked = async (claim: string, claimRank: ClaimRank, reason?: string) =>
    ofType(await rank(claim, claimRank, reason), 'RankClaimPayload').claim;

  const readRound = async (id: string) =>
    must((await server.query(RoundWithClaims, { id })).data.fundingRound);

  /** A round of a startup of its own whose amount is disputed: 40B said in January, then 30B in February. */
  async function disputedRound(slug: string) {
    const company = await addStartup(slug);
    const january = await addSource(`${slug}: January`, '2025-01-10');
    const february = await addSource(`${slug}: February`, '2025-02-01');
    const round = await recordRound(company, {
      ...billions(40),
      citation: cite(january, 'raised $40 billion'),
    });
    const updated = await updatedRound(round.id, {
      ...billions(30),
      citation: cite(february, 'raised $30 billion'),
    });
    const [thirty, forty] = updated.amountClaims.map((claim) => claim.id);
    return { company, round: updated, thirty: must(thirty), forty: must(forty) };
  }

  return {
    server,
    analyst,
    addSource,
    addStartup,
    recordRound,
    updateRound,
    updatedRound,
    updatedCompany,
    rank,
    ranked,
    readRound,
    disputedRound,
  };
}
