import { createHash } from 'node:crypto';
import type pg from 'pg';

/** How many statements one connection keeps prepared; later new ones run unprepared. */
const PREPARED_PER_CONNECTION = 250;

/** The statement's name: a digest of its text, so the same text always finds its plan. */
const statementName = (text: string) => `moat_${createHash('sha1').update(text).digest('base64url')}`;

/**
 * Makes a pooled node-postgres client prepare each statement with parameters under a name made
 * from its text. Moat's statements differ between requests only in their parameters, so
 * PostgreSQL parses and plans each one once per connection instead of on every request.
 * Statements without parameters (migrations, `begin`) keep the simple protocol, which allows
 * several commands in one text. The number kept per connection is bounded, as each prepared
 * statement holds memory in its PostgreSQL backend.
 */
export function prepareStatements(client: pg.PoolClient): void {
  // node-postgres keeps the names it has prepared on its connection (not in its typings).
  const { parsedStatements } = (client as unknown as { connection: { parsedStatements: object } }).connection;
  const query = client.query.bind(client) as (config: unknown, ...rest: unknown[]) => unknown;
  client.query = ((config: unknown, ...rest: unknown[]) => {
    const [values] = rest;
    if (isUnnamedStatement(config) && Array.isArray(values) && values.length > 0) {
      const name = statementName(config.text);
      const prepared = name in parsedStatements;
      if (prepared || Object.keys(parsedStatements).length < PREPARED_PER_CONNECTION) config.name = name;
    }
    return query(config, ...rest);
  }) as typeof client.query;
}

function isUnnamedStatement(config: unknown): config is { text: string; name?: string } {
  return (
    typeof config === 'object' && config !== null && 'text' in config && !('name' in config && config.name)
  );
}
