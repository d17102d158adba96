import { parseUncertainDate } from '../../../core/uncertain-dates.ts';
import { invalid } from '../../errors.ts';

/**
 * The launch and deadline as worded, with the periods read from them. A launch may stay
 * unread ("ikke kjent"); a deadline must be a date, or no reminder could be sent for it.
 */
export function readPolicyDates(input: { launch: string; deadline: string }, today: string) {
  const launch = input.launch ? parseUncertainDate(input.launch, today) : null;
  const deadline = input.deadline ? parseUncertainDate(input.deadline, today) : null;
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
    deadlineText: deadline?.text ?? '',
    deadlineFrom: deadline?.from ?? null,
    deadlineTo: deadline?.to ?? null,
  };
}
