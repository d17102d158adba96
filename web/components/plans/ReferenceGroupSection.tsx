import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import type { TArea, TReferenceGroupMember } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { FormErrors } from '../FormErrors.tsx';
import { RowsField } from './RowsField.tsx';
import { saveArea } from './saveArea.ts';

const ID = 'reference-group';

/** The area's reference group: who in (and outside) the council follows it. */
export function ReferenceGroupSection({
  area,
  canManage,
  onChange,
}: {
  area: TArea;
  canManage: boolean;
  onChange: (area: TArea) => void;
}) {
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<{ name: string; organisation: string }[]>([]);
  const [error, setError] = useState<unknown>();
  const focus = (target: string) =>
    window.requestAnimationFrame(() => document.getElementById(target)?.focus());

  function open() {
    setRows(area.referenceGroup.map((m) => ({ name: m.name, organisation: m.organisation })));
    setError(undefined);
    setEditing(true);
    focus(area.referenceGroup.length ? `${ID}-rows-0-name` : `${ID}-rows-add`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    // A row still holding the same name keeps the person it was linked to.
    const byName = new Map(area.referenceGroup.map((m) => [m.name, m.userId]));
    const referenceGroup: TReferenceGroupMember[] = rows
      .filter((r) => r.name.trim())
      .map((r) => ({ ...r, userId: byName.get(r.name) ?? null }));
    try {
      const saved = await saveArea(area, { referenceGroup });
      onChange(saved);
      setEditing(false);
      announce('Referansegruppen er lagret.');
      focus(`${ID}-edit`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby={`${ID}-heading`} className="section">
      <Heading level={2} data-size="md" id={`${ID}-heading`}>
        Referansegruppe
      </Heading>
      {area.referenceGroup.length === 0 ? (
        <Paragraph>Området har ingen referansegruppe ennå.</Paragraph>
      ) : (
        <ul className="link-list" data-testid="reference-group">
          {area.referenceGroup.map((m) => (
            <li key={`${m.name} ${m.organisation}`}>
              {m.name}
              {m.organisation && <span className="muted">, {m.organisation}</span>}
            </li>
          ))}
        </ul>
      )}
      {canManage && !editing && (
        <Button id={`${ID}-edit`} className="plan-action" variant="secondary" onClick={open}>
          Endre referansegruppen
        </Button>
      )}
      {canManage && editing && (
        <form onSubmit={submit} noValidate className="stack card-section">
          <FormErrors
            error={error}
            fieldIds={{ referenceGroup: `${ID}-rows` }}
            heading="Referansegruppen ble ikke lagret"
          />
          <RowsField
            id={`${ID}-rows`}
            legend="Medlemmer av referansegruppen"
            noun="medlem"
            columns={[
              { key: 'name', label: 'Navn' },
              { key: 'organisation', label: 'Organisasjon' },
            ]}
            value={rows}
            onChange={setRows}
          />
          <div className="actions">
            <Button type="submit">Lagre referansegruppen</Button>
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setEditing(false);
                focus(`${ID}-edit`);
              }}
            >
              Avbryt
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
