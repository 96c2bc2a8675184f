import { createMoatClient, type MoatClient } from '@moat/sdk';
import { startMoatServer } from '@moat/server/testing.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citation, disputeRoundAmount, expectOneLineFailure, moatCli as runCli } from './helpers.js';

// Disputes are written, so these tests get a server of their own.
let moat: MoatClient;
let env: Record<string, string> = {};
let stop: () => Promise<void> = async () => {};
beforeAll(async () => {
  const server = await startMoatServer();
  moat = createMoatClient({ url: server.url, apiKey: server.writeKey });
  env = { MOAT_URL: server.url };
  stop = server.stop;
});
afterAll(() => stop());

const moatCli = (args: string[]) => runCli(args, env);

describe('moat-cli and disputed facts', () => {
  it('disputes: each claim with its value, rank and source, filtered by company and type', async () => {
    await disputeRoundAmount(moat, 'cohere', 'Cohere');
    const { code, stdout, stderr } = await moatCli(['disputes', '--company', 'cohere']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Disputes (1)',
        '  Cohere, series c round',
        '    amount (disputed):',
        '      $270M (normal)',
        "        “The Series C brought Cohere $270 million.” — Inside Cohere's Series C",
        '      $250M (normal)',
        '        “Cohere raised $250 million in a Series C.” — Cohere raises a Series C',
        '',
        '',
      ].join('\n'),
    );
    const companies = await moatCli(['disputes', '--company', 'cohere', '--type', 'company']);
    expect(companies.stdout).toBe('Disputes (0)\nNo dispute matches.\n');
    const rounds = await moatCli(['disputes', '--company', 'cohere', '--type', 'funding-round']);
    expect(rounds.stdout.split('\n')[0]).toBe('Disputes (1)');
    expectOneLineFailure(
      await moatCli(['disputes', '--type', 'deal']),
      2,
      '--type must be one of company, funding-round, person, quote, role; not "deal".',
    );
  });

  it('disputes: the newest first', async () => {
    await disputeRoundAmount(moat, 'writer', 'Writer');
    await disputeRoundAmount(moat, 'adept', 'Adept');
    const { stdout } = await moatCli(['disputes', '--type', 'funding-round']);
    const records = stdout.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(records.indexOf('  Adept, series c round')).toBeLessThan(
      records.indexOf('  Writer, series c round'),
    );
  });

  it('company: a disputed field is marked, with the competing values and their sources', async () => {
    await disputeRoundAmount(moat, 'aleph-alpha', 'Aleph Alpha');
    for (const [headquarters, excerpt] of [
      ['Heidelberg', 'Aleph Alpha, based in Heidelberg.'],
      ['Berlin', 'The Berlin start-up Aleph Alpha …'],
    ] as const) {
      const { updateCompany } = await moat.updateCompany({
        input: {
          slug: 'aleph-alpha',
          headquarters,
          citation: await citation(moat, `Aleph Alpha in ${headquarters}`, excerpt),
        },
      });
      if (updateCompany.__typename !== 'UpdateCompanyPayload') throw new Error(updateCompany.message);
    }
    const { code, stdout } = await moatCli(['company', 'aleph-alpha']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'Aleph Alpha (startup)',
      '',
      '  COUNTRY  HEADQUARTERS       FOUNDED  TOTAL RAISED  LATEST VALUATION',
      '  —        Berlin (disputed)  —        —             —',
      '  headquarters (disputed):',
      '    Berlin (normal)',
      '      “The Berlin start-up Aleph Alpha …” — Aleph Alpha in Berlin',
      '    Heidelberg (normal)',
      '      “Aleph Alpha, based in Heidelberg.” — Aleph Alpha in Heidelberg',
    ]);
    expect(stdout).toMatch(/ {2}— +announced +\$270M \(disputed\) +— +— +—\n {2}amount \(disputed\):\n/);
    expect(stdout).toContain(
      [
        '    $250M (normal)',
        '      “Aleph Alpha raised $250 million in a Series C.” — Aleph Alpha raises a Series C',
      ].join('\n'),
    );
  });
});
