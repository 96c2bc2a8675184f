// The response cache: a read answered once is answered again from memory, in this process, until
// a write commits that could change it. Every cached response is filed under tags, and each
// committed write forgets the responses filed under the tags it touched:
//
// - the UUID of every record the response shows: a write forgets it when its audit entries name
//   that record, as the record itself or as one it refers to (a round's company, a claim's or a
//   citation's record, a role's person and company, a citation's source);
// - every list field (and derived total) the query selects whose items a write of some type can
//   add, remove or reorder, as `Type.field`: LISTS says which, per type written;
// - `missing` when a lookup found nothing: any creation forgets it;
// - the type of every record shown: a round's update forgets `Investment`, as it may replace them.
//
// A delete takes rows along through foreign keys its audit entry does not name, and an import can
// write anything: either forgets every response. Deletes and imports are rare; reads are not.

import {
  createInMemoryCache,
  useResponseCache as useYogaResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
  getOperationAST,
  isObjectType,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type AuditEntry, type Committed, onCommitted } from './db/audit.js';
import type { Database } from './db/connection.js';
import { CLAIM_SUBJECTS } from './db/schema.js';
import { QUERY_LIMITS } from './schema/shared/limits.js';

/**
 * A record with claims and citations: a write of one may cite a source (unaudited, with the
 * record) and change the claims that the disputes list.
 */
const CLAIMED = ['Source.citations', 'Query.disputes'];

/**
 * The fields whose items (or totals) a write of each record type can add, remove or reorder,
 * beyond the fields of the records it names; and `Investment`, the records a round's write may
 * replace.
 */
const LISTS: Record<string, string[]> = {
  Company: ['Query.companies', 'Query.search', ...CLAIMED],
  Person: ['Query.people', 'Query.search', ...CLAIMED],
  Role: ['Query.people', 'Company.people', 'Person.roles', ...CLAIMED],
  Quote: [
    'Query.quotes',
    'Query.search',
    'Company.quotes',
    'Company.quotesAbout',
    'Person.quotes',
    ...CLAIMED,
  ],
  FundingRound: [
    'Query.fundingRounds',
    'Company.fundingRounds',
    'Company.investments',
    'Person.investments',
    'Company.totalRaised',
    'Company.latestValuation',
    'Investment',
    ...CLAIMED,
  ],
  Source: ['Query.sources'],
  Citation: ['Source.citations'],
  // A claim changes its record's values as a write of that record would: its record's lists too.
  Claim: ['Query.disputes'],
  ApiKey: [],
};

const LISTED_FIELDS = new Set(Object.values(LISTS).flat());

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The type of the record a claim is about: the one of its subject columns that is set. */
function claimSubject(claim: unknown): string | undefined {
  const row = claim as Record<string, unknown> | null;
  return Object.entries(CLAIM_SUBJECTS).find(([, column]) => row?.[column])?.[0];
}

/** The tags of the responses that a transaction's audit entries may have made stale. */
function staleTags(written: readonly AuditEntry[]): Set<string> | 'everything' {
  const tags = new Set<string>();
  for (const { recordType, before, after } of written) {
    if (after === null) return 'everything';
    if (before === null) tags.add('missing');
    for (const uuid of JSON.stringify([before, after]).match(UUIDS) ?? []) tags.add(uuid);
    const subject = recordType === 'Claim' ? claimSubject(after) : undefined;
    for (const type of [recordType, subject ?? []].flat()) for (const tag of LISTS[type] ?? []) tags.add(tag);
  }
  return tags;
}

interface OperationShape {
  /** Whether the answer depends on the API key: a field that needs a scope. */
  keyDependent: boolean;
  /** The listed fields it selects (`Type.field`). */
  lists: string[];
}

const shapes = new WeakMap<DocumentNode, OperationShape>();

/** What a document selects that decides how it is cached; the same document is read once. */
function shapeOf(document: DocumentNode, schema: GraphQLSchema): OperationShape {
  const known = shapes.get(document);
  if (known) return known;
  const shape: OperationShape = { keyDependent: false, lists: [] };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        if ((field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes)
          shape.keyDependent = true;
        const coordinate = `${parent.name}.${field.name}`;
        if (LISTED_FIELDS.has(coordinate)) shape.lists.push(coordinate);
      },
    }),
  );
  shapes.set(document, shape);
  return shape;
}

const cacheField = (name: string, alias: string): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  alias: { kind: Kind.NAME, value: alias },
});

/**
 * The document as the response cache executes it: every selection set also asks for its
 * `__typename` and, on a type with one, its `id`, so the cache learns which records it shows.
 * Rewritten once per document (yoga reuses a parsed document), as its shape is.
 */
const withFields = new WeakMap<DocumentNode, DocumentNode>();

