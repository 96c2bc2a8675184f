// A generated Moat record file of any size: one source, and per company a person with a role,
// a quote and a funding round, each cited. Used by the import benchmark and the import tests.

/** The lines (NDJSON, each with its newline) of 5 records per company, plus the source and 10 investors. */
export function* recordLines(companyCount: number): Generator<string> {
  const source = 'generated-source';
  const cite = (excerpt: string) => [{ source, excerpt }];
  const line = (record: object) => `${JSON.stringify(record)}\n`;
  yield line({ type: 'Source', key: source, kind: 'OTHER', title: 'A generated source' });
  for (let i = 0; i < 10; i++)
    yield line({
      type: 'Company',
      slug: `fund-${i}`,
      name: `Fund ${i}`,
      kind: 'INVESTOR',
      citations: cite(`Fund ${i} invests.`),
    });
  for (let i = 0; i < companyCount; i++) {
    const slug = `startup-${i}`;
    const records = [
      {
        type: 'Company',
        slug,
        name: `Startup ${i}`,
        kind: 'STARTUP',
        country: 'US',
        citations: cite(`Startup ${i} builds models.`),
      },
      {
        type: 'Person',
        slug: `founder-${i}`,
        name: `Founder ${i}`,
        citations: cite(`Founder ${i} started it.`),
      },
      {
        type: 'Role',
        key: `founder-${i}@${slug}`,
        person: `founder-${i}`,
        company: slug,
        title: 'CEO',
        citations: cite(`Founder ${i}, CEO`),
      },
      {
        type: 'Quote',
        key: `quote-${i}`,
        text: `We will ship model ${i} soon.`,
        form: 'VERBATIM',
        speaker: `founder-${i}`,
        attribution: `Founder ${i}`,
        about: [slug],
        citations: cite(`"We will ship model ${i} soon." said its founder.`),
      },
      {
        type: 'FundingRound',
        key: `round-${i}`,
        company: slug,
        stage: 'SEED',
        status: 'CLOSED',
        currency: 'USD',
        amount: String((i + 1) * 100_000),
        amountUsd: String((i + 1) * 100_000),
        announcedOn: { date: '2024-01-01', precision: 'MONTH' },
        investors: [
          { company: `fund-${i % 10}`, lead: true },
          { company: `fund-${(i + 3) % 10}`, lead: false },
        ],
        citations: cite(`Startup ${i} raised a seed round.`),
      },
    ];
    for (const record of records) yield line(record);
  }
}

/** NDJSON text of about 5 records per company (plus the source and 10 investors). */
export const recordFile = (companyCount: number): string => [...recordLines(companyCount)].join('');
