import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { MINUTES_STATUS_LABELS } from '../../../core/minutes-status.ts';
import { formatDateTime } from '../../format.ts';
import { useApi } from '../../hooks.ts';
import type { TMinutes, TMinutesVersion } from '../../types.ts';
import { ErrorAlert, Loading } from '../ErrorAlert.tsx';
import { VersionCompare } from './VersionCompare.tsx';

/** Every recorded version (circulated, revised, approved, corrections), and a comparison. */
export function VersionsSection({ minutes }: { minutes: TMinutes }) {
  const versions = useApi<TMinutesVersion[]>(`/minutes/${minutes.id}/versions`);
  const [compared, setCompared] = useState<number | null>(null);
  const { reload } = versions;

  // A new version (circulate, revise, approve) shows up without reloading the page.
  const seenCount = useRef(minutes.versionCount);
  useEffect(() => {
    if (seenCount.current === minutes.versionCount) return;
    seenCount.current = minutes.versionCount;
    void reload();
  }, [minutes.versionCount, reload]);

  const list = versions.data ?? [];
  const afterIndex = list.findIndex((v) => v.number === compared);
  const after = afterIndex > 0 ? list[afterIndex] : undefined;
  const before = afterIndex > 0 ? list[afterIndex - 1] : undefined;

  return (
    <section aria-labelledby="versions-heading" className="section">
      <Heading level={2} data-size="md" id="versions-heading">
        Versjoner
      </Heading>
      <ErrorAlert error={versions.error} />
      {versions.loading && !versions.data && <Loading what="versjoner" />}
      {versions.data && list.length === 0 && (
        <Paragraph>
          Ingen versjoner ennå. Den første versjonen lagres når referatet sendes på merknadsrunde.
        </Paragraph>
      )}
      {list.length > 0 && (
        <div className="table-scroll">
          <Table zebra className="full-width">
            <caption className="visually-hidden">
              Lagrede versjoner av referatet, eldste først
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Versjon</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Lagret</Table.HeaderCell>
                <Table.HeaderCell>Av</Table.HeaderCell>
                <Table.HeaderCell>Merknad</Table.HeaderCell>
                <Table.HeaderCell>Sammenligning</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.map((v, i) => (
                <Table.Row key={v.number}>
                  <Table.Cell>{v.number}</Table.Cell>
                  <Table.Cell>{MINUTES_STATUS_LABELS[v.status]}</Table.Cell>
                  <Table.Cell>{formatDateTime(v.createdAt)}</Table.Cell>
                  <Table.Cell>{v.createdByName ?? '–'}</Table.Cell>
                  <Table.Cell>{v.reason ?? '–'}</Table.Cell>
                  <Table.Cell>
                    {i > 0 ? (
                      <Button
                        variant={compared === v.number ? 'primary' : 'secondary'}
                        data-size="sm"
                        aria-pressed={compared === v.number}
                        aria-label={`Sammenlign med forrige: versjon ${v.number} mot ${list[i - 1]?.number}`}
                        onClick={() => {
                          setCompared(compared === v.number ? null : v.number);
                          window.requestAnimationFrame(() =>
                            document.getElementById('compare-heading')?.focus(),
                          );
                        }}
                      >
                        Sammenlign med forrige
                      </Button>
                    ) : (
                      <span className="muted">Første versjon</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {before && after && (
        <div className="stack block">
          <Heading level={3} data-size="sm" id="compare-heading" tabIndex={-1}>
            Endringer fra versjon {before.number} til versjon {after.number}
          </Heading>
          <VersionCompare before={before} after={after} />
        </div>
      )}
    </section>
  );
}
