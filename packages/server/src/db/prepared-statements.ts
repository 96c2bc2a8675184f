import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * How many statements a connection (or the embedded database) keeps prepared; later new ones run
 * unprepared. Each holds memory in its database backend.
 */
export const PREPARED_STATEMENTS = 250;

/**
 * Whether a statement is worth preparing: those with parameters are Moat's queries, alike but for their
 * values; those without (migrations, `begin`) run as sent, and may hold several commands.
 */
export const worthPreparing = (values: unknown): boolean => Array.isArray(values) && values.length > 0;

/** The statement's name: a digest of its text, so the same text always finds its plan. */
const statementName = (text: string) => `moat_${createHash('sha1').update(text).digest('base64url')}`;

/**
 * Makes a pooled node-postgres client prepare each statement with parameters under a name made
 * from its text. Moat's statements differ between requests only in their parameters, so
 * PostgreSQL parses and plans each one once per connection instead of on every request.
 */
export function prepareStatements(client: pg.PoolClient): void {
  // node-postgres keeps the names it has prepared on its connection (not in its typings).
  const { parsedStatements } = (client as unknown as { connection: { parsedStatements: object } }).connection;
  const query = client.query.bind(client) as (config: unknown, ...rest: unknown[]) => unknown;
  client.query = ((config: unknown, ...rest: unknown[]) => {
    const [values] = rest;
    if (isUnnamedStatement(config) && worthPreparing(values)) {
      const name = statementName(config.text);
      const prepared = name in parsedStatements;
      if (prepared || Object.keys(parsedStatements).length < PREPARED_STATEMENTS) config.name = name;
    }
    return query(config, ...rest);
  }) as typeof client.query;
}

function isUnnamedStatement(config: unknown): config is { text: string; name?: string } {
  return (
    typeof config === 'object' && config !== null && 'text' in config && !('name' in config && config.name)
  );
}
