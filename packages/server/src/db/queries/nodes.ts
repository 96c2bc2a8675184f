import { inArray } from 'drizzle-orm';
import type { Database } from '../connection.js';
import {
  citations,
  companies,
  fundingRounds,
  investments,
  people,
  quotes,
  roles,
  sources,
} from '../schema.js';

/** The table behind each node type: every Moat object is a row with a UUID key. */
export const NODE_TABLES = {
  Citation: citations,
  Company: companies,
  FundingRound: fundingRounds,
  Investment: investments,
  Person: people,
  Quote: quotes,
  Role: roles,
  Source: sources,
};

export type NodeType = keyof typeof NODE_TABLES;

/** Which of `ids` name a row that exists, as `Type:id`; one statement per type. */
export async function existingNodes(db: Database, ids: { typename: NodeType; id: string }[]) {
  const types = [...new Set(ids.map((node) => node.typename))];
  const found = await Promise.all(
    types.map(async (typename) => {
      const table = NODE_TABLES[typename];
      const list = ids.filter((node) => node.typename === typename).map((node) => node.id);
      const rows = await db.select({ id: table.id }).from(table).where(inArray(table.id, list));
      return rows.map((row) => `${typename}:${row.id}`);
    }),
  );
  return new Set(found.flat());
}
