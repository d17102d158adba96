import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { formatDateTime } from '../../format.ts';
import type { TImport, TMeeting } from '../../types.ts';
import { KIND_LABELS, meetingHeading } from './importText.ts';

/** After the import: where the meetings now are. */
export function ImportedSummary({
  imp,
  meetings,
  councilId,
}: {
  imp: TImport;
  meetings: TMeeting[] | undefined;
  councilId: string | undefined;
}) {
  const found = imp.result.meetings;
  const numbers = [...new Set(found.map((m) => m.number).filter(Boolean))] as string[];
  return (
    <>
      <Alert data-color="success" className="block" data-testid="imported">
        <Heading level={2} data-size="sm" id="imported-heading" tabIndex={-1}>
          Importert
        </Heading>
        <Paragraph>
          «{imp.fileName}» ble importert
          {imp.committedAt ? ` ${formatDateTime(imp.committedAt)}` : ''}. Møtene, sakene og
          vedtakene ligger nå i rådet og kan endres der.
        </Paragraph>
        <ul className="link-list">
          {numbers.map((number) => {
            const meeting = meetings?.find((m) => m.number === number);
            const kinds = found.filter((m) => m.number === number).map((m) => KIND_LABELS[m.kind]);
            return (
              <li key={number}>
                {meeting ? (
                  <RouterLink className="ds-link" to={`/meetings/${meeting.id}`}>
                    Møte {number}
                  </RouterLink>
                ) : (
                  `Møte ${number}`
                )}{' '}
                <span className="muted">({kinds.join(' og ')})</span>
              </li>
            );
          })}
          {councilId && (
            <li>
              <RouterLink className="ds-link" to={`/councils/${councilId}/decisions`}>
                Vedtaksregisteret
              </RouterLink>
            </li>
          )}
        </ul>
      </Alert>
      {found.map((m, mi) => (
        <section
          // biome-ignore lint/suspicious/noArrayIndexKey: meetings have no id
          key={mi}
          aria-labelledby={`imported-${mi}`}
          className="section"
        >
          <Heading level={2} data-size="sm" id={`imported-${mi}`}>
            {meetingHeading(m, mi)}
          </Heading>
          <ul className="imported-cases">
            {m.cases.map((c) => (
              <li key={c.number}>
                <span className="case-number">Sak {c.number}</span> {c.title}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
