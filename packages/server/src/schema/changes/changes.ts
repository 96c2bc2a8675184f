// The change feed: every write to Moat's records, oldest first, for apps that keep a copy.
import { encodeGlobalID, resolveCursorConnection } from '@pothos/plugin-relay';
import type { Context } from '../../context.js';
import { type ChangeRow, changesPage } from '../../db/queries/changes.js';
import { ChangesInterruptedError, NotFoundError } from '../../errors.js';
import {
  type CHANGE_KINDS,
  CHANGE_RECORD_TYPES,
  type ChangeCursor,
  changeKind,
  decodeChangeCursor,
  encodeChangeCursor,
} from '../../rules/changes.js';
import { builder } from '../builder.js';
import { changePageArgs, invalidCursor } from '../shared/cursors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/limits.js';

export const ChangeKind = builder.enumType('ChangeKind', {
  description: 'What a write did to its record.',
  values: {
    CREATE: { description: 'The record was created (by a mutation or an import).' },
    UPDATE: { description: 'The record’s fields were changed.' },
    CLAIM: { description: 'A claim was added: a source’s value for a property (the record is the Claim).' },
    RANK: { description: 'A claim’s rank was changed (the record is the Claim).' },
    DELETE: { description: 'The record was deleted; `tombstone` holds it as it was.' },
  } satisfies Record<(typeof CHANGE_KINDS)[number], unknown>,
});

export const ChangeRecordType = builder.enumType('ChangeRecordType', {
  description: 'The types of record the change feed reports.',
  values: Object.fromEntries(
    CHANGE_RECORD_TYPES.map((type) => [type, { description: `A ${type} record.` }]),
  ) as Record<(typeof CHANGE_RECORD_TYPES)[number], { description: string }>,
});

const Change = builder.objectRef<ChangeRow>('Change').implement({
  description: 'One write to one record, as the change feed reports it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The change’s own ID (its audit entry’s).' }),
    cursor: t.string({
      description:
        'The change’s place in the feed: pass it as `after` to the `changes` query or subscription to continue after it.',
      resolve: (row) => encodeChangeCursor(row),
    }),
    kind: t.field({
      type: ChangeKind,
      description: 'What the write did.',
      resolve: (row) => changeKind(row),
    }),
    recordType: t.field({
      type: ChangeRecordType,
      description: 'The type of the record written.',
      resolve: (row) => row.recordType as (typeof CHANGE_RECORD_TYPES)[number],
    }),
    recordId: t.id({
      description: 'The global ID of the record written (for `node(id:)` where the type is a Node).',
      resolve: (row) => encodeGlobalID(row.recordType, row.recordId),
    }),
    key: t.string({
      nullable: true,
      description: 'The name of the API key that wrote; null for the seed data and keyless imports.',
      resolve: (row) => row.keyName,
    }),
    at: t.field({ type: 'DateTime', description: 'When the write was made.', resolve: (row) => row.at }),
    tombstone: t.field({
      type: 'JSONObject',
      nullable: true,
      description: 'For a DELETE, the record as it was before; null for every other kind.',
      resolve: (row) => (row.after == null ? row.before : null),
    }),
  }),
});

const ChangeFilter = builder.inputType('ChangeFilter', {
  description: 'Narrows the change feed; all given conditions must hold.',
  fields: (t) => ({
    types: t.field({ type: [ChangeRecordType], description: 'Only changes to records of these types.' }),
    company: t.string({
      description:
        'Only changes to the company with this slug and to the records that name it as theirs (its rounds, roles and claims).',
    }),
  }),
});

/** The place a cursor argument names; a text that is not a change cursor is the client's mistake. */
function cursorArgument(cursor: string | null | undefined): ChangeCursor | undefined {
  if (cursor == null) return undefined;
  const decoded = decodeChangeCursor(cursor);
  if (!decoded) throw invalidCursor(cursor);
  return decoded;
}

/** The ID of the company a filter names by slug; undefined when it names none or none has the slug. */
async function filteredCompanyId(ctx: Context, slug: string | null | undefined): Promise<string | undefined> {
  if (!slug) return undefined;
  const company = await ctx.db.query.companies.findFirst({ where: { slug }, columns: { id: true } });
  return company?.id;
}

builder.queryField('changes', (t) =>
  t.connection(
    {
      type: Change,
      description:
        'Every create, update, claim, rank change and delete, oldest first, for following Moat page by page: keep the last endCursor and ask again with `after` to get what came since. A change shows once every transaction that began before it has ended, so a page never misses one that commits later.',
      args: { filter: t.arg({ type: ChangeFilter, description: 'Conditions the changes must meet.' }) },
      validate: changePageArgs,
      resolve: async (_root, args, ctx) => {
        const after = cursorArgument(args.after);
        const before = cursorArgument(args.before);
        const company = args.filter?.company;
        const companyId = await filteredCompanyId(ctx, company);
        const page = await resolveCursorConnection<Promise<ChangeRow[]>>(
          {
            args,
            defaultSize: DEFAULT_PAGE_SIZE,
            maxSize: MAX_PAGE_SIZE,
            toCursor: (row: ChangeRow) => encodeChangeCursor(row),
          },
          async ({ limit, inverted }) =>
            // A company that does not exist has no changes.
            company && !companyId
              ? []
              : changesPage(ctx.db, {
                  after,
                  before,
                  limit,
                  inverted,
                  types: args.filter?.types ?? undefined,
                  companyId,
                }),
        );
        // A follower polling with `after` keeps its place when nothing new has come.
        if (page.edges.length === 0 && args.after) page.pageInfo.endCursor = args.after;
        return page;
      },
    },
    { description: 'A page of the change feed, oldest first.' },
    { description: 'One change and its cursor.' },
  ),
);

builder.subscriptionField('changes', (t) =>
  t.field({
    type: Change,
    description:
      'The change feed as it happens: each change the filter selects, as soon as its transaction has committed and every older one has ended, in the order of the `changes` query. With `after` (a cursor from either), the changes since then come first. If the server stops following the feed (its database connection lost, or it is shutting down), the last event is a `CHANGES_INTERRUPTED` error whose `after` extension is the cursor to subscribe again with.',
    args: {
      after: t.arg.string({
        description: 'Start after this change (a `cursor` from the feed): what came since is sent first.',
      }),
      filter: t.arg({ type: ChangeFilter, description: 'Conditions the changes must meet.' }),
    },
    subscribe: async (_root, args, ctx) => {
      const after = cursorArgument(args.after);
      const company = args.filter?.company;
      const companyId = await filteredCompanyId(ctx, company);
      if (company && !companyId) throw new NotFoundError(`No company has the slug "${company}".`);
      return await ctx.live.follow({ types: args.filter?.types ?? undefined, companyId }, after);
    },
    resolve: (event) => {
      if (event instanceof ChangesInterruptedError) throw event;
      return event;
    },
  }),
);
