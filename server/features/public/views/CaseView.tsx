import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { formatLongDate } from '../../../../core/dates.ts';
import type { PublicCase } from '../load-public-case.ts';
import { Exempt, PublicLayout } from './PublicLayout.tsx';
import { RichText } from './RichText.tsx';

const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} kB`;

export function CaseView({ c, councilName }: { c: PublicCase; councilName: string }) {
  const { paper } = c;
  return (
    <PublicLayout
      crumbs={[
        { href: '/public', label: 'Offentlig innsyn' },
        { href: `/public/councils/${c.councilId}`, label: councilName },
        { href: `/public/meetings/${c.meeting.id}`, label: `Møte ${c.meeting.number}` },
      ]}
    >
      <Heading level={1} data-size="lg">
        Sak {c.number}: {c.title}
      </Heading>
      <dl className="facts">
        <dt>Møte</dt>
        <dd>
          {c.meeting.number}, {formatLongDate(c.meeting.date)}
        </dd>
        <dt>Sakstype</dt>
        <dd>{c.caseTypes}</dd>
        {paper?.addressee && (
          <>
            <dt>Til</dt>
            <dd>{paper.addressee}</dd>
          </>
        )}
        {paper?.sender && (
          <>
            <dt>Fra</dt>
            <dd>{paper.sender}</dd>
          </>
        )}
        {paper && paper.officers.length > 0 && (
          <>
            <dt>Saksbehandler</dt>
            <dd>{paper.officers.join(', ')}</dd>
          </>
        )}
      </dl>
      {!paper ? (
        <Exempt basis={c.exemptionBasis} what="Saksframlegget og vedleggene" />
      ) : (
        <>
          {paper.fields.map((f) => (
            <section key={f.key} id={`section-${f.key}`} className="public-section">
              <Heading level={2} data-size="sm">
                {f.label}
              </Heading>
              <RichText html={f.html} />
            </section>
          ))}
          {paper.attachments.length > 0 && (
            <section className="public-section" aria-labelledby="attachments">
              <Heading level={2} data-size="sm" id="attachments">
                Vedlegg
              </Heading>
              <ol>
                {paper.attachments.map((a) => (
                  <li key={a.id} id={`attachment-${a.id}`}>
                    {a.published ? (
                      <>
                        <Link href={`/public/attachments/${a.id}`}>{a.title}</Link> ({a.fileName},{' '}
                        {kilobytes(a.size)})
                      </>
                    ) : (
                      <>
                        {a.title}: unntatt offentlighet ({a.exemptionBasis})
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </>
      )}
      {c.decision !== null && (
        <section className="public-section" aria-labelledby="decision">
          <Heading level={2} data-size="sm" id="decision">
            Vedtak
          </Heading>
          <RichText html={c.decision} />
          <Paragraph>
            <Link href={`/public/meetings/${c.meeting.id}/minutes#case-${c.id}`}>
              Se referatet fra møtet
            </Link>
          </Paragraph>
        </section>
      )}
    </PublicLayout>
  );
}
