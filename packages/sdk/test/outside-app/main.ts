// A small app on @moat/sdk, written as an app outside this repository writes it:
// outside-app.test.ts copies it into a new npm project, type-checks it there with tsc and runs it
// against a live server. It prints what it read as one JSON line.
import { readFileSync } from 'node:fs';
import { createMoatClient, MoatGraphQLError, paginate, type RoundSummaryFragment } from '@moat/sdk';
import { moatSchemaPath } from '@moat/sdk/codegen';

const [url = 'http://localhost:4000/graphql'] = process.argv.slice(2);
const moat = createMoatClient({ url });

const { company } = await moat.company({ slug: 'deepseek' });
// @ts-expect-error The SDK's types name every field, so a misspelt one does not compile.
company?.nmae;

const rounds: RoundSummaryFragment[] = [];
for await (const round of paginate(moat.fundingRounds, { filter: { investor: 'softbank-group' } })) {
  rounds.push(round);
}

let refusedWith: string | undefined;
try {
  await moat.companies({ first: 500 });
} catch (error) {
  if (error instanceof MoatGraphQLError) refusedWith = error.code;
}

console.log(
  JSON.stringify({
    company: company?.name,
    rounds: rounds.map((round) => [round.company.name, round.amount?.amount, round.status]),
    refusedWith,
    schemaShipped: readFileSync(moatSchemaPath, 'utf8').includes('type Company implements Node'),
  }),
);
