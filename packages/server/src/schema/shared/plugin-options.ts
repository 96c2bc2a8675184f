// The options of the builder's plugins: how Moat counts cost, names results, pages, authorises
// and reports bad arguments.
import { GraphQLError, type GraphQLField, getNullableType, isListType } from 'graphql';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { NotAuthorizedError, ValidationError } from '../../errors.js';
import type { MoatSchemaTypes } from '../builder.js';
import { invalidCursor, NOT_A_CURSOR } from './cursors.js';
import { decodeMoatID } from './global-ids.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, QUERY_LIMITS } from './limits.js';

type Options = PothosSchemaTypes.SchemaBuilderOptions<PothosSchemaTypes.ExtendDefaultTypes<MoatSchemaTypes>>;

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

export const complexity: Options['complexity'] = {
  fieldComplexity,
  limit: QUERY_LIMITS,
  complexityError: (kind, result) => {
    const measure = kind.toLowerCase() as keyof typeof QUERY_LIMITS;
    const adjective = { complexity: 'complex', depth: 'deep', breadth: 'broad' }[measure];
    return new GraphQLError(
      `Query is too ${adjective}: its ${measure} is ${result[measure]}, the limit is ${QUERY_LIMITS[measure]}. Ask for smaller pages or fewer nested lists.`,
      { extensions: { code: 'QUERY_TOO_COMPLEX', [measure]: result[measure], limit: QUERY_LIMITS[measure] } },
    );
  },
};

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Every mutation may fail its input's rules or its key's scope; `createCompany` returns a
 * `CreateCompanyResult` union whose success is a `CreateCompanyPayload`. */
export const errors: Options['errors'] = {
  defaultTypes: [ValidationError, NotAuthorizedError],
  defaultUnionOptions: { name: ({ fieldName }) => `${capitalised(fieldName)}Result` },
  defaultResultOptions: { name: ({ fieldName }) => `${capitalised(fieldName)}Payload` },
};

function unauthorizedMessage(auth: Context['auth']): string {
  if (auth.kind === 'none') return 'This needs an API key: send "Authorization: Bearer <key>".';
  if (auth.kind === 'invalid') return auth.reason;
  return `The API key "${auth.key.name}" lacks the scope this needs (it has: ${auth.key.scopes.join(', ') || 'none'}).`;
}

export const scopeAuth: Options['scopeAuth'] = {
  authScopes: ({ auth }) => ({
    write: auth.kind === 'valid' && auth.key.scopes.includes('write'),
    admin: auth.kind === 'valid' && auth.key.scopes.includes('admin'),
  }),
  unauthorizedError: (_parent, { auth }) => new NotAuthorizedError(unauthorizedMessage(auth)),
};

const pageSize = z
  .number()
  .int()
  .min(0, 'must not be negative')
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}, the largest page Moat returns`);

export const relay: Options['relay'] = {
  cursorType: 'String',
  clientMutationId: 'omit',
  nodesOnConnection: { description: 'The items of this page, without their cursors.' },
  firstArgOptions: {
    description: `Returns the first n items after \`after\` (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
    validate: pageSize,
  },
  lastArgOptions: {
    description: `Returns the last n items before \`before\` (at most ${MAX_PAGE_SIZE}).`,
    validate: pageSize,
  },
  // Each connection checks its cursors with its `validate` option (see cursors.ts).
  afterArgOptions: { description: 'Returns items after this cursor (an endCursor from a page).' },
  beforeArgOptions: { description: 'Returns items before this cursor (a startCursor from a page).' },
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
  decodeGlobalID: decodeMoatID,
  // Defined in node.ts, so that an ID naming no row answers null instead of failing the batch.
  nodeQueryOptions: false,
  nodesQueryOptions: false,
};

export const validation: Options['validation'] = {
  // A typed error that names the argument and the problem, e.g. "first: must be at most 100".
  validationError: (result, args) => {
    const issues = result.issues.map((issue) => ({
      path: (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)),
      message: issue.message,
    }));
    // A cursor the list cannot read gets the error that names it.
    const badCursor = issues.find((issue) => issue.message === NOT_A_CURSOR)?.path[0];
    if (badCursor) return invalidCursor(String((args as Record<string, unknown>)[badCursor]));
    const message = issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    return new GraphQLError(`Invalid argument ${message}`, {
      extensions: { code: 'BAD_USER_INPUT', issues },
    });
  },
};
