// `node` and `nodes`: any object by its global ID. The drizzle plugin's loader fails a whole batch
// when one row is missing, so the IDs that name no row are answered null before it runs.
import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { existingNodes, NODE_TABLES, type NodeType } from '../../db/queries/nodes.js';
import { builder } from '../builder.js';
import type { GlobalID } from './global-ids.js';

/** Whether a global ID names a node: a claim's does not, so `node` answers null for it. */
const isNodeID = (id: GlobalID): id is GlobalID & { typename: NodeType } =>
  Object.hasOwn(NODE_TABLES, id.typename);

/** Resolves the nodes that exist, in order, with null for the IDs that name no row. */
async function resolveExistingNodes(ctx: Context, info: GraphQLResolveInfo, ids: GlobalID[]) {
  const key = ({ typename, id }: GlobalID) => `${typename}:${id}`;
  const found = await existingNodes(ctx.db, ids.filter(isNodeID));
  const present = ids.filter((id) => found.has(key(id)));
  const nodes = present.length > 0 ? await resolveNodes(builder, ctx, info, present) : [];
  const byKey = new Map(present.map((id, index) => [key(id), nodes[index]]));
  return ids.map((id) => byKey.get(key(id)) ?? null);
}

// Parsed even where the relay plugin would leave a plain ID alone, so a bad one is refused.
const alwaysParse = { relayGlobalIDAlwaysParse: true };

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Fetches any object by its global ID; null when none has it.',
    args: {
      id: t.arg.globalID({
        required: true,
        description: 'A global ID, as an object’s `id` field gives it.',
        extensions: alwaysParse,
      }),
    },
    resolve: async (_root, args, ctx, info) =>
      (await resolveExistingNodes(ctx, info, [args.id as GlobalID]))[0] as never,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'Fetches objects by their global IDs, in order; null where none has the ID.',
    args: {
      ids: t.arg.globalIDList({
        required: true,
        description: 'Global IDs, as objects’ `id` fields give them.',
        extensions: alwaysParse,
      }),
    },
    resolve: (_root, args, ctx, info) => resolveExistingNodes(ctx, info, args.ids as GlobalID[]) as never,
  }),
}));
