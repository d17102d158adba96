import { CONFLICT_GROUND_LABELS, type ConflictGround } from '../../../core/conflicts.ts';
import { formatShortDate } from '../../format.ts';

/** "1.1.2020 – 31.12.2025", "Fra 1.1.2020", "Til 31.12.2025" or "Ingen periode oppgitt". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (start && end) return `${formatShortDate(start)} – ${formatShortDate(end)}`;
  if (start) return `Fra ${formatShortDate(start)}`;
  if (end) return `Til ${formatShortDate(end)}`;
  return 'Ingen periode oppgitt';
}

/** "Forvaltningsloven § 6 første ledd" with a capital letter, or a dash. */
export function groundText(ground: ConflictGround | null): string {
  if (!ground) return '–';
  const label = CONFLICT_GROUND_LABELS[ground];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export const GROUND_CHOICES: { value: ConflictGround; label: string; description: string }[] = [
  {
    value: 'automatic',
    label: 'Første ledd – automatisk inhabil',
    description:
      'Medlemmet er selv part, i nær familie med en part, eller leder eller styremedlem i en part i saken.',
  },
  {
    value: 'discretionary',
    label: 'Andre ledd – skjønnsmessig',
    description:
      'Andre særegne forhold som er egnet til å svekke tilliten til medlemmets upartiskhet.',
  },
];
