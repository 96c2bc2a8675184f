import type { Database } from '../src/db/connection.js';
import {
  citations,
  claimCitations,
  claims,
  companies,
  fundingRounds,
  investments,
  sources,
} from '../src/db/schema.js';

export const COMPANIES = 300;
export const INVESTORS = 40;
export const ROUNDS_PER_COMPANY = 3;
/** A description claim per startup, an amount claim per round, and a deprecated one every other round. */
export const CLAIMS = COMPANIES + Math.ceil(COMPANIES * ROUNDS_PER_COMPANY * 1.5);

/**
 * Adds startups, investors and rounds in bulk, for measurements at a realistic size, with claims
 * as writes leave them: each startup's description and each round's amount is a claim citing
 * the round's or startup's excerpt, and every other round has a second, deprecated amount claim.
 */
export async function generate(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const investors = await tx
      .insert(companies)
      .values(
        Array.from({ length: INVESTORS }, (_, i) => ({
          slug: `bench-investor-${i}`,
          name: `Bench Investor ${i}`,
          kind: 'INVESTOR' as const,
        })),
      )
      .returning({ id: companies.id });
    const startups = await tx
      .insert(companies)
      .values(
        Array.from({ length: COMPANIES }, (_, i) => ({
          slug: `bench-startup-${i}`,
          name: `Bench Startup ${i}`,
          kind: 'STARTUP' as const,
          country: 'US',
          description: `Bench Startup ${i} builds models.`,
        })),
      )
      .returning({ id: companies.id, description: companies.description });
    const rounds = await tx
      .insert(fundingRounds)
      .values(
        startups.flatMap((company, i) =>
          Array.from({ length: ROUNDS_PER_COMPANY }, (_, r) => ({
            companyId: company.id,
            stage: (['SEED', 'SERIES_A', 'SERIES_B'] as const)[r] ?? ('UNKNOWN' as const),
            status: 'CLOSED' as const,
            currency: 'USD',
            amount: String((i + 1) * (r + 1) * 1_000_000),
            amountUsd: String((i + 1) * (r + 1) * 1_000_000),
            announcedOn: `${2015 + r}-01-${String((i % 28) + 1).padStart(2, '0')}`,
          })),
        ),
      )
      .returning({ id: fundingRounds.id, amount: fundingRounds.amount });
    const [source] = await tx
      .insert(sources)
      .values({ kind: 'ARTICLE', title: 'Bench report', publishedAt: new Date('2025-01-10T00:00:00Z') })
      .returning({ id: sources.id });
    const cited = await tx
      .insert(citations)
      .values([
        ...startups.map((startup) => ({
          sourceId: source?.id as string,
          excerpt: 'builds models',
          companyId: startup.id,
        })),
        ...rounds.map((round) => ({
          sourceId: source?.id as string,
          excerpt: 'raised',
          fundingRoundId: round.id,
        })),
      ])
      .returning({ id: citations.id });
    const money = (amount: string) => ({ amount, currency: 'USD', usd: amount });
    const claimed = await tx
      .insert(claims)
      .values([
        ...startups.map((startup) => ({
          companyId: startup.id,
          property: 'description',
          value: startup.description,
          valueKey: String(startup.description),
        })),
        ...rounds.map((round) => ({
          fundingRoundId: round.id,
          property: 'amount',
          value: money(String(round.amount)),
          valueKey: `${round.amount} USD`,
        })),
        ...rounds
          .filter((_, i) => i % 2 === 0)
          .map((round) => ({
            fundingRoundId: round.id,
            property: 'amount',
            value: money(`${round.amount}0`),
            valueKey: `${round.amount}0 USD`,
            rank: 'DEPRECATED' as const,
            deprecationReason: 'An extra zero.',
          })),
      ])
      .returning({ id: claims.id });
    // Claims come in the order of the citations that support them; deprecated ones cite their round's.
    const citationOf = (i: number) =>
      cited[i < cited.length ? i : startups.length + (i - cited.length) * 2]?.id as string;
    await tx
      .insert(claimCitations)
      .values(claimed.map((claim, i) => ({ claimId: claim.id, citationId: citationOf(i) })));
    await tx.insert(investments).values(
      rounds.flatMap((round, i) => [
        { roundId: round.id, companyId: investors[i % INVESTORS]?.id, isLead: true },
        { roundId: round.id, companyId: investors[(i + 7) % INVESTORS]?.id, isLead: false },
      ]),
    );
  });
}
