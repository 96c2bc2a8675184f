import { builder } from '../builder.js';

export interface MoneyValue {
  amount: string;
  currency: string;
  amountUsd: string | null;
}

/** Money from an amount column and its USD column; null when the amount is not reported. */
export function money(amount: string | null, currency: string, amountUsd: string | null): MoneyValue | null {
  return amount === null ? null : { amount, currency, amountUsd };
}

export const Money = builder.objectRef<MoneyValue>('Money').implement({
  description: 'An exact amount of money in a currency, with its US dollar equivalent where known.',
  fields: (t) => ({
    amount: t.expose('amount', {
      type: 'Decimal',
      description: 'The amount in `currency`, exact ("40000000000").',
    }),
    currency: t.expose('currency', { type: 'Currency', description: 'ISO 4217 code of the currency.' }),
    amountUsd: t.expose('amountUsd', {
      type: 'Decimal',
      nullable: true,
      description: 'The amount in US dollars, when known; amount filters compare this value.',
    }),
  }),
});
