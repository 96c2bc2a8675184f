/** An amount as `{ amount, currency }`, as every Money field gives it. */
export interface MoneyLike {
  amount: string;
  currency: string;
}

/**
 * A compact amount people read at a glance: "$40B", "€300M", "¥1.2T". A currency code Intl does not
 * know keeps its code ("12B XYZ"); no amount gives "—".
 */
export function formatMoney(money: MoneyLike | null | undefined): string {
  if (!money) return '—';
  const value = Number(money.amount);
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: money.currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value);
  } catch {
    return `${new Intl.NumberFormat('en-US', { notation: 'compact' }).format(value)} ${money.currency}`;
  }
}
