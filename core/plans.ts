/**
 * The action-plan model shared by the council's own plan and the government's plan for the
 * strategy: plan → area → measure, activities under an area. Status moves follow
 * `WORK_STATUS_WORKFLOW`, checked on the server for every change.
 */
export const PLAN_KINDS = ['council', 'government'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  council: 'Rådets handlingsplan',
  government: 'Regjeringens handlingsplan',
};

/** Status of an activity (council) or a measure (government). */
export const WORK_STATUSES = ['planned', 'ongoing', 'done', 'stopped'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const WORK_STATUS_LABELS: Record<WorkStatus, string> = {
  planned: 'Planlagt',
  ongoing: 'Pågår',
  done: 'Gjennomført',
  stopped: 'Stanset',
};

/** Which status may follow which: a finished activity can be reopened, a stopped one resumed. */
export const WORK_STATUS_WORKFLOW: Record<WorkStatus, readonly WorkStatus[]> = {
  planned: ['ongoing', 'done', 'stopped'],
  ongoing: ['planned', 'done', 'stopped'],
  done: ['ongoing'],
  stopped: ['planned', 'ongoing'],
};

export function canMoveWork(from: WorkStatus, to: WorkStatus): boolean {
  return from === to || WORK_STATUS_WORKFLOW[from].includes(to);
}

export const ACTIVITY_KINDS = [
  'letter',
  'op_ed',
  'input',
  'consultation_response',
  'seminar',
  'dialogue_meeting',
  'workshop',
  'meeting',
  'report',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  letter: 'Brev',
  op_ed: 'Kronikk',
  input: 'Innspill',
  consultation_response: 'Høringssvar',
  seminar: 'Seminar',
  dialogue_meeting: 'Dialogmøte',
  workshop: 'Workshop',
  meeting: 'Møte',
  report: 'Rapport',
  other: 'Annet',
};

/** A council's measures are first possible, then prioritised; the government's have no such step. */
export const MEASURE_PRIORITIES = ['possible', 'prioritised'] as const;
export type MeasurePriority = (typeof MEASURE_PRIORITIES)[number];

export const MEASURE_PRIORITY_LABELS: Record<MeasurePriority, string> = {
  possible: 'Mulig tiltak',
  prioritised: 'Prioritert tiltak',
};

/** The qualification form of an area (kvalifiseringsskjema). */
export type QualificationForm = {
  centralQuestion: string;
  contribution: string;
  background: string;
  keyArguments: string[];
  stakeholders: { name: string; role: string }[];
  relevantDocuments: { title: string; url: string }[];
};

export const EMPTY_QUALIFICATION_FORM: QualificationForm = {
  centralQuestion: '',
  contribution: '',
  background: '',
  keyArguments: [],
  stakeholders: [],
  relevantDocuments: [],
};

/**
 * "Brev: Kommentarer til …", as the overviews word an activity; "Brev om …" already says what
 * it is, so the kind is not put in front of it twice.
 */
export function activityTitle(kindLabel: string, description: string): string {
  const kind = kindLabel.trim();
  const text = description.trim();
  if (!kind || text.toLocaleLowerCase('nb-NO').startsWith(kind.toLocaleLowerCase('nb-NO')))
    return text;
  return `${kind}: ${text}`;
}
