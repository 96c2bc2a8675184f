import { countRows } from '../../db/queries/lists.js';
import type { SourceKindValue } from '../../db/schema.js';
import { builder } from '../builder.js';
import { pageArgsOfForm } from '../shared/cursors.js';

export const SourceKind = builder.enumType('SourceKind', {
  description: 'What kind of document a source is.',
  values: {
    ARTICLE: { description: 'A news or magazine article.' },
    PRESS_RELEASE: { description: 'A press release from a company.' },
    FILING: { description: 'A regulatory or court filing.' },
    PAPER: { description: 'A research paper.' },
    INTERVIEW: { description: 'An interview, written or recorded.' },
    WEBSITE: { description: 'A page of a website.' },
    OTHER: { description: 'Any other kind of document.' },
  } satisfies Record<SourceKindValue, unknown>,
});

export const Source = builder.drizzleNode('sources', {
  name: 'Source',
  description: 'A document that reports facts: an article, a press release, a filing, a paper.',
  // Always loaded, as Company explains.
  select: { columns: { id: true, title: true } },
  id: { column: (source) => source.id },
  fields: (t) => ({
    kind: t.expose('kind', { type: SourceKind, description: 'What kind of document it is.' }),
    title: t.string({ description: 'Title of the document.', resolve: (source) => source.title }),
    publisher: t.exposeString('publisher', {
      nullable: true,
      description: 'Who published it, when known.',
    }),
    url: t.expose('url', { type: 'URL', nullable: true, description: 'Where it can be read, when known.' }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was published, when known.',
    }),
    text: t.exposeString('text', {
      nullable: true,
      description: 'Its full text, when Moat keeps it: then every excerpt of it is found in it verbatim.',
    }),
    contentSha256: t.exposeString('contentSha256', {
      nullable: true,
      description:
        'The sha256 of its text (lowercase hex), to tell a copy of the same text; kept without the text too.',
    }),
    retrievedAt: t.expose('retrievedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its text was retrieved, when known.',
    }),
    archiveUrl: t.expose('archiveUrl', {
      type: 'URL',
      nullable: true,
      description: 'An archived copy (for example in a web archive), when there is one.',
    }),
    citations: t.relatedConnection('citations', {
      description: 'The excerpts of this source that support facts in Moat.',
      validate: pageArgsOfForm(undefined),
      query: { orderBy: { id: 'asc' } } as const,
      totalCount: true,
    }),
  }),
});

export const SourceOrder = builder.enumType('SourceOrder', {
  description: 'Orderings of sources.',
  values: {
    TITLE_ASC: { description: 'By title, A to Z.' },
    TITLE_DESC: { description: 'By title, Z to A.' },
  } as const,
});

const SourceFilter = builder.inputType('SourceFilter', {
  description: 'Narrows a list of sources; all given conditions must hold.',
  fields: (t) => ({
    kind: t.field({ type: SourceKind, description: 'Only sources of this kind.' }),
  }),
});

function sourceWhere(filter: { kind?: string | null } | null | undefined) {
  return filter?.kind ? { kind: filter.kind as SourceKindValue } : {};
}

builder.queryFields((t) => ({
  sources: t.drizzleConnection({
    type: 'sources',
    description: 'The documents Moat cites.',
    args: {
      filter: t.arg({ type: SourceFilter, description: 'Conditions the sources must meet.' }),
      orderBy: t.arg({
        type: SourceOrder,
        defaultValue: 'TITLE_ASC',
        description: 'The order of the sources.',
      }),
    },
    validate: pageArgsOfForm('text'),
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.sources, sourceWhere(args.filter)),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.query.sources.findMany(
        query({
          where: sourceWhere(args.filter),
          orderBy: { title: args.orderBy === 'TITLE_DESC' ? 'desc' : 'asc', id: 'asc' },
        } as const),
      ),
  }),
}));
