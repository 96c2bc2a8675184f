import { randomUUID } from 'node:crypto';
import type { Database } from '../src/db/connection.js';
import {
  companies,
  fundingRounds,
  investments,
  people,
  quoteSubjects,
  quotes,
  roles,
  sources,
} from '../src/db/schema.js';

/** Test-only companies and rounds with dates, currencies and statuses the article lacks. */
export const FILLER_COMPANIES = 25;

export async function addFixtures(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const [acme, beta] = await tx
      .insert(companies)
      .values([
        {
          slug: 'acme-ai',
          name: 'Acme AI',
          kind: 'STARTUP',
          country: 'DE',
          aliases: ['Acme Artificial Intelligence'],
          website: 'https://acme.example/',
          foundedOn: '2021-01-01',
          foundedOnPrecision: 'YEAR',
        },
        { slug: 'beta-ventures', name: 'Beta Ventures', kind: 'INVESTOR', country: 'US' },
      ])
      .returning();
    const [pat] = await tx.insert(people).values({ slug: 'pat-investor', name: 'Pat Investor' }).returning();
    if (!acme || !beta || !pat) throw new Error('fixture insert failed');
    await tx.insert(roles).values({
      personId: pat.id,
      companyId: beta.id,
      title: 'Partner',
      since: '2019-05-01',
      sincePrecision: 'MONTH',
    });

    const round = (values: Omit<typeof fundingRounds.$inferInsert, 'id'>) => ({
      id: randomUUID(),
      ...values,
    });
    const seed = round({
      companyId: acme.id,
      stage: 'SEED',
      status: 'CLOSED',
      currency: 'USD',
      amount: '5000000',
      amountUsd: '5000000',
      postMoneyValuation: '20000000',
      postMoneyValuationUsd: '20000000',
      announcedOn: '2023-03-01',
      announcedOnPrecision: 'MONTH',
      closedOn: '2023-04-15',
      closedOnPrecision: 'DAY',
    });
    const seriesA = round({
      companyId: acme.id,
      stage: 'SERIES_A',
      status: 'ANNOUNCED',
      currency: 'EUR',
      amount: '10000000',
      amountUsd: '10800000',
      postMoneyValuation: '50000000',
      postMoneyValuationUsd: '54000000',
      announcedOn: '2024-06-10',
      announcedOnPrecision: 'DAY',
    });
    const seriesB = round({
      companyId: acme.id,
      stage: 'SERIES_B',
      status: 'RUMORED',
      currency: 'USD',
      amount: '100000000',
      amountUsd: '100000000',
      postMoneyValuation: '1000000000',
      postMoneyValuationUsd: '1000000000',
      announcedOn: '2025-01-01',
      announcedOnPrecision: 'QUARTER',
    });
    await tx.insert(fundingRounds).values([seed, seriesA, seriesB]);
    await tx.insert(investments).values([
      { roundId: seed.id, companyId: beta.id, isLead: true },
      { roundId: seed.id, personId: pat.id, isLead: false },
      { roundId: seriesA.id, companyId: beta.id, isLead: true },
    ]);

    // Two dated quotes by Pat about Acme, and a second source.
    const [older, newer] = await tx
      .insert(quotes)
      .values([
        {
          text: 'Acme ships fast.',
          form: 'PARAPHRASE',
          speakerId: pat.id,
          attribution: 'Pat Investor',
          saidOn: '2023-05-01',
          saidOnPrecision: 'DAY',
        },
        {
          text: 'Acme is growing.',
          form: 'VERBATIM',
          speakerId: pat.id,
          attribution: 'Pat Investor',
          saidOn: '2024-02-01',
          saidOnPrecision: 'MONTH',
        },
      ])
      .returning();
    if (!older || !newer) throw new Error('fixture insert failed');
    await tx.insert(quoteSubjects).values([
      { quoteId: older.id, companyId: acme.id },
      { quoteId: newer.id, companyId: acme.id },
    ]);
    await tx.insert(sources).values({ kind: 'PAPER', title: 'A Fixture Paper' });

    // Filler companies, each with one closed round that Beta Ventures joined.
    const fillers = await tx
      .insert(companies)
      .values(
        Array.from({ length: FILLER_COMPANIES }, (_, i) => ({
          slug: `filler-${String(i + 1).padStart(2, '0')}`,
          name: `Filler ${String(i + 1).padStart(2, '0')}`,
          kind: 'STARTUP' as const,
          country: 'FR',
        })),
      )
      .returning();
    const fillerRounds = fillers.map((company, i) =>
      round({
        companyId: company.id,
        stage: 'SEED',
        status: 'CLOSED',
        currency: 'USD',
        amount: String((i + 1) * 1_000_000),
        amountUsd: String((i + 1) * 1_000_000),
        announcedOn: `2020-01-${String(i + 1).padStart(2, '0')}`,
        announcedOnPrecision: 'DAY',
      }),
    );
    await tx.insert(fundingRounds).values(fillerRounds);
    await tx
      .insert(investments)
      .values(fillerRounds.map((r) => ({ roundId: r.id, companyId: beta.id, isLead: true })));
  });
}
