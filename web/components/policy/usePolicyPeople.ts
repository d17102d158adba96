import { useApi } from '../../hooks.ts';
import type { TMembership, TPolicyDocument } from '../../types.ts';
import { type Person, workingGroupChoices } from './WorkingGroupField.tsx';

/** The members to pick a working group from; loaded only for those who may write. */
export function usePolicyPeople(
  councilId: string | undefined,
  canWrite: boolean,
  doc?: TPolicyDocument,
): { people: Person[]; loading: boolean; error: unknown } {
  const memberships = useApi<TMembership[]>(
    canWrite && councilId ? `/councils/${councilId}/memberships` : null,
  );
  return {
    people: workingGroupChoices(memberships.data ?? [], doc?.workingGroup ?? []),
    loading: memberships.loading,
    error: memberships.error,
  };
}