function withCacheFields(document: DocumentNode, schema: GraphQLSchema): DocumentNode {
  const known = withFields.get(document);
  if (known) return known;
  const typeInfo = new TypeInfo(schema);
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node): SelectionSetNode {
        const parent = typeInfo.getParentType();
        const hasId = isObjectType(parent) && 'id' in parent.getFields();
        return {
          ...node,
          // At most what the cache adds: it leaves out a field already asked for.
          selections: [
            ...node.selections,
            cacheField('__typename', '__responseCacheTypeName'),
            ...(hasId ? [cacheField('id', '__responseCacheId')] : []),
          ],
        };
      },
    }),
  );
  withFields.set(document, rewritten);
  return rewritten;
}

/**
 * Whether the document, with the fields the cache adds, stays within Moat's query limits: the
 * limits are checked on the document executed, and a query within them must not be refused
 * because the cache is on. One beyond them runs as sent, uncached.
 */
function withinLimitsWhenCached(
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: object,
  ctx: object,
) {
  let cost: ReturnType<typeof complexityFromQuery>;
  try {
    cost = complexityFromQuery(withCacheFields(document, schema), {
      schema,
      ctx,
      variables: variables as Record<string, unknown>,
    });
  } catch {
    // A bad argument (a page of 500): executed as sent, it is refused with its field's path.
    return false;
  }
  return (
    cost.complexity <= QUERY_LIMITS.complexity &&
    cost.depth <= QUERY_LIMITS.depth &&
    cost.breadth <= QUERY_LIMITS.breadth
  );
}

/** Whether a lookup at the root of a response found nothing (`company: null`, `nodes: [null]`). */
const findsNothing = (data: Record<string, unknown>) =>
  Object.values(data).some((value) => value === null || (Array.isArray(value) && value.includes(null)));

/** The UUID of a record from the ID a response shows: a global ID ("Type:uuid" in base64) or a UUID. */
function recordUuid(id: string | number): string {
  const text = String(id);
  if (text.match(UUIDS)?.[0] === text) return text;
  try {
    return decodeGlobalID(text).id;
  } catch {
    return text;
  }
}

/** A query's admission to the cache: the write count when it began, and its tags beyond its records. */
interface Ticket {
  since: number;
  tags: string[];
}

/**
 * The response cache of the service over `db`: two yoga plugins, in this order. The first gives
 * each query's result a ticket as it executes; the plugin's cache keeps only results with a
 * ticket issued since the last write, so mutations, key-dependent reads and reads that overlapped
 * a write are never kept.
 */
export function responseCache(db: Database): Plugin[] {
  let store = createInMemoryCache();
  /** Writes committed so far: a read that began before the latest one may have seen the old data. */
  let writes = 0;
  const tickets = new WeakMap<ExecutionResult, Ticket>();
  /** Requests the cache leaves alone: mutations, key-dependent reads, reads near the limits. */
  const uncached = new WeakSet<object>();

  onCommitted(db, (written: Committed) => {
    writes += 1;
    const tags = written === 'everything' ? written : staleTags(written);
    // The in-memory cache has no `clear`: a new one forgets everything.
    if (tags === 'everything') store = createInMemoryCache();
    else store.invalidate([...tags].map((tag) => ({ typename: tag })));
  });

  const issueTickets: Plugin = {
    onExecute({ args }) {
      // Mutations, key-dependent reads and reads the cache's fields would take past the limits
      // run as sent: the cache neither adds its fields to them nor keeps them.
      const leaveAlone = () => void uncached.add(args.contextValue);
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return leaveAlone();
      const shape = shapeOf(args.document, args.schema);
      if (shape.keyDependent) return leaveAlone();
      if (!withinLimitsWhenCached(args.document, args.schema, args.variableValues ?? {}, args.contextValue))
        return leaveAlone();
      const since = writes;
      return {
        onExecuteDone({ result }) {
          if (!('data' in result) || !result.data) return;
          const tags = findsNothing(result.data) ? [...shape.lists, 'missing'] : shape.lists;
          tickets.set(result, { since, tags });
        },
      };
    },
  };

  return [
    issueTickets,
    useYogaResponseCache({
      session: () => null,
      enabled: (_request, context) => !uncached.has(context),
      // Moat forgets what each write made stale once it commits (above), not from its response.
      invalidateViaMutation: false,
      cache: {
        get: (key) => store.get(key),
        set(key, result, entities, ttl) {
          const ticket = tickets.get(result);
          if (!ticket || ticket.since !== writes) return;
          const tags = new Set(ticket.tags);
          for (const { typename, id } of entities) {
            if (id === undefined) continue;
            tags.add(typename);
            tags.add(recordUuid(id));
          }
          store.set(
            key,
            result,
            [...tags].map((tag) => ({ typename: tag })),
            ttl,
          );
        },
        invalidate: (entities) => store.invalidate(entities),
      },
    }),
  ];
}
