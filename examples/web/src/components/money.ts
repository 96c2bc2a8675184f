/** "$40B", "€300M": compact amounts people read at a glance. */
export function formatMoney(money: { amount: string; currency: string } | null | undefined): string {
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
