import { describe, expect, it } from 'vitest';
import { CONVOY_RULE_TEXT, lastSailingsText } from '../../src/text/convoy-text';

describe('the convoy policy in words', () => {
  it('says that only the ships the cargo needs sail, so a lower share may change nothing (play24)', () => {
    expect(CONVOY_RULE_TEXT).toMatch(/^Only the ships the cargo needs sail, up to this share/);
  });

  it('gives last month’s sailings against the fleet, so a student can see whether a share bites', () => {
    expect(lastSailingsText(2100, 5910)).toBe(
      'Last month 2,100 thousand GT of shipping sailed (supplies for the garrisons included), 36% of the 5,910 thousand GT of freighters and tankers you have now: a share above that changes nothing while the cargo stays the same.',
    );
    expect(lastSailingsText(700, 1000, false)).toMatch(/^Last turn 700 thousand GT/);
    // More sailed than is left after the month's losses: never above 100%.
    expect(lastSailingsText(1200, 1000)).toMatch(/, 100% of the 1,000 thousand GT/);
  });

  it('says nothing before anything sailed, or with no fleet', () => {
    expect(lastSailingsText(0, 5000)).toBeNull();
    expect(lastSailingsText(300, 0)).toBeNull();
  });
});
