// changeDealStatus: a round moves on (RUMORED → IN_NEGOTIATION → ANNOUNCED → CLOSED, or is
// CANCELLED); each change is kept in its history with its date and citation.
import { z } from 'zod';
import { insertCitation } from '../../db/queries/citations.js';
import { addStatusChange } from '../../db/queries/funding-rounds.js';
import { findRecord } from '../../db/queries/rows.js';
import {
  type DealStatusChangeRow,
  dealStatus,
  type FundingRoundRow,
  fundingRounds,
} from '../../db/schema.js';
import { updateAtVersion } from '../../db/versioned-writes.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { isBefore, precision, reportedDate } from '../../rules/dates.js';
import { refusedTransition } from '../../rules/deal-status.js';
import { builder } from '../builder.js';
import { globalIdOf } from '../shared/global-ids.js';
import { writeMutation } from '../shared/mutations.js';
import { DatePrecision } from '../shared/partial-date.js';
import { CitationInput, citationSchema, citedSource } from '../sources/citation.js';
import { DealStatus, DealStatusChange, FundingRound } from './funding-round.js';

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

const ChangeDealStatusPayload = builder
  .objectRef<{ round: FundingRoundRow; change: DealStatusChangeRow }>('ChangeDealStatusPayload')
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

const changeDealStatusSchema = z.object({
  round: globalIdOf('FundingRound', 'a funding round'),
  status: z.enum(dealStatus.enumValues),
  on: reportedDate.nullish(),
  precision: precision.nullish(),
  citation: citationSchema,
});

writeMutation('changeDealStatus', {
  type: ChangeDealStatusPayload,
  description:
    'Records a round’s new status with its date and citation. Totals count only ANNOUNCED and CLOSED rounds.',
  input: ChangeDealStatusInput,
  inputDescription: 'The change.',
  schema: changeDealStatusSchema,
  errors: [NotFoundError, ConflictError],
  result: 'The change, or why it was not recorded.',
  write: async (input, { tx, audit }) => {
    const before = await findRecord(tx, fundingRounds, input.round);
    if (!before) throw new NotFoundError('No funding round has this ID.');
    const cited = await citedSource(tx, input.citation);
    const refused = refusedTransition(before.status, input.status);
    if (refused) throw new ValidationError([{ path: ['input', 'status'], message: refused }]);
    if (input.status === 'CLOSED' && isBefore(input.on, before.announcedOn))
      throw new ValidationError([
        { path: ['input', 'on'], message: `must not be before the announcement (${before.announcedOn})` },
      ]);

    const on = input.on ? { date: input.on, precision: input.precision ?? 'DAY' } : null;
    const after = await updateAtVersion(
      tx,
      fundingRounds,
      before.id,
      before.version,
      {
        status: input.status,
        // The first announcement or closing date the history gives becomes the round's own.
        ...(input.status === 'ANNOUNCED' &&
          !before.announcedOn &&
          on && { announcedOn: on.date, announcedOnPrecision: on.precision }),
        ...(input.status === 'CLOSED' &&
          !before.closedOn &&
          on && { closedOn: on.date, closedOnPrecision: on.precision }),
      },
      'The round',
    );
    const change = await addStatusChange(tx, before.id, input.status, on);
    await insertCitation(tx, 'statusChangeId', change.id, cited);
    await audit('FundingRound', before, after);
    return { round: after, change };
  },
});
