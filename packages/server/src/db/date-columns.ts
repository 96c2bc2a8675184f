import type { datePrecision } from './schema.js';

type Precision = (typeof datePrecision.enumValues)[number];

/** The date and precision columns of a partial date: `since` gives `since` and `sincePrecision`. */
export function dateColumns<Key extends string>(
  key: Key,
  value: { date: string; precision: Precision } | null | undefined,
) {
  return { [key]: value?.date ?? null, [`${key}Precision`]: value?.precision ?? null } as Record<
    Key,
    string | null
  > &
    Record<`${Key}Precision`, Precision | null>;
}

/** The inverse: a date column with its precision column; null when the source gives no date. */
export function partialDate(
  date: string | null,
  precision: Precision | null,
): { date: string; precision: Precision } | null {
  return date ? { date, precision: precision ?? 'DAY' } : null;
}
