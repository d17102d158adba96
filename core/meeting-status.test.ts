import { describe, expect, it } from 'vitest';
import { canTransition, isAgendaDraft, MEETING_STATUSES } from './meeting-status.ts';

describe('meeting workflow', () => {
  it('moves forward one step at a time and lets a sent notice be withdrawn', () => {
    expect(canTransition('planned', 'notice_sent')).toBe(true);
    expect(canTransition('notice_sent', 'planned')).toBe(true);
    expect(canTransition('notice_sent', 'held')).toBe(true);
    // Only approving the minutes moves a held meeting on.
    expect(canTransition('held', 'minutes_approved')).toBe(false);
    expect(canTransition('planned', 'held')).toBe(false);
    expect(canTransition('minutes_approved', 'planned')).toBe(false);
  });

  it('treats only a planned meeting as a draft agenda', () => {
    expect(MEETING_STATUSES.filter(isAgendaDraft)).toEqual(['planned']);
  });
});
