/** Norwegian names for what the audit log records; unknown codes are shown as they are. */
export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  attachment: 'Vedlegg',
  case: 'Sak',
  conflict_assessment: 'Habilitetsvurdering',
  conflict_declaration: 'Habilitetserklæring',
  council: 'Råd',
  council_membership: 'Medlemskap',
  follow_up: 'Oppfølging',
  import: 'Import',
  interest: 'Interesse',
  login: 'Innlogging',
  meeting: 'Møte',
  minutes: 'Referat',
  minutes_comment: 'Merknad til referat',
  organisation: 'Organisasjon',
  standing_cases: 'Faste saker',
  user: 'Person',
};

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  answer: 'besvart',
  approve: 'godkjent',
  attendance: 'oppmøte endret',
  carry_over: 'overført',
  circulate: 'sendt på merknadsrunde',
  commit: 'lagret i arkivet',
  correct: 'rettet',
  create: 'opprettet',
  declare: 'erklært',
  delete: 'slettet',
  discard: 'forkastet',
  export_own_data: 'egne data eksportert',
  merge: 'slått sammen',
  renumber: 'omnummerert',
  reorder_agenda: 'saksliste omordnet',
  reorder_attachments: 'vedlegg omordnet',
  replace: 'erstattet',
  review: 'gjennomgått',
  revise: 'revidert',
  stage: 'lest inn',
  status: 'status endret',
  update: 'endret',
  withdraw: 'trukket',
};

export const auditEntityLabel = (code: string) => AUDIT_ENTITY_LABELS[code] ?? code;
export const auditActionLabel = (code: string) => AUDIT_ACTION_LABELS[code] ?? code;
