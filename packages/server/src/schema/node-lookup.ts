import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import { inArray } from 'drizzle-orm';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import {
  citations,
  companies,
  fundingRounds,
  investments,
  people,
  quotes,
  roles,
  sources,
} from '../db/schema.js';

/** The table behind each node type: every Moat object is a row with a UUID key. */
const NODE_TABLES = {
  Citation: citations,
  Company: companies,
  FundingRound: fundingRounds,
  Investment: investments,
  Person: people,
  Quote: quotes,
  Role: roles,
  Source: sources,
};

type GlobalID = { typename: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global ID ("Type:uuid" in base64), refusing anything Moat could not have given out. */
export function decodeMoatID(globalID: string): GlobalID {
  let decoded: GlobalID | undefined;
  try {
    decoded = decodeGlobalID(globalID);
  } catch {
    decoded = undefined;
  }
  if (!decoded || !Object.hasOwn(NODE_TABLES, decoded.typename) || !UUID.test(decoded.id)) {
    throw new GraphQLError(`Invalid global ID ${JSON.stringify(globalID)}: not an ID that Moat gave out.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return decoded;
}

/**
 * Which of `ids` name a row that exists, one statement per type. The drizzle plugin's node
 * loader rejects a whole batch when a row is missing; `node` and `nodes` answer null instead.
 */
async function existing(ctx: Context, ids: GlobalID[]): Promise<Set<string>> {
  const found = new Set<string>();
  const byType = new Map<keyof typeof NODE_TABLES, string[]>();
  for (const { typename, id } of ids) {
    const key = typename as keyof typeof NODE_TABLES;
    byType.set(key, [...(byType.get(key) ?? []), id]);
  }
  await Promise.all(
    [...byType].map(async ([typename, list]) => {
      const table = NODE_TABLES[typename];
      const rows = await ctx.db.select({ id: table.id }).from(table).where(inArray(table.id, list));
      for (const row of rows) found.add(`${typename}:${row.id}`);
    }),
  );
  return found;
}

/** Resolves the nodes that exist, in order, with null for the IDs that name no row. */
export async function resolveExistingNodes(
  builder: unknown,
  ctx: Context,
  info: GraphQLResolveInfo,
  ids: GlobalID[],
): Promise<unknown[]> {
  const found = await existing(ctx, ids);
  const key = ({ typename, id }: GlobalID) => `${typename}:${id}`;
  const present = ids.filter((id) => found.has(key(id)));
  const nodes =
    present.length > 0
      ? await resolveNodes(builder as Parameters<typeof resolveNodes>[0], ctx, info, present)
      : [];
  const byKey = new Map(present.map((id, index) => [key(id), nodes[index]]));
  return ids.map((id) => byKey.get(key(id)) ?? null);
}
