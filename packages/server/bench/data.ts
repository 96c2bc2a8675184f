import type { Database } from '../src/db/connection.js';
import { companies, fundingRounds, investments } from '../src/db/schema.js';

export const COMPANIES = 300;
export const INVESTORS = 40;
export const ROUNDS_PER_COMPANY = 3;

/** Adds startups, investors and rounds in bulk, for measurements at a realistic size. */
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
        })),
      )
      .returning({ id: companies.id });
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
      .returning({ id: fundingRounds.id });
    await tx.insert(investments).values(
      rounds.flatMap((round, i) => [
        { roundId: round.id, companyId: investors[i % INVESTORS]?.id, isLead: true },
        { roundId: round.id, companyId: investors[(i + 7) % INVESTORS]?.id, isLead: false },
      ]),
    );
  });
}
