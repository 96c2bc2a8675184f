// addSource: a new document to cite. Recording the same document twice gives the same source.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordWrite } from '../db/audit.js';
import { sourceKind, sources } from '../db/schema.js';
import { ConflictError, parseInput } from '../errors.js';
import { builder } from './builder.js';
import { WRITE_ERRORS } from './errors.js';
import { Source, SourceKind } from './source.js';

const AddSourceInput = builder.inputType('AddSourceInput', {
  description:
    'A document that reports facts. The same URL (or, without one, the same title) is the same source.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Its title.' }),
    kind: t.field({ type: SourceKind, required: true, description: 'What kind of document it is.' }),
    publisher: t.string({ description: 'Who published it.' }),
    url: t.field({ type: 'URL', description: 'Where it can be read.' }),
    publishedAt: t.field({ type: 'DateTime', description: 'When it was published.' }),
  }),
});

const inputSchema = z.object({
  title: z.string().trim().min(1, 'must not be blank').max(500, 'must be at most 500 characters'),
  kind: z.enum(sourceKind.enumValues),
  publisher: z.string().trim().min(1, 'must not be blank').max(200).nullish(),
  url: z
    .instanceof(URL)
    .transform((url) => url.href)
    .nullish(),
  publishedAt: z
    .date()
    .refine((date) => date.getTime() <= Date.now(), 'must not be in the future')
    .nullish(),
});

builder.mutationField('addSource', (t) =>
  t.field({
    type: Source,
    description:
      'Records a source to cite. The same URL (or title, without a URL) twice gives the same source.',
    authScopes: { write: true },
    args: { input: t.arg({ type: AddSourceInput, required: true, description: 'The source.' }) },
    errors: {
      types: [...WRITE_ERRORS, ConflictError],
      union: { name: 'AddSourceResult', description: 'The source, or why it was not recorded.' },
      result: { name: 'AddSourcePayload', description: 'The source recorded (or already recorded).' },
      dataField: { name: 'source', description: 'The source.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(inputSchema, args.input);
      const facts = {
        title: input.title,
        kind: input.kind,
        publisher: input.publisher ?? null,
        url: input.url ?? null,
        publishedAt: input.publishedAt ?? null,
      };
      return ctx.db.transaction(async (tx) => {
        const [existing] = await tx
          .select()
          .from(sources)
          .where(
            facts.url ? eq(sources.url, facts.url) : and(eq(sources.title, facts.title), isNull(sources.url)),
          );
        if (existing) {
          const keys = Object.keys(facts) as (keyof typeof facts)[];
          if (keys.every((key) => JSON.stringify(existing[key]) === JSON.stringify(facts[key])))
            return existing;
          throw new ConflictError(
            `A source with this ${facts.url ? 'URL' : 'title'} is already recorded with other facts.`,
          );
        }
        const [source] = await tx.insert(sources).values(facts).returning();
        if (!source) throw new Error('the source was not stored');
        await recordWrite(tx, ctx.auth, {
          mutation: 'addSource',
          recordType: 'Source',
          recordId: source.id,
          before: null,
          after: source,
        });
        return source;
      });
    },
  }),
);
