/**
 * The report's "In short" lists a stock only when it ended the turn somewhere else than it began
 * (play22 saw "New aircraft 0 → 0": aircraft built and all sent to units the same turn).
 */
import { describe, expect, it } from 'vitest';
import { summaryStockText } from '../../src/text/stock-text';

describe('summaryStockText', () => {
  it('says nothing of a stock that only passed goods through', () => {
    // The ledger's item for 5 aircraft built and 5 sent to a carrier: before 0, after 0.
    expect(summaryStockText('New aircraft (not yet in a unit)', 0, 0)).toBeNull();
    expect(summaryStockText('Southern oil', 1200, 1200)).toBeNull();
  });

  it('names a stock that changed, without its note in brackets', () => {
    expect(summaryStockText('New aircraft (not yet in a unit)', 40, 25)).toBe('New aircraft 40 → 25');
    expect(summaryStockText('Oil', 3400, 13100)).toBe('Oil 3,400 → 13,100');
  });
});
