import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { expectOneLineFailure, moatCli as runCli } from './helpers.js';

const moatUrl = inject('moatUrl');

/** Runs moat-cli against the shared server, or with the environment given. */
const moatCli = (args: string[], env: Record<string, string> = { MOAT_URL: moatUrl }) => runCli(args, env);

describe('moat-cli against a live server', () => {
  it('company: facts, people, the round as people read it, with its excerpt, and quotes about it', async () => {
    const { code, stdout, stderr } = await moatCli(['company', 'openai']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('OpenAI (corporation)');
    expect(lines).toContain('  Sam Altman  CEO    —');
    expect(stdout).toMatch(
      / {2}ANNOUNCED +STATUS +AMOUNT +POST-MONEY +LEAD +OTHERS\n {2}— +in negotiation +\$40B +\$300B +SoftBank Group +—\n/,
    );
    expect(lines).toContain(
      "    “SoftBank Group's negotiations to lead a staggering $40 billion funding round for OpenAI, which could effectively double its valuation to $300 billion” — The rise of DeepSeek",
    );
    expect(stdout).toContain(
      'Gary Marcus (verbatim): “DeepSeek’s paper on the R1 model is more informative than anything I have seen from OpenAI since GPT-3.”',
    );
  });

  it('person: roles and quotes', async () => {
    const { code, stdout } = await moatCli(['person', 'gary-marcus']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Gary Marcus\n/);
    expect(stdout).toMatch(/ {2}Professor +New York University\n/);
    expect(stdout).toContain('Quotes (2)');
    expect(stdout).toContain('Gary Marcus (paraphrase): “AI risks becoming a market bubble.”');
  });

  it('rounds: filtered by investor, company, status and date', async () => {
    const softbank = await moatCli(['rounds', '--investor', 'softbank-group']);
    expect(softbank.stdout).toMatch(/ {2}OpenAI +— +in negotiation +\$40B +\$300B +SoftBank Group +—\n/);
    expect(softbank.stdout.split('\n')[0]).toBe('Funding rounds (1)');
    const negotiating = await moatCli([
      'rounds',
      '--status',
      'in-negotiation,rumored',
      '--company',
      'openai',
    ]);
    expect(negotiating.stdout.split('\n')[0]).toBe('Funding rounds (1)');
    const closed = await moatCli(['rounds', '--status', 'closed']);
    expect(closed.stdout).toBe('Funding rounds (0)\nNo funding round matches.\n');
    // The round has no announcement date, so a date filter leaves it out.
    const since = await moatCli(['rounds', '--since', '2025']);
    expect(since.stdout.split('\n')[0]).toBe('Funding rounds (0)');
  });

  it('quotes: about a company and by a speaker', async () => {
    const about = await moatCli(['quotes', '--about', 'deepseek']);
    expect(about.stdout.split('\n')[0]).toBe('Quotes (3)');
    expect(about.stdout).toContain('Hugging Face executives (paraphrase):');
    const altman = await moatCli(['quotes', '--speaker', 'sam-altman']);
    expect(altman.stdout.split('\n')[0]).toBe('Quotes (3)');
    expect(altman.stdout).toContain('“Three things fuel the AI engine: chips, data and capital.”');
  });

  it('search: a misspelt name finds it, best match first', async () => {
    const { code, stdout } = await moatCli(['search', 'deepsek']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toMatch(/^ {2}company +DeepSeek +deepseek +\d\.\d\d$/);
  });

  it('--json prints the data for scripts', async () => {
    const company = await moatCli(['company', 'openai', '--json']);
    const data = JSON.parse(company.stdout);
    expect(data.company.fundingRounds.nodes[0]).toMatchObject({
      status: 'IN_NEGOTIATION',
      amount: { amount: '40000000000', currency: 'USD' },
      leadInvestors: [{ slug: 'softbank-group' }],
    });
    const rounds = JSON.parse((await moatCli(['rounds', '--json'])).stdout);
    expect(rounds.map((round: { company: { slug: string } }) => round.company.slug)).toEqual(['openai']);
  });

  it('--url overrides MOAT_URL', async () => {
    const run = await moatCli(['company', 'meta', '--url', moatUrl], {
      MOAT_URL: 'http://127.0.0.1:9/graphql',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Meta \(corporation\)/);
  });
});

describe('moat-cli when something is wrong', () => {
  it('server down: one line naming the URL, exit 1', async () => {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    await new Promise((done) => server.close(done));
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    const run = await moatCli(['company', 'openai'], { MOAT_URL: url });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^moat-cli: Could not reach Moat at ${url}: connect ECONNREFUSED .*Is the Moat server running\\? Set --url or MOAT_URL\\.\\n$`,
      ),
    );
  });

  it('unknown slug: says so and suggests the nearest, exit 1', async () => {
    expectOneLineFailure(
      await moatCli(['company', 'opnai']),
      1,
      'No company has the slug "opnai". Did you mean openai?',
    );
    expectOneLineFailure(
      await moatCli(['person', 'nobody-at-all']),
      1,
      'No person has the slug "nobody-at-all".',
    );
  });

  it('bad flags, commands and values: one line and a hint, exit 2', async () => {
    expectOneLineFailure(await moatCli(['rounds', '--bogus']), 2, "Unknown option '--bogus'");
    expectOneLineFailure(await moatCli(['launch']), 2, 'unknown command "launch".');
    expectOneLineFailure(await moatCli(['company']), 2, 'usage: moat-cli company <slug>');
    expectOneLineFailure(
      await moatCli(['rounds', '--status', 'signed']),
      2,
      '--status must be one of rumored, in-negotiation, announced, closed, cancelled; not "signed".',
    );
    expectOneLineFailure(
      await moatCli(['rounds', '--since', '2025-13']),
      2,
      '--since must be a date as YYYY, YYYY-MM or YYYY-MM-DD; not "2025-13".',
    );
    expectOneLineFailure(
      await moatCli(['company', 'openai', '--speaker', 'x']),
      2,
      'company takes no --speaker option; usage: moat-cli company <slug>',
    );
    expectOneLineFailure(
      await moatCli(['search', 'x', '--url', 'not a url']),
      2,
      '--url must be an absolute URL such as http://localhost:4000/graphql, not "not a url".',
    );
    const bad = await moatCli(['rounds', '--bogus']);
    expect(bad.stderr).toBe("moat-cli: Unknown option '--bogus'\nRun moat-cli --help for usage.\n");
  });

  it('--help prints the usage, exit 0; no command prints it, exit 2', async () => {
    const help = await moatCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: moat-cli <command> \[options\]/);
    expect(help.stdout).toContain(
      'rounds [--company <slug>] [--investor <slug>] [--status <status>] [--since <date>]',
    );
    const none = await moatCli([]);
    expect(none.code).toBe(2);
  });
});
