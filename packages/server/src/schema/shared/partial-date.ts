import {
  type PartialDate as PartialDateValue,
  type DatePrecision as Precision,
  partialDateLabel,
} from '../../rules/dates.js';
import { builder } from '../builder.js';

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How precisely a source gives a date.',
  values: {
    DAY: { description: 'The exact day is known.' },
    MONTH: { description: 'Only the month is known; `date` is its first day.' },
    QUARTER: { description: 'Only the quarter is known; `date` is its first day.' },
    YEAR: { description: 'Only the year is known; `date` is 1 January.' },
  } satisfies Record<Precision, unknown>,
});

export const PartialDate = builder.objectRef<PartialDateValue>('PartialDate').implement({
  description: 'A date with the precision its source gives.',
  fields: (t) => ({
    date: t.expose('date', {
      type: 'Date',
      description: 'The date, or the first day of the month, quarter or year when only that is known.',
    }),
    precision: t.expose('precision', { type: DatePrecision, description: 'How precise the date is.' }),
    label: t.string({
      description: 'The date as precisely as it is known: "2025-01-27", "January 2025", "Q1 2025" or "2025".',
      resolve: partialDateLabel,
    }),
  }),
});

export const PartialDateInput = builder.inputType('PartialDateInput', {
  description: 'A date as precisely as the source gives it: for "March 2025", 2025-03-01 and MONTH.',
  fields: (t) => ({
    date: t.field({ type: 'Date', required: true, description: 'The day, or the first day of the period.' }),
    precision: t.field({
      type: DatePrecision,
      defaultValue: 'DAY',
      description: 'How precise `date` is: DAY, MONTH, QUARTER or YEAR.',
    }),
  }),
});
