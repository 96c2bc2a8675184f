import { describe, expect, it } from 'vitest';
import { readSeedFile, seedFileSchema } from '../src/data/seed.js';

describe('the seed file', () => {
  it('reads, with every fact cited', () => {
    const seed = readSeedFile();
    expect(seed.companies.map((c) => c.slug)).toContain('openai');
    const facts = [...seed.companies, ...seed.people, ...seed.quotes, ...seed.fundingRounds];
    for (const fact of facts) expect(fact.citations.length).toBeGreaterThan(0);
  });

  it('refuses an unknown field and a fact without a citation, naming where', () => {
    const seed = readSeedFile();
    const [company] = seed.companies;
    const withTypo = { ...seed, companies: [{ ...company, foundedIn: '2015' }] };
    const uncited = { ...seed, companies: [{ ...company, citations: [] }] };
    const typo = seedFileSchema.safeParse(withTypo);
    const missing = seedFileSchema.safeParse(uncited);
    expect(typo.success).toBe(false);
    expect(typo.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['foundedIn'],
      path: ['companies', 0],
    });
    expect(missing.error?.issues[0]).toMatchObject({
      message: 'every fact needs a citation',
      path: ['companies', 0, 'citations'],
    });
  });

  it('keeps partial dates with their precision', () => {
    const seed = readSeedFile();
    const [round] = seed.fundingRounds;
    const dated = seedFileSchema.parse({
      ...seed,
      fundingRounds: [{ ...round, announcedOn: { date: '2025-01-01', precision: 'QUARTER' } }],
    });
    expect(dated.fundingRounds[0]?.announcedOn).toEqual({ date: '2025-01-01', precision: 'QUARTER' });
    expect(seed.fundingRounds[0]?.announcedOn).toBeNull();
  });
});
