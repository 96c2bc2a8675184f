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
