#!/usr/bin/env node
// moat-cli: Moat from the terminal, through @moat/sdk.
import { parseArgs } from 'node:util';
import { createMoatClient, MoatError, MoatGraphQLError, MoatHttpError, MoatNetworkError } from '@moat/sdk';
import { type CommandName, commands, NotFoundError, UsageError } from './commands.js';

const DEFAULT_URL = 'http://localhost:4000/graphql';

const USAGE = `Usage: moat-cli <command> [options]

Commands:
${Object.values(commands)
  .map((command) => `  ${command.usage}\n      ${command.summary}`)
  .join('\n')}

Options:
  --url <url>   the Moat GraphQL endpoint (or MOAT_URL; ${DEFAULT_URL} by default)
  --json        print the data as JSON, for scripts
  -h, --help    show this help

Statuses: rumored, in-negotiation, announced, closed, cancelled (several: --status announced,closed)
Record types: company, funding-round, person, quote, role`;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        company: { type: 'string' },
        investor: { type: 'string' },
        status: { type: 'string', multiple: true },
        since: { type: 'string' },
        about: { type: 'string' },
        speaker: { type: 'string' },
        type: { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs names the bad flag in its first sentence; the rest is about positionals.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('. ')[0] ?? message);
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  const [name, ...args] = positionals;
  if (values.help || name === undefined) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 2;
    return;
  }
  if (!(name in commands)) throw new UsageError(`unknown command "${name}".`);
  const command = commands[name as CommandName];
  if (args.length !== command.arguments.length) throw new UsageError(`usage: moat-cli ${command.usage}`);
  const { url: urlOption, json, help: _help, ...filters } = values;
  const misplaced = Object.keys(filters).filter(
    (option) => !(command.options as readonly string[]).includes(option),
  );
  if (misplaced.length > 0)
    throw new UsageError(`${name} takes no --${misplaced[0]} option; usage: moat-cli ${command.usage}`);

  const url = urlOption ?? process.env.MOAT_URL ?? DEFAULT_URL;
  let moat: ReturnType<typeof createMoatClient>;
  try {
    moat = createMoatClient({ url, retry: 1 });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/^url/, '--url') : String(error));
  }
  const output = await command.run({ moat, args, options: filters });
  console.log(json ? JSON.stringify(output.data, null, 2) : output.lines.join('\n'));
}

/** One line a problem on stderr; never a stack trace. */
function explain(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError)
    return { message: `${error.message}\nRun moat-cli --help for usage.`, exitCode: 2 };
  if (error instanceof NotFoundError) return { message: error.message, exitCode: 1 };
  if (error instanceof MoatNetworkError)
    return { message: `${error.message}. Is the Moat server running? Set --url or MOAT_URL.`, exitCode: 1 };
  if (error instanceof MoatGraphQLError || error instanceof MoatHttpError)
    return { message: `Moat refused the request: ${error.errors[0]?.message ?? error.message}`, exitCode: 1 };
  if (error instanceof MoatError) return { message: error.message, exitCode: 1 };
  return {
    message: `unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    exitCode: 1,
  };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const { message, exitCode } = explain(error);
  console.error(`moat-cli: ${message}`);
  process.exitCode = exitCode;
});
