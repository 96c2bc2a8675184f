// Dates as sources report them: often partial ("March 2025"), never in the future.
import { z } from 'zod';

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date as a source reports it: "March 2025" is kept as a month, not invented as a day. */
export interface PartialDate {
  date: string;
  precision: DatePrecision;
}

const YEAR_ONE = 'must be in the year 1 or later';

/** A date PostgreSQL keeps (ISO 8601, as the Date scalar gives it): it has no year 0. */
export const keptDate = z.string().refine((date) => date >= '0001-01-01', YEAR_ONE);

/** A moment PostgreSQL keeps: in the year 1 or later, in UTC. */
export const keptMoment = z.date().refine((moment) => moment.getUTCFullYear() >= 1, YEAR_ONE);

/** A date a source reports: in the year 1 or later, and not in the future. */
export const reportedDate = keptDate.refine(
  (date) => date <= new Date().toISOString().slice(0, 10),
  'must not be in the future',
);

/** A moment that has come (when a document was published or retrieved), or none. */
export const pastMoment = keptMoment
  .refine((moment) => moment.getTime() <= Date.now(), 'must not be in the future')
  .nullish()
  .transform((moment) => moment ?? null);

export const precision = z.enum(DATE_PRECISIONS);

/** A partial date in a mutation's input: its day, and how precise it is (DAY when left out). */
export const partialDate = z.object({ date: reportedDate, precision: precision.default('DAY') });

/** Whether a date precedes another; a missing date precedes nothing. */
export const isBefore = (date: string | null | undefined, other: string | null | undefined) =>
  !!date && !!other && date < other;

type Dated<Key extends string> = Partial<Record<Key, { date: string } | null | undefined>>;

/** A zod refinement of an object: its partial date `later` is not before `earlier`. */
export function inOrder<Earlier extends string, Later extends string>(earlier: Earlier, later: Later) {
  const check = (value: Dated<Earlier | Later>) => !isBefore(value[later]?.date, value[earlier]?.date);
  const where: { path: string[]; message: string } = {
    path: [later],
    message: `must not be before \`${earlier}\``,
  };
  return [check, where] as const;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-01-27", "January 2025", "Q1 2025" or "2025", as precise as the source. */
export function partialDateLabel({ date, precision }: PartialDate): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  switch (precision) {
    case 'DAY':
      return date;
    case 'MONTH':
      return `${MONTHS[month - 1]} ${year}`;
    case 'QUARTER':
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case 'YEAR':
      return String(year);
  }
}
