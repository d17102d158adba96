import { activityTitle } from '../../core/plans.ts';
import { formatShortDate } from '../../core/uncertain-dates.ts';
import type {
  OverviewHeading,
  PlanStatusActivityRow,
  PolicyOverviewInput,
  PolicyOverviewRow,
} from './overview-input.ts';

/**
 * The words of the two overviews, shared by their PDF and Word versions: titles, columns,
 * the texts shown when something is empty, and the lines built from the input.
 */

// Heading, common to both overviews.

/**
 * "Vedlegg til sak 50/5/2026", or "Møte 5/2026" before the overview is attached to a case.
 * (The input carries no attachment number, so "Vedlegg 1" cannot be printed.)
 */
export function overviewHeadingLine(heading: OverviewHeading): string {
  return heading.caseNumber
    ? `Vedlegg til sak ${heading.caseNumber}`
    : `Møte ${heading.meetingNumber}`;
}

export function generatedLine(heading: OverviewHeading): string {
  return `Generert ${formatShortDate(heading.generatedOn)}`;
}

// Status overview of the action plan.

export const PLAN_STATUS_TITLE = 'Status for aktiviteter i handlingsplanen';
export const PLAN_STATUS_COLUMNS = [
  'Område',
  'Aktivitet',
  'Status og kommentarer',
  'Oppfølging og resultater',
];
/** Relative column widths, in the order of PLAN_STATUS_COLUMNS. */
export const PLAN_STATUS_SHARES = [17, 29, 27, 27];
export const EMPTY_AREA_TEXT = 'Ingen aktiviteter registrert.';
export const NO_AREAS_TEXT = 'Handlingsplanen har ingen områder.';

/** "Brev: Kommentarer til …", without doubling a kind the description already starts with. */
export const activityText = (activity: PlanStatusActivityRow) =>
  activityTitle(activity.kindLabel, activity.description);

/** "1.2.2026–30.6.2026 · Ansvarlig: Kari Nilsen", empty when neither is set. */
export function activityDetails(activity: PlanStatusActivityRow): string {
  const responsible = activity.responsible.trim();
  return [activity.dates.trim(), responsible ? `Ansvarlig: ${responsible}` : '']
    .filter(Boolean)
    .join(' · ');
}

// Overview of white papers, strategies and official reports.

export const POLICY_OVERVIEW_TITLE = 'Oversikt meldinger og strategier';
export const POLICY_OVERVIEW_COLUMNS = [
  'Melding/strategi/NOU',
  'Innspill fra rådet',
  'Lansering',
  'Høring',
  'Forslag videre oppfølging',
];
/** Relative column widths, in the order of POLICY_OVERVIEW_COLUMNS. */
export const POLICY_OVERVIEW_SHARES = [30, 16, 13, 13, 28];
export const ARCHIVED_HEADING = 'Arkivert siden forrige møte';
export const NO_ARCHIVED_TEXT = 'Ingen.';
export const NO_ROWS_TEXT = 'Ingen meldinger eller strategier følges nå.';

export const CHANGE_TAG = { new: 'Ny', changed: 'Endret' } as const;

export function warningText(warning: string): string {
  return `Merk: ${warning.trim()}`;
}

/** "Endringer siden forrige møte (22.10.2026): 1 ny, 1 endret, 2 arkiverte." */
export function changeSummary(input: PolicyOverviewInput): string {
  if (!input.previousMeetingDate)
    return 'Endringer siden forrige møte: ingen tidligere møte å sammenligne med.';
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const created = input.rows.filter((r) => r.change === 'new').length;
  const changed = input.rows.filter((r) => r.change === 'changed').length;
  return `Endringer siden forrige møte (${formatShortDate(input.previousMeetingDate)}): ${[
    count(created, 'ny', 'nye'),
    count(changed, 'endret', 'endrede'),
    count(input.archived.length, 'arkivert', 'arkiverte'),
  ].join(', ')}.`;
}

export function kindAndMinistry(row: PolicyOverviewRow): string {
  return [row.kindLabel.trim(), row.ministry.trim()].filter(Boolean).join(' · ');
}
