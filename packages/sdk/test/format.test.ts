import { describe, expect, it } from 'vitest';
import { formatMoney } from '../src/index.js';

describe('formatMoney', () => {
  it('gives compact amounts in their currency', () => {
    expect(formatMoney({ amount: '40000000000', currency: 'USD' })).toBe('$40B');
    expect(formatMoney({ amount: '300000000000', currency: 'USD' })).toBe('$300B');
    expect(formatMoney({ amount: '1500000', currency: 'EUR' })).toBe('€1.5M');
    expect(formatMoney({ amount: '12000', currency: 'USD' })).toBe('$12K');
  });

  it('keeps a code Intl does not know, and shows a missing amount as a dash', () => {
    expect(formatMoney({ amount: '12000000000', currency: 'XYZ1' })).toBe('12B XYZ1');
    expect(formatMoney(null)).toBe('—');
  });
});
