// changeDealStatus: a round moves on (RUMORED → IN_NEGOTIATION → ANNOUNCED → CLOSED, or is
// CANCELLED); each change is kept in its history with its date and citation.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordWrite } from '../db/audit.js';
import { citations, dealStatus, dealStatusChanges, fundingRounds } from '../db/schema.js';
import { NotFoundError, parseInput, ValidationError } from '../errors.js';
import { builder } from './builder.js';
import { CitationInput, citationSchema, citedSourceId, pastDate } from './citation-input.js';
import { WRITE_ERRORS } from './errors.js';
import { DealStatus, DealStatusChange, FundingRound } from './funding-round.js';
import { DatePrecision } from './partial-date.js';

type Status = (typeof dealStatus.enumValues)[number];

/** How far each status is along the way; a round only moves forward, or is cancelled. */
const PROGRESS: Record<Status, number> = {
  RUMORED: 0,
  IN_NEGOTIATION: 1,
  ANNOUNCED: 2,
  CLOSED: 3,
  CANCELLED: 4,
};

/** Why a round may not go from one status to another; undefined when it may. */
function refusedTransition(from: Status, to: Status): string | undefined {
  if (from === to) return `the round is already ${to}`;
  if (from === 'CLOSED' || from === 'CANCELLED') return `a ${from} round does not change status`;
  if (to !== 'CANCELLED' && PROGRESS[to] < PROGRESS[from])
    return `a round does not go back from ${from} to ${to}`;
  return undefined;
}

const ChangeDealStatusInput = builder.inputType('ChangeDealStatusInput', {
  description: 'A new status for a round, when it happened and the excerpt that reports it.',
  fields: (t) => ({
    round: t.globalID({ required: true, description: 'The round (its global ID).' }),
    status: t.field({ type: DealStatus, required: true, description: 'The status it took.' }),
    on: t.field({
      type: 'Date',
      description: 'When, if the source says: the first day of the period it gives.',
    }),
    precision: t.field({
      type: DatePrecision,
      defaultValue: 'DAY',
      description: 'How precise `on` is: DAY, MONTH, QUARTER or YEAR.',
    }),
    citation: t.field({ type: CitationInput, required: true, description: 'The excerpt that reports it.' }),
  }),
});

const inputSchema = z.object({
  round: z.object({ typename: z.literal('FundingRound', 'must be the ID of a funding round'), id: z.uuid() }),
  status: z.enum(dealStatus.enumValues),
  on: pastDate,
  precision: z.enum(['DAY', 'MONTH', 'QUARTER', 'YEAR']).nullish(),
  citation: citationSchema,
});

const ChangeDealStatusPayload = builder
  .objectRef<{
    round: typeof fundingRounds.$inferSelect;
    change: typeof dealStatusChanges.$inferSelect;
  }>('ChangeDealStatusPayload')
  .implement({
    description: 'The round with its new status, and the change as its history keeps it.',
    fields: (t) => ({
      round: t.field({
        type: FundingRound,
        description: 'The round, with its new status.',
        resolve: (p) => p.round,
      }),
      change: t.field({
        type: DealStatusChange,
        description: 'The change, now last in its history.',
        resolve: (p) => p.change,
      }),
    }),
  });

builder.mutationField('changeDealStatus', (t) =>
  t.field({
    type: ChangeDealStatusPayload,
    description:
      'Records a round’s new status with its date and citation. Totals count only ANNOUNCED and CLOSED rounds.',
    authScopes: { write: true },
    args: { input: t.arg({ type: ChangeDealStatusInput, required: true, description: 'The change.' }) },
    errors: {
      types: [...WRITE_ERRORS, NotFoundError],
      directResult: true,
      union: { name: 'ChangeDealStatusResult', description: 'The change, or why it was not recorded.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(inputSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(fundingRounds).where(eq(fundingRounds.id, input.round.id));
        if (!before) throw new NotFoundError('No funding round has this ID.');
        const sourceId = await citedSourceId(tx, input.citation);
        const refused = refusedTransition(before.status, input.status);
        if (refused) throw new ValidationError([{ path: ['input', 'status'], message: refused }]);

        const on = input.on ?? null;
        const precision = on ? (input.precision ?? 'DAY') : null;
        const [after] = await tx
          .update(fundingRounds)
          .set({
            status: input.status,
            // The first announcement or closing date the history gives becomes the round's own.
            ...(input.status === 'ANNOUNCED' &&
              !before.announcedOn &&
              on && { announcedOn: on, announcedOnPrecision: precision }),
            ...(input.status === 'CLOSED' &&
              !before.closedOn &&
              on && { closedOn: on, closedOnPrecision: precision }),
          })
          .where(eq(fundingRounds.id, before.id))
          .returning();
        const [change] = await tx
          .insert(dealStatusChanges)
          .values({ roundId: before.id, status: input.status, changedOn: on, changedOnPrecision: precision })
          .returning();
        if (!after || !change) throw new Error('the change was not stored');
        await tx
          .insert(citations)
          .values({ sourceId, excerpt: input.citation.excerpt, statusChangeId: change.id });
        await recordWrite(tx, ctx.auth, {
          mutation: 'changeDealStatus',
          recordType: 'FundingRound',
          recordId: after.id,
          before,
          after,
        });
        return { round: after, change };
      });
    },
  }),
);
