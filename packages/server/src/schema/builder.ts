import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { GraphQLError, type GraphQLField, getNullableType, isListType } from 'graphql';
import { z } from 'zod';
import type { Context } from '../context.js';
import { relations } from '../db/relations.js';
import { NotAuthorizedError } from '../errors.js';
import { decodeMoatID, resolveExistingNodes } from './node-lookup.js';

/** Largest page a connection returns; a larger `first` or `last` is refused, not clamped. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const pageSize = z
  .number()
  .int()
  .min(0, 'must not be negative')
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}, the largest page Moat returns`);

/** Limits on one operation, so that no request can ask the database for millions of rows. */
export const QUERY_LIMITS = { complexity: 250_000, depth: 15, breadth: 300 };

/**
 * A field costs 1, and what it selects is multiplied by how many items it can return: a
 * connection's page size, or 5 for a plain list (roles, citations, investors are short).
 */
function fieldComplexity(
  args: Record<string, unknown>,
  _ctx: Context,
  field: GraphQLField<unknown, Context>,
) {
  const isConnection = field.args.some((arg) => arg.name === 'first');
  if (isConnection) {
    const size = [args.first, args.last].find((n): n is number => typeof n === 'number') ?? DEFAULT_PAGE_SIZE;
    return { field: 1, multiplier: Math.max(1, size) };
  }
  // A connection's own edges and nodes are already counted by its page size.
  const insideConnection = field.name === 'edges' || (field.name === 'nodes' && field.args.length === 0);
  const isList = isListType(getNullableType(field.type));
  return { field: 1, multiplier: isList && !insideConnection ? 5 : 1 };
}

function unauthorizedMessage(auth: Context['auth']): string {
  if (auth.kind === 'none') return 'This needs an API key: send "Authorization: Bearer <key>".';
  if (auth.kind === 'invalid') return auth.reason;
  return `The API key "${auth.key.name}" lacks the scope this needs (it has: ${auth.key.scopes.join(', ') || 'none'}).`;
}

// `node` and `nodes` resolve through the builder, which exists once its initialiser has run.
let nodeBuilder: unknown;

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { write: boolean; admin: boolean };
  DrizzleRelations: typeof relations;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    URL: { Input: URL; Output: string };
    CountryCode: { Input: string; Output: string };
    Currency: { Input: string; Output: string };
    Decimal: { Input: string; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: unknown };
  };
}>({
  // Errors first, so that it catches what scope-auth throws and returns it as NotAuthorizedError.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, ValidationPlugin, DrizzlePlugin],
  errors: { defaultTypes: [] },
  scopeAuth: {
    authScopes: ({ auth }) => ({
      write: auth.kind === 'valid' && auth.key.scopes.includes('write'),
      admin: auth.kind === 'valid' && auth.key.scopes.includes('admin'),
    }),
    unauthorizedError: (_parent, { auth }) => new NotAuthorizedError(unauthorizedMessage(auth)),
  },
  complexity: {
    fieldComplexity,
    limit: QUERY_LIMITS,
    complexityError: (kind, result) => {
      const measure = kind.toLowerCase() as keyof typeof QUERY_LIMITS;
      const adjective = { complexity: 'complex', depth: 'deep', breadth: 'broad' }[measure];
      return new GraphQLError(
        `Query is too ${adjective}: its ${measure} is ${result[measure]}, the limit is ${QUERY_LIMITS[measure]}. Ask for smaller pages or fewer nested lists.`,
        {
          extensions: { code: 'QUERY_TOO_COMPLEX', [measure]: result[measure], limit: QUERY_LIMITS[measure] },
        },
      );
    },
  },
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    nodesOnConnection: { description: 'The items of this page, without their cursors.' },
    cursorType: 'String',
    clientMutationId: 'omit',
    firstArgOptions: {
      description: `Returns the first n items after \`after\` (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
      validate: pageSize,
    },
    lastArgOptions: {
      description: `Returns the last n items before \`before\` (at most ${MAX_PAGE_SIZE}).`,
      validate: pageSize,
    },
    afterArgOptions: { description: 'Returns items after this cursor (an endCursor from a page).' },
    beforeArgOptions: {
      description: 'Returns items before this cursor (a startCursor from a page).',
    },
    decodeGlobalID: decodeMoatID,
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when none has it.',
      args: { id: { description: 'A global ID, as an object’s `id` field gives it.' } },
      resolve: async (_root, args, ctx, info) =>
        (await resolveExistingNodes(nodeBuilder, ctx, info, [args.id]))[0],
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in order; null where none has the ID.',
      args: { ids: { description: 'Global IDs, as objects’ `id` fields give them.' } },
      resolve: (_root, args, ctx, info) => resolveExistingNodes(nodeBuilder, ctx, info, args.ids),
    },
    idFieldOptions: { description: 'Global ID of the object, for `node(id:)` and caching.' },
    nodeTypeOptions: { description: 'An object with a global ID that `node(id:)` can fetch.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection, for paging on.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { description: 'The item at this edge.' },
    cursorFieldOptions: { description: 'Where this item sits, for `after` or `before`.' },
    pageInfoFieldOptions: { description: 'Where this page sits, and the cursors to page on.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item; pass it as `before`.' },
    endCursorFieldOptions: { description: 'Cursor of the last item; pass it as `after`.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with its cursors and total.' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
  },
  validation: {
    // A typed error that names the argument and the problem, e.g. "first: must be at most 100".
    validationError: (result) => {
      const issues = result.issues.map((issue) => ({
        path: (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)),
        message: issue.message,
      }));
      const message = issues
        .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
        .join('; ');
      return new GraphQLError(`Invalid argument ${message}`, {
        extensions: { code: 'BAD_USER_INPUT', issues },
      });
    },
  },
});

nodeBuilder = builder;

builder.queryType({ description: 'Moat: companies, people, quotes and funding rounds, every fact cited.' });
builder.mutationType({
  description: 'Writes to Moat. Each needs an API key with the `write` scope and runs in one transaction.',
});
