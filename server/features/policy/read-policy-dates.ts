import { parseUncertainDate } from '../../../core/uncertain-dates.ts';
import { invalid } from '../../errors.ts';

const DEADLINE_WORDS = /(?<!\p{L})(senest|seinast|innen|innan|før)(?!\p{L})/giu;

/**
 * The launch and deadline as worded, with the periods read from them. A launch may stay
 * unread ("ikke kjent"); a deadline must be a date, or no reminder could be sent for it.
 */
export function readPolicyDates(input: { launch: string; deadline: string }, today: string) {
  const launch = input.launch ? parseUncertainDate(input.launch, today) : null;
  // A deadline "innen 1. november" is the 1st of November itself, not a period that starts now.
  const deadline = input.deadline
    ? parseUncertainDate(input.deadline.replace(DEADLINE_WORDS, ' '), today)
    : null;
  if (input.deadline && !deadline) {
    throw invalid('Vi kan ikke lese høringsfristen som en dato.', {
      fields: [
        {
          field: 'deadline',
          message:
            'Skriv fristen som en dato, for eksempel 22.12.2025, «desember 2025» eller «innen 1. november 2026».',
        },
      ],
    });
  }
  return {
    launchText: launch?.text ?? input.launch,
    launchFrom: launch?.from ?? null,
    launchTo: launch?.to ?? null,
    deadlineText: deadline ? input.deadline.replace(/\s+/g, ' ').trim() : '',
    deadlineFrom: deadline?.from ?? null,
    deadlineTo: deadline?.to ?? null,
  };
}
