/** Roles a person can hold within one council. */
export const COUNCIL_ROLES = [
  'admin',
  'secretariat',
  'chair',
  'member',
  'substitute',
  'observer',
] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  admin: 'Administrator',
  secretariat: 'Sekretariat',
  chair: 'Rådsleder',
  member: 'Medlem',
  substitute: 'Vara',
  observer: 'Observatør',
};
