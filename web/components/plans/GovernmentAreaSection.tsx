import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { WORK_STATUS_LABELS, WORK_STATUS_WORKFLOW, type WorkStatus } from '../../../core/plans.ts';
import { api } from '../../api.ts';
import type { TArea, TMeasure } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { LinkedIndicators } from './LinkedIndicators.tsx';
import { StatusCounts, WorkStatusTag } from './WorkStatusTag.tsx';

const editButtonId = (m: TMeasure) => `measure-${m.id}-edit`;

/** A strategic area of the government's plan: its measures, ministries, status and evidence. */
export function GovernmentAreaSection({
  area,
  canManage,
  onChange,
}: {
  area: TArea;
  canManage: boolean;
  onChange: (area: TArea) => void;
}) {
  const [editing, setEditing] = useState<TMeasure | null>(null);
  const headingId = `area-${area.id}-heading`;
  const title = area.code ? `${area.code}. ${area.title}` : area.title;

  return (
    <section aria-labelledby={headingId} className="section plan-area" id={`area-${area.id}`}>
      <Heading level={2} data-size="md" id={headingId} tabIndex={-1}>
        {title}
      </Heading>
      <StatusCounts items={area.measures} noun={['tiltak', 'tiltak']} />
      {area.indicators.length > 0 && (
        <>
          <Paragraph>Indikatorer i monitoren som følger satsingsområdet:</Paragraph>
          <LinkedIndicators indicators={area.indicators} />
        </>
      )}
      <div className="table-scroll plan-scroll">
        <Table zebra className="full-width plan-table" data-testid="measures">
          <caption className="visually-hidden">Tiltak i satsingsområde {title}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Tiltak</Table.HeaderCell>
              <Table.HeaderCell scope="col">Koordinerende departement</Table.HeaderCell>
              <Table.HeaderCell scope="col">Bidragsytende departementer</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">Dokumentasjon</Table.HeaderCell>
              {canManage && <Table.HeaderCell scope="col">Handlinger</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {area.measures.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell className="plan-table__main">
                  {m.title}
                  <LinkedIndicators indicators={m.indicators} />
                </Table.Cell>
                <Table.Cell>{m.responsible || '–'}</Table.Cell>
                <Table.Cell>{m.contributors.join(', ') || '–'}</Table.Cell>
                <Table.Cell>
                  <WorkStatusTag status={m.status} />
                </Table.Cell>
                <Table.Cell className="plan-table__text">{m.evidence || '–'}</Table.Cell>
                {canManage && (
                  <Table.Cell>
                    <Button
                      id={editButtonId(m)}
                      variant="secondary"
                      data-size="sm"
                      aria-label={`Endre tiltaket «${m.title}»`}
                      onClick={() => setEditing(m)}
                    >
                      Endre
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {canManage && editing && (
        <MeasureForm
          key={editing.id}
          measure={editing}
          onDone={(saved) => {
            if (saved) {
              onChange({
                ...area,
                measures: area.measures.map((m) => (m.id === saved.id ? saved : m)),
              });
            }
            setEditing(null);
            window.requestAnimationFrame(() =>
              document.getElementById(editButtonId(editing))?.focus(),
            );
          }}
        />
      )}
    </section>
  );
}

/** The secretariat records how far a government measure has come, and what shows it. */
function MeasureForm({
  measure,
  onDone,
}: {
  measure: TMeasure;
  onDone: (saved: TMeasure | null) => void;
}) {
  const announce = useAnnounce();
  const id = `measure-${measure.id}-form`;
  const [status, setStatus] = useState<WorkStatus>(measure.status);
  const [evidence, setEvidence] = useState(measure.evidence);
  const [responsible, setResponsible] = useState(measure.responsible);
  const [contributors, setContributors] = useState(measure.contributors.join(', '));
  const [error, setError] = useState<unknown>();
  useEffect(() => document.getElementById(`${id}-status`)?.focus(), [id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const saved = await api.put<TMeasure>(`/plan-measures/${measure.id}`, {
        title: measure.title,
        priority: measure.priority,
        responsible,
        contributors: contributors
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
        evidence,
        status,
        version: measure.version,
      });
      announce(`Tiltaket er lagret med status ${WORK_STATUS_LABELS[saved.status]}.`);
      onDone(saved);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card-section">
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        Endre tiltak: {measure.title}
      </Heading>
      <form onSubmit={submit} noValidate className="stack">
        <FormErrors
          error={error}
          fieldIds={{
            status: `${id}-status`,
            evidence: `${id}-evidence`,
            responsible: `${id}-responsible`,
            contributors: `${id}-contributors`,
          }}
          heading="Tiltaket ble ikke lagret"
        />
        <div className="row">
          <Field>
            <Label htmlFor={`${id}-status`}>Status</Label>
            <Select
              id={`${id}-status`}
              value={status}
              onChange={(e) => setStatus(e.target.value as WorkStatus)}
            >
              {[measure.status, ...WORK_STATUS_WORKFLOW[measure.status]].map((s) => (
                <Select.Option key={s} value={s}>
                  {WORK_STATUS_LABELS[s]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id={`${id}-responsible`}
            label="Koordinerende departement"
            value={responsible}
            onChange={(e) => setResponsible(e.target.value)}
            error={fieldError(error, 'responsible')}
          />
          <Textfield
            id={`${id}-contributors`}
            label="Bidragsytende departementer"
            description="Skilt med komma, for eksempel «KD, NFD»"
            value={contributors}
            onChange={(e) => setContributors(e.target.value)}
            error={fieldError(error, 'contributors')}
          />
        </div>
        <Textfield
          id={`${id}-evidence`}
          label="Dokumentasjon"
          description="Hva som viser status: vedtak, rapporter, budsjettposter, lenker"
          multiline
          rows={3}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          error={fieldError(error, 'evidence')}
        />
        <div className="actions">
          <Button type="submit">Lagre tiltaket</Button>
          <Button type="button" variant="tertiary" onClick={() => onDone(null)}>
            Avbryt
          </Button>
        </div>
      </form>
    </section>
  );
}
