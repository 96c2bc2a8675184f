// addCitation: another excerpt for a fact already recorded (a company, person, role, quote or round).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordWrite } from '../db/audit.js';
import { citations, companies, fundingRounds, people, quotes, roles } from '../db/schema.js';
import { NotFoundError, parseInput } from '../errors.js';
import { builder } from './builder.js';
import { CitationInput, citationSchema, citedSourceId, nextCitationPosition } from './citation-input.js';
import { WRITE_ERRORS } from './errors.js';
import { Citation } from './source.js';

/** The facts that carry citations: their table and the citation column that points at them. */
const CITED_FACTS = {
  Company: { table: companies, column: 'companyId' },
  Person: { table: people, column: 'personId' },
  Role: { table: roles, column: 'roleId' },
  Quote: { table: quotes, column: 'quoteId' },
  FundingRound: { table: fundingRounds, column: 'fundingRoundId' },
} as const;

type CitedType = keyof typeof CITED_FACTS;

const AddCitationInput = builder.inputType('AddCitationInput', {
  description: 'Another excerpt that reports a fact already in Moat.',
  fields: (t) => ({
    fact: t.globalID({
      required: true,
      description: 'The fact it reports: the global ID of a company, person, role, quote or funding round.',
    }),
    citation: t.field({ type: CitationInput, required: true, description: 'The source and its excerpt.' }),
  }),
});

const inputSchema = z.object({
  fact: z.object({
    typename: z.enum(Object.keys(CITED_FACTS) as [CitedType, ...CitedType[]], {
      message: 'must be the ID of a company, person, role, quote or funding round',
    }),
    id: z.uuid(),
  }),
  citation: citationSchema,
});

builder.mutationField('addCitation', (t) =>
  t.field({
    type: Citation,
    description:
      'Cites another excerpt for a fact. The same excerpt of the same source twice is one citation.',
    authScopes: { write: true },
    args: {
      input: t.arg({ type: AddCitationInput, required: true, description: 'The fact and the excerpt.' }),
    },
    errors: {
      types: [...WRITE_ERRORS, NotFoundError],
      union: { name: 'AddCitationResult', description: 'The citation, or why it was not recorded.' },
      result: { name: 'AddCitationPayload', description: 'The citation recorded (or already recorded).' },
      dataField: { name: 'citation', description: 'The citation.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(inputSchema, args.input);
      const { table, column } = CITED_FACTS[input.fact.typename];
      return ctx.db.transaction(async (tx) => {
        const [fact] = await tx.select({ id: table.id }).from(table).where(eq(table.id, input.fact.id));
        if (!fact) throw new NotFoundError(`No ${input.fact.typename} has this ID.`);
        const sourceId = await citedSourceId(tx, input.citation);
        const owner = eq(citations[column], fact.id);
        const [existing] = await tx
          .select()
          .from(citations)
          .where(and(owner, eq(citations.sourceId, sourceId), eq(citations.excerpt, input.citation.excerpt)));
        if (existing) return existing;
        const [citation] = await tx
          .insert(citations)
          .values({
            sourceId,
            excerpt: input.citation.excerpt,
            position: await nextCitationPosition(tx, column, fact.id),
            [column]: fact.id,
          })
          .returning();
        if (!citation) throw new Error('the citation was not stored');
        await recordWrite(tx, ctx.auth, {
          mutation: 'addCitation',
          recordType: 'Citation',
          recordId: citation.id,
          before: null,
          after: citation,
        });
        return citation;
      });
    },
  }),
);
