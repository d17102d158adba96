import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { COUNCIL_ROLE_LABELS } from '../../../core/roles.ts';
import type { TMembership } from '../../types.ts';

/** Who can sit in a working group: the council's chair, members and substitutes. */
const GROUP_ROLES = new Set<TMembership['role']>(['chair', 'member', 'substitute']);

export type Person = { userId: string; name: string; detail?: string };

/** The people to choose from: current members, and anyone already in the group. */
export function workingGroupChoices(memberships: TMembership[], current: Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const m of memberships) {
    if (m.removed || !GROUP_ROLES.has(m.role) || seen.has(m.userId)) continue;
    const detail = [COUNCIL_ROLE_LABELS[m.role], m.organisation].filter(Boolean).join(', ');
    seen.set(m.userId, { userId: m.userId, name: m.name, detail });
  }
  for (const p of current) if (!seen.has(p.userId)) seen.set(p.userId, p);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** "Arbeidsgruppe": members of the council who follow this document. */
export function WorkingGroupField({
  id,
  people,
  value,
  error,
  onChange,
}: {
  id: string;
  people: Person[];
  value: string[];
  error?: string;
  onChange: (next: string[]) => void;
}) {
  return (
    <Fieldset id={id} aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>Arbeidsgruppe</Fieldset.Legend>
      <Fieldset.Description>Medlemmene som følger dokumentet for rådet.</Fieldset.Description>
      {people.length === 0 && <p>Rådet har ingen medlemmer å velge ennå.</p>}
      <div className="policy-people">
        {people.map((p) => (
          <Checkbox
            key={p.userId}
            label={p.name}
            description={p.detail}
            value={p.userId}
            checked={value.includes(p.userId)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...value, p.userId] : value.filter((x) => x !== p.userId),
              )
            }
          />
        ))}
      </div>
      {error && <p className="ds-validation-message">{error}</p>}
    </Fieldset>
  );
}
