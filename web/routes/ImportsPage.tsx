import { Alert, Button, Heading, Label, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { ApiError, api } from '../api.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { FormErrors } from '../components/FormErrors.tsx';
import { ImportStatusTag } from '../components/imports/ImportStatusTag.tsx';
import { count, findings, findingsText } from '../components/imports/importText.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatBytes, formatDateTime } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TImport } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

type Outcome = {
  imports: TImport[];
  errors: { fileName: string; message: string }[];
  /** Ids that were already under review before this upload: the same file again. */
  known: Set<string>;
};

const FILE_INPUT = 'import-files';

/**
 * "Importer møtepapirer": upload archive files, see what each holds, and open the review.
 * Nothing reaches the council's records before the review is confirmed.
 */
export function ImportsPage() {
  const { councilId = '' } = useParams();
  const announce = useAnnounce();
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const list = useApi<TImport[]>(`/councils/${councilId}/imports`);
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const files = [...(fileRef.current?.files ?? [])];
    if (files.length === 0) {
      setError(
        new ApiError(400, 'invalid', 'Velg minst én fil.', {
          fields: [{ field: 'files', message: 'Velg minst én fil å laste opp.' }],
        }),
      );
      fileRef.current?.focus();
      return;
    }
    const body = new FormData();
    for (const file of files) body.append('files', file);
    const known = new Set((list.data ?? []).map((i) => i.id));
    setBusy(true);
    setError(undefined);
    setOutcome(null);
    try {
      const res = await api.post<{ imports: TImport[]; errors: Outcome['errors'] }>(
        `/councils/${councilId}/imports`,
        body,
      );
      setOutcome({ ...res, known });
      if (fileRef.current) fileRef.current.value = '';
      await list.reload();
      const read = count(res.imports.length, 'fil er lest', 'filer er lest');
      announce(
        res.errors.length
          ? `${read}. ${count(res.errors.length, 'fil', 'filer')} kunne ikke leses.`
          : `${read}.`,
      );
      window.requestAnimationFrame(() => document.getElementById('outcome-heading')?.focus());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const c = council.data;
  const earlier = list.data ?? [];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: c?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Importer møtepapirer' },
        ]}
      />
      <PageTitle>Importer møtepapirer</PageTitle>
      <Paragraph>
        Her legger du inn rådets eldre saksframlegg og referater, slik at sakene, vedtakene og
        oppmøtet blir søkbare og henger sammen med det som lages i Rådsrom. Rådsrom leser filene og
        viser hva det fant. Du går gjennom funnene og retter dem, og{' '}
        <strong>ingenting lagres i rådet før du velger «Importer»</strong>.
      </Paragraph>
      <ErrorAlert error={council.error} />
      {c && !c.canManage && (
        <Alert data-color="info" className="block">
          <Paragraph>Bare sekretariatet kan importere møtepapirer.</Paragraph>
        </Alert>
      )}

      {c?.canManage && (
        <form onSubmit={upload} noValidate className="card-section stack narrow-form">
          <Heading level={2} data-size="sm">
            Last opp filer
          </Heading>
          <FormErrors
            error={error}
            fieldIds={{ files: FILE_INPUT }}
            heading="Filene ble ikke lastet opp"
          />
          <div className="ds-field">
            <Label htmlFor={FILE_INPUT}>Filer med saksframlegg eller referater</Label>
            <p className="muted field-hint" id={`${FILE_INPUT}-hint`}>
              PDF, Word (DOCX) eller ren tekst (TXT). Du kan velge flere filer samtidig. En fil som
              allerede er importert, blir kjent igjen og ikke importert to ganger.
            </p>
            <input
              id={FILE_INPUT}
              ref={fileRef}
              type="file"
              multiple
              className="file-input"
              aria-describedby={`${FILE_INPUT}-hint`}
              accept=".pdf,.docx,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            />
          </div>
          <div>
            <Button type="submit" aria-disabled={busy || undefined}>
              {busy ? 'Leser filene …' : 'Last opp og les filene'}
            </Button>
          </div>
          {busy && (
            <Paragraph role="status" className="muted">
              Leser filene. Store PDF-filer kan ta litt tid.
            </Paragraph>
          )}
        </form>
      )}

      {outcome && <UploadOutcome outcome={outcome} />}

      <section aria-labelledby="earlier-heading" className="section">
        <Heading level={2} data-size="md" id="earlier-heading">
          Opplastede filer
        </Heading>
        <ErrorAlert error={list.error} />
        {list.loading && !list.data && <Loading what="importene" />}
        {list.data && earlier.length === 0 && (
          <Paragraph>Ingen filer er lastet opp ennå.</Paragraph>
        )}
        {earlier.length > 0 && (
          <div className="table-scroll">
            <Table zebra className="full-width" data-testid="imports">
              <caption className="visually-hidden">Opplastede filer, nyeste først</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">Fil</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Status</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Funnet</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Lastet opp</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Importert</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {earlier.map((i) => {
                  const f = findings(i.result);
                  return (
                    <Table.Row key={i.id}>
                      <Table.HeaderCell scope="row" className="row-header">
                        <RouterLink className="ds-link" to={`/imports/${i.id}`}>
                          {i.fileName}
                        </RouterLink>
                        <span className="muted small import-size">{formatBytes(i.size)}</span>
                      </Table.HeaderCell>
                      <Table.Cell>
                        <ImportStatusTag status={i.status} />
                      </Table.Cell>
                      <Table.Cell>
                        {count(f.meetings, 'møte', 'møter')}, {count(f.cases, 'sak', 'saker')}
                        {i.status === 'staged' && i.problems.length > 0 && (
                          <span className="muted"> – {i.problems.length} ting må rettes</span>
                        )}
                      </Table.Cell>
                      <Table.Cell>{formatDateTime(i.createdAt)}</Table.Cell>
                      <Table.Cell>
                        {i.committedAt ? (
                          formatDateTime(i.committedAt)
                        ) : (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">Ikke importert</span>
                          </>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}

/** Per file: what was found and what must be fixed, or why it could not be read. */
function UploadOutcome({ outcome }: { outcome: Outcome }) {
  return (
    <section aria-labelledby="outcome-heading" className="section" data-testid="upload-outcome">
      <Heading level={2} data-size="md" id="outcome-heading" tabIndex={-1}>
        Resultat av opplastingen
      </Heading>
      {outcome.errors.length > 0 && (
        <Alert data-color="danger" className="block">
          <Heading level={3} data-size="xs">
            {outcome.errors.length === 1
              ? 'Én fil ble ikke importert'
              : `${outcome.errors.length} filer ble ikke importert`}
          </Heading>
          <ul className="upload-errors">
            {outcome.errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same name may come twice
              <li key={`${e.fileName}-${i}`}>
                {e.message.includes(e.fileName) ? (
                  e.message
                ) : (
                  <>
                    <strong>{e.fileName}</strong>: {e.message}
                  </>
                )}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {outcome.imports.length > 0 && (
        <ul className="import-results">
          {outcome.imports.map((i) => (
            <li key={i.id} className="import-result">
              <Heading level={3} data-size="xs">
                {i.fileName}
              </Heading>
              <Paragraph data-size="sm">{findingsText(i.result)}</Paragraph>
              {outcome.known.has(i.id) && (
                <Paragraph data-size="sm" className="muted">
                  Denne filen er lastet opp før og venter på gjennomgang. Du fortsetter der du
                  slapp.
                </Paragraph>
              )}
              <Paragraph data-size="sm">
                {i.problems.length > 0 ? (
                  <Tag data-color="warning" data-size="sm">
                    {i.problems.length} ting må rettes før import
                  </Tag>
                ) : (
                  <Tag data-color="success" data-size="sm">
                    Klar til import
                  </Tag>
                )}
              </Paragraph>
              <RouterLink className="ds-link" to={`/imports/${i.id}`}>
                Gjennomgå <span className="visually-hidden">«{i.fileName}»</span>
              </RouterLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
