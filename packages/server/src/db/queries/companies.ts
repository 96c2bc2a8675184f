// The SQL behind companies' lists and their money fields.
import { type SQL, sql } from 'drizzle-orm';
import { COUNTED_STATUSES } from '../../rules/deal-status.js';
import type { CompanyKindValue } from '../schema.js';
import { containing, type ListOrder } from './lists.js';

const counted = sql.raw(`(${COUNTED_STATUSES.map((status) => `'${status}'`).join(', ')})`);

/** Money raised in USD over the rounds that count; null when none reports a USD amount. */
export const totalRaisedUsd = (company: { id: unknown }) => sql<string | null>`(
  select sum(r.amount_usd)::text from funding_rounds r
  where r.company_id = ${company.id} and r.status in ${counted})`;

/** The post-money valuation of the latest round that counts and reports one, as Money's fields. */
export const latestValuation = (company: { id: unknown }) => sql<{
  amount: string;
  currency: string;
  amountUsd: string | null;
} | null>`(
  select json_build_object(
    'amount', r.post_money_valuation::text,
    'currency', r.currency,
    'amountUsd', r.post_money_valuation_usd::text)
  from funding_rounds r
  where r.company_id = ${company.id} and r.status in ${counted}
    and r.post_money_valuation is not null
  order by coalesce(r.closed_on, r.announced_on) desc nulls last, r.id
  limit 1)`;

export interface CompanyFilter {
  kind?: CompanyKindValue[] | null;
  country?: string | null;
  name?: string | null;
}

/** Companies that meet every condition given; a name matches the name or an alias, ignoring case. */
export function companyWhere(filter: CompanyFilter | null | undefined) {
  const pattern = filter?.name ? containing(filter.name) : null;
  return {
    ...(filter?.kind?.length ? { kind: { in: filter.kind } } : {}),
    ...(filter?.country ? { country: filter.country } : {}),
    ...(pattern
      ? {
          OR: [
            { name: { ilike: pattern } },
            {
              RAW: (c: { aliases: unknown }): SQL => sql`array_to_string(${c.aliases}, ' ') ilike ${pattern}`,
            },
          ],
        }
      : {}),
  };
}

export type CompanyOrder = 'NAME_ASC' | 'NAME_DESC' | 'SLUG_ASC';

type CompanyColumns = { name: unknown; slug: unknown };

/** Each order's sort key; the name orders use companies_name_idx, SLUG_ASC the slug's key. */
const COMPANY_ORDERS: Record<CompanyOrder, ListOrder<CompanyColumns>> = {
  NAME_ASC: { key: (c) => sql`${c.name}`, form: 'text', direction: 'asc' },
  NAME_DESC: { key: (c) => sql`${c.name}`, form: 'text', direction: 'desc' },
  SLUG_ASC: { key: (c) => sql`${c.slug}`, form: 'text', direction: 'asc' },
};

export function companyOrder(order: CompanyOrder | null | undefined): ListOrder<CompanyColumns> {
  return COMPANY_ORDERS[order ?? 'NAME_ASC'];
}
