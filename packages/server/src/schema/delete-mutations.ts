// Deletes, one mutation per type, each with its rule for what it takes with it (the foreign keys
// in db/schema.ts carry it out). Each runs in one transaction with an audit entry of the record.
import type { InputFieldMap } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, count, eq, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import { recordWrite, type Transaction } from '../db/audit.js';
import { citations, companies, fundingRounds, people, quotes, roles, sources } from '../db/schema.js';
import { ConflictError, NotFoundError, parseInput } from '../errors.js';
import { builder } from './builder.js';
import { WRITE_ERRORS } from './errors.js';
import { holdsWords, slug } from './input-rules.js';

type Row = { id: string } & Record<string, unknown>;

interface DeleteRule {
  /** The GraphQL type deleted. */
  type: 'Company' | 'Person' | 'Role' | 'Quote' | 'FundingRound' | 'Source' | 'Citation';
  table:
    | typeof companies
    | typeof people
    | typeof roles
    | typeof quotes
    | typeof fundingRounds
    | typeof sources
    | typeof citations;
  /** What the delete takes with it, or why it may be refused: the mutation's description. */
  description: string;
  /** Records are named by slug (companies, people) or by global ID. */
  by: 'slug' | 'id';
  /** Why this record may not be deleted now, if it may not. */
  refuse?: (tx: Transaction, row: Row) => Promise<string | undefined>;
}

/** Why a source may not go: facts still cite it. */
async function sourceInUse(tx: Transaction, row: Row): Promise<string | undefined> {
  const [used] = await tx.select({ n: count() }).from(citations).where(eq(citations.sourceId, row.id));
  return used?.n ? `${used.n} citation(s) still cite this source; delete or move them first.` : undefined;
}

/**
 * Why a citation may not go: it is the last one of its fact (every fact keeps a source), or the
 * last one that holds a VERBATIM quote's words.
 */
async function lastCitation(tx: Transaction, row: Row): Promise<string | undefined> {
  const owners = (['companyId', 'personId', 'roleId', 'quoteId', 'fundingRoundId', 'statusChangeId'] as const)
    .filter((column) => row[column])
    .map((column) => eq(citations[column], row[column] as string));
  const others = await tx
    .select({ excerpt: citations.excerpt })
    .from(citations)
    .where(and(or(...owners), ne(citations.id, row.id)));
  if (others.length === 0)
    return 'This is the only citation of its fact; add another before deleting it, or delete the fact.';
  const [quote] = row.quoteId
    ? await tx
        .select()
        .from(quotes)
        .where(eq(quotes.id, row.quoteId as string))
    : [];
  if (quote?.form === 'VERBATIM' && !others.some((other) => holdsWords(other.excerpt, quote.text)))
    return 'This is the only citation that holds the VERBATIM quote’s words; add another that does first.';
  return undefined;
}

const RULES: DeleteRule[] = [
  {
    type: 'Company',
    table: companies,
    by: 'slug',
    description:
      'Deletes a company with its roles, its funding rounds (their investments, status history and citations), its investments in other rounds, its citations and its place among quotes’ subjects. Quotes attributed to it stay, with their attribution text.',
  },
  {
    type: 'Person',
    table: people,
    by: 'slug',
    description:
      'Deletes a person with their roles, their investments and their citations. Quotes they said stay, with their attribution text.',
  },
  { type: 'Role', table: roles, by: 'id', description: 'Deletes a role with its citations.' },
  {
    type: 'Quote',
    table: quotes,
    by: 'id',
    description: 'Deletes a quote with its citations and its links to the companies it is about.',
  },
  {
    type: 'FundingRound',
    table: fundingRounds,
    by: 'id',
    description: 'Deletes a funding round with its investments, its status history and their citations.',
  },
  {
    type: 'Source',
    table: sources,
    by: 'id',
    description: 'Deletes a source no citation cites; while one does, the delete is refused (ConflictError).',
    refuse: sourceInUse,
  },
  {
    type: 'Citation',
    table: citations,
    by: 'id',
    description:
      'Deletes a citation, unless it is the only one of its fact (ConflictError): every fact keeps a source.',
    refuse: lastCitation,
  },
];

for (const rule of RULES) {
  const bySlug = rule.by === 'slug';
  const label = rule.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const input = builder.inputType(`Delete${rule.type}Input`, {
    description: `Which ${label} to delete.`,
    fields: (t): InputFieldMap =>
      bySlug
        ? { slug: t.string({ required: true, description: `The ${label}’s slug.` }) }
        : { id: t.globalID({ required: true, description: `The ${label}’s global ID.` }) },
  });
  const schema = bySlug
    ? z.object({ slug })
    : z.object({
        id: z.object({ typename: z.literal(rule.type, `must be the ID of a ${label}`), id: z.uuid() }),
      });
  const table = rule.table as typeof companies;

  builder.mutationField(`delete${rule.type}`, (t) =>
    t.field({
      type: 'ID',
      description: rule.description,
      authScopes: { write: true },
      args: { input: t.arg({ type: input, required: true, description: `Which ${label}.` }) },
      errors: {
        types: [...WRITE_ERRORS, NotFoundError, ...(rule.refuse ? [ConflictError] : [])],
        union: {
          name: `Delete${rule.type}Result`,
          description: `The deleted ${label}’s ID, or why it stays.`,
        },
        result: { name: `Delete${rule.type}Payload`, description: `The ${label} deleted.` },
        dataField: { name: 'deletedId', description: `The global ID the ${label} had.` },
      },
      resolve: (_root, args, ctx) => {
        const key = parseInput(schema, args.input) as { slug: string } | { id: { id: string } };
        return ctx.db.transaction(async (tx) => {
          const where = 'slug' in key ? eq(table.slug, key.slug) : eq(table.id, key.id.id);
          const [before] = (await tx.select().from(table).where(where)) as Row[];
          if (!before)
            throw new NotFoundError(
              'slug' in key ? `No ${label} has the slug "${key.slug}".` : `No ${label} has this ID.`,
            );
          const refused = await rule.refuse?.(tx, before);
          if (refused) throw new ConflictError(refused);
          await tx.delete(table).where(eq(table.id, before.id));
          await recordWrite(tx, ctx.auth, {
            mutation: `delete${rule.type}`,
            recordType: rule.type,
            recordId: before.id,
            before,
            after: null,
          });
          return encodeGlobalID(rule.type, before.id);
        });
      },
    }),
  );
}
