import type { DatePrecision, PartialDate } from '../rules/dates.js';

/** The date and precision columns of a partial date: `since` gives `since` and `sincePrecision`. */
export function dateColumns<Key extends string>(key: Key, value: PartialDate | null | undefined) {
  return { [key]: value?.date ?? null, [`${key}Precision`]: value?.precision ?? null } as Record<
    Key,
    string | null
  > &
    Record<`${Key}Precision`, DatePrecision | null>;
}

/** The inverse: a date column with its precision column; null when the source gives no date. */
export function partialDate(date: string | null, precision: DatePrecision | null): PartialDate | null {
  return date ? { date, precision: precision ?? 'DAY' } : null;
}
