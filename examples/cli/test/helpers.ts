import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import type { MoatClient } from '@moat/sdk';
import { childEnvironment } from '@moat/server/testing.mjs';
import { expect } from 'vitest';

const cli = resolve(import.meta.dirname, '../dist/cli.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs moat-cli as a process, as a person or a script does. */
export function moatCli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { env: childEnvironment(env) }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** A failure is one line (plus a hint) on stderr, with no stack trace and nothing on stdout. */
export function expectOneLineFailure(run: Run, code: number, message: string) {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')[0]).toBe(`moat-cli: ${message}`);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

/**
 * A new company with a Series C whose amount two sources disagree on: a wire story says
 * $250 million (the round is recorded with it), a blog post $270 million (an update cites it,
 * later: with neither dated, the later claim wins while the dispute lasts).
 */
export async function disputeRoundAmount(moat: MoatClient, slug: string, name: string) {
  const wire = await citation(
    moat,
    `${name} raises a Series C`,
    `${name} raised $250 million in a Series C.`,
  );
  const blog = await citation(
    moat,
    `Inside ${name}'s Series C`,
    `The Series C brought ${name} $270 million.`,
  );
  const { createCompany } = await moat.createCompany({ input: { slug, name, kind: 'STARTUP' } });
  if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
  const { recordFundingRound } = await moat.recordFundingRound({
    input: {
      company: slug,
      stage: 'SERIES_C',
      status: 'ANNOUNCED',
      currency: 'USD',
      amount: '250000000',
      citation: wire,
    },
  });
  if (recordFundingRound.__typename !== 'RecordFundingRoundPayload')
    throw new Error(recordFundingRound.message);
  const round = recordFundingRound.fundingRound.id;
  const { updateFundingRound } = await moat.updateFundingRound({
    input: { round, amount: '270000000', citation: blog },
  });
  if (updateFundingRound.__typename !== 'UpdateFundingRoundPayload')
    throw new Error(updateFundingRound.message);
  return round;
}

/** A citation of `excerpt` from a new source titled `title`. */
export async function citation(moat: MoatClient, title: string, excerpt: string) {
  const { addSource } = await moat.addSource({ input: { title, kind: 'ARTICLE' } });
  if (addSource.__typename !== 'AddSourcePayload') throw new Error(addSource.message);
  return { source: addSource.source.id, excerpt };
}
