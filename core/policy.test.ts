import { describe, expect, it } from 'vitest';
import { daysToDeadline, hasMissedDeadline, isReminderDue, policyStatusLabel } from './policy.ts';

const entry = (over: Partial<Parameters<typeof policyStatusLabel>[0]> = {}) => ({
  councilInput: 'none' as const,
  inputDate: null,
  launchText: '',
  launchTo: null,
  deadlineText: '',
  deadlineFrom: null,
  deadlineTo: null,
  reminderDays: 14,
  ...over,
});
const deadline = (text: string, from: string, to = from) =>
  entry({ deadlineText: text, deadlineFrom: from, deadlineTo: to });

describe('policy entries', () => {
  it('flag a passed deadline without input, not one with input or still open', () => {
    expect(hasMissedDeadline(deadline('22.12.2025', '2025-12-22'), '2025-12-23')).toBe(true);
    expect(hasMissedDeadline(deadline('22.12.2025', '2025-12-22'), '2025-12-22')).toBe(false);
    expect(
      hasMissedDeadline(
        { ...deadline('22.12.2025', '2025-12-22'), councilInput: 'consultation_response' },
        '2026-01-10',
      ),
    ).toBe(false);
  });

  it('count days to the last possible day of the deadline', () => {
    expect(daysToDeadline(deadline('22.12.2025', '2025-12-22'), '2025-12-01')).toBe(21);
    expect(
      daysToDeadline(deadline('desember 2025', '2025-12-01', '2025-12-31'), '2026-01-02'),
    ).toBe(-2);
    expect(daysToDeadline(entry(), '2025-12-01')).toBeNull();
  });

  it.each([
    ['2025-12-07', false],
    ['2025-12-08', true],
    ['2025-12-22', true],
    ['2025-12-23', false],
  ])('remind from 14 days before the deadline: on %s %s', (today, due) => {
    expect(isReminderDue(deadline('22.12.2025', '2025-12-22'), today)).toBe(due);
  });

  it('warn by the earliest day an uncertain deadline can be', () => {
    const december = deadline('desember 2025', '2025-12-01', '2025-12-31');
    expect(isReminderDue(december, '2025-11-16')).toBe(false);
    expect(isReminderDue(december, '2025-11-17')).toBe(true);
    expect(isReminderDue({ ...december, reminderDays: 0 }, '2025-11-30')).toBe(false);
  });

  it.each([
    [deadline('22.12.2025', '2025-12-22'), '2025-12-01', 'Høringsfrist 22.12.2025'],
    [deadline('Høringsfrist 22.12.2025', '2025-12-22'), '2025-12-01', 'Høringsfrist 22.12.2025'],
    [
      deadline('6.1.2025', '2025-01-06'),
      '2025-02-01',
      'Ikke levert innspill (fristen var 6.1.2025)',
    ],
    [
      {
        ...deadline('2.5.2025', '2025-05-02'),
        councilInput: 'consultation_response' as const,
        inputDate: '2025-05-02',
      },
      '2025-04-01',
      'Høringssvar, 2.5.2025',
    ],
    [
      entry({ launchText: 'våren 2027', launchTo: '2027-06-30' }),
      '2026-12-01',
      'Lansering våren 2027',
    ],
    [entry({ launchText: '16.9.2025', launchTo: '2025-09-16' }), '2026-12-01', 'Lansert 16.9.2025'],
    [entry(), '2026-12-01', 'Ingen dato kjent'],
  ])('label %#', (e, today, label) => {
    expect(policyStatusLabel(e, today)).toBe(label);
  });
});
