// Prepared statements for the embedded database, as db/prepared-statements.ts does on PostgreSQL:
// PGlite's `query` parses and plans every statement again, which in WebAssembly costs more than
// running it. Runs in the database's thread (pglite-worker.ts), through PGlite's wire protocol.
import { type PGlite, parse, protocol, type QueryOptions, type Results } from '@electric-sql/pglite';
import { PREPARED_STATEMENTS } from './prepared-statements.js';

interface Statement {
  name: string;
  /** The type of each parameter, as PostgreSQL inferred it (to serialise values as `query` does). */
  parameterTypes: number[];
}

/** PGlite's two locks, which its `query` and `transaction` take (not in its typings). */
interface Locks {
  _runExclusiveQuery<T>(run: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(run: () => Promise<T>): Promise<T>;
}

/**
 * `query(sql, params, options, inTransaction)` answers as PGlite's `query` does, but each
 * statement with parameters is parsed and planned once, then bound to new values on later calls.
 * A statement of an open transaction runs at once (the transaction holds PGlite); any other
 * waits for open transactions to end, as PGlite's `query` does.
 */
export function preparedQueries(client: PGlite) {
  const statements = new Map<string, Statement>();
  const locks = client as unknown as Locks;
  const send = (message: Uint8Array) => client.execProtocolStream(message, { syncToFs: false });

  /** Sends messages, then always Sync: after an error PostgreSQL skips to the Sync. */
  async function exchange(...messages: Uint8Array[]) {
    const replies = [];
    try {
      for (const message of messages) replies.push(...(await send(message)));
    } finally {
      replies.push(...(await send(protocol.serialize.sync())));
    }
    return replies;
  }

  async function prepare(sql: string): Promise<Statement> {
    const known = statements.get(sql);
    if (known) return known;
    const name = statements.size < PREPARED_STATEMENTS ? `moat_${statements.size}` : '';
    const described = await exchange(
      protocol.serialize.parse({ name, text: sql }),
      protocol.serialize.describe({ type: 'S', name }),
    );
    const statement = { name, parameterTypes: parse.parseDescribeStatementResults(described) };
    if (name) statements.set(sql, statement);
    return statement;
  }

  async function run(sql: string, params: unknown[], options: QueryOptions): Promise<Results> {
    const { name, parameterTypes } = await prepare(sql);
    const values = params.map((value, index) => {
      if (value === null || value === undefined) return null;
      const serializer = client.serializers[parameterTypes[index] ?? 0];
      const text = serializer ? serializer(value) : String(value);
      // PGlite counts a lone low surrogate as the end of a pair, so the length it sends would not
      // match the value's UTF-8 bytes, and the rest of the message would be read askew. In UTF-8
      // a lone surrogate is U+FFFD anyway, as node-postgres sends it.
      return typeof text === 'string' ? text.toWellFormed() : text;
    });
    const replies = await exchange(
      protocol.serialize.bind({ statement: name, values }),
      protocol.serialize.describe({ type: 'P' }),
      protocol.serialize.execute({}),
    );
    return parse.parseResults(replies, client.parsers, options)[0] as Results;
  }

  return async function query(
    sql: string,
    params: unknown[],
    options: QueryOptions,
    inTransaction: boolean,
  ): Promise<Results> {
    if (inTransaction) return locks._runExclusiveQuery(() => run(sql, params, options));
    const result = await locks._runExclusiveTransaction(() =>
      locks._runExclusiveQuery(() => run(sql, params, options)),
    );
    await client.syncToFs();
    return result;
  };
}
