import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { NODE_TABLES, type NodeType } from '../../db/queries/nodes.js';
import { isUuid } from '../../rules/ids.js';

/** The types whose IDs Moat gives out: every node, and claims (which `node` does not fetch). */
const ID_TYPES = new Set<string>([...Object.keys(NODE_TABLES), 'Claim']);
export type IdType = NodeType | 'Claim';

export type GlobalID = { typename: IdType; id: string };

/** Decodes a global ID ("Type:uuid" in base64), refusing anything Moat could not have given out. */
export function decodeMoatID(globalID: string): GlobalID {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalID);
  } catch {
    decoded = undefined;
  }
  if (!decoded || !ID_TYPES.has(decoded.typename) || !isUuid(decoded.id)) {
    throw new GraphQLError(`Invalid global ID ${JSON.stringify(globalID)}: not an ID that Moat gave out.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return decoded as GlobalID;
}

/** An input's global ID that must name a `typename`: "must be the ID of a funding round" otherwise. */
export function globalIdOf<Type extends IdType>(typename: Type, what: string) {
  return z.object({ typename: z.literal(typename, `must be the ID of ${what}`), id: z.uuid() });
}
