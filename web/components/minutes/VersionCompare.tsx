import { Heading, Switch, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { diffWords, htmlToText } from '../../richText.ts';
import type { TMinutesVersion } from '../../types.ts';
import { PRESENCE_LABELS } from './labels.ts';

type Content = TMinutesVersion['content'];
type Person = Content['attendance'][number];

const personKey = (p: Person) => p.userId ?? `guest:${p.name}`;
const describe = (p: Person) =>
  [PRESENCE_LABELS[p.presence], ...(p.presence === 'absent' ? [] : p.notes)].join(', ');

/** Who was added, removed or recorded differently between two versions. */
export function attendanceChanges(before: Content, after: Content): string[] {
  const old = new Map(before.attendance.map((p) => [personKey(p), p]));
  const now = new Map(after.attendance.map((p) => [personKey(p), p]));
  const out: string[] = [];
  for (const [key, p] of now) {
    const was = old.get(key);
    if (!was) out.push(`Lagt til: ${p.name} (${describe(p)})`);
    else if (describe(was) !== describe(p))
      out.push(`${p.name}: ${describe(was)} → ${describe(p)}`);
  }
  for (const [key, p] of old) if (!now.has(key)) out.push(`Fjernet: ${p.name}`);
  return out;
}

/** One field of one case in two versions, side by side, the differences marked. */
function FieldCompare({
  label,
  before,
  after,
  names,
}: {
  label: string;
  before: string;
  after: string;
  names: [string, string];
}) {
  const a = htmlToText(before);
  const b = htmlToText(after);
  const changed = a !== b;
  const parts = changed ? diffWords(a, b) : [];
  return (
    <div className={changed ? 'compare-field compare-field--changed' : 'compare-field'}>
      <Heading level={5} data-size="2xs">
        {label}{' '}
        {changed ? (
          <Tag data-color="warning" data-size="sm">
            Endret
          </Tag>
        ) : (
          <span className="muted small">(uendret)</span>
        )}
      </Heading>
      {changed ? (
        <div className="compare-columns">
          <div>
            <p className="compare-columns__label">{names[0]}</p>
            <p>
              {parts.map((p, i) =>
                p.kind === 'added' ? null : p.kind === 'removed' ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
                  <del key={i}>
                    <span className="visually-hidden">[fjernet: </span>
                    {p.text}
                    <span className="visually-hidden">]</span>
                  </del>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
                  <span key={i}>{p.text}</span>
                ),
              )}
              {!a && <span className="muted">(tomt)</span>}
            </p>
          </div>
          <div>
            <p className="compare-columns__label">{names[1]}</p>
            <p>
              {parts.map((p, i) =>
                p.kind === 'removed' ? null : p.kind === 'added' ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
                  <ins key={i}>
                    <span className="visually-hidden">[lagt til: </span>
                    {p.text}
                    <span className="visually-hidden">]</span>
                  </ins>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
                  <span key={i}>{p.text}</span>
                ),
              )}
              {!b && <span className="muted">(tomt)</span>}
            </p>
          </div>
        </div>
      ) : (
        <p className="compare-same">{b || <span className="muted">(tomt)</span>}</p>
      )}
    </div>
  );
}

/** The differences between two versions of the minutes: attendance first, then case by case. */
export function VersionCompare({
  before,
  after,
}: {
  before: TMinutesVersion;
  after: TMinutesVersion;
}) {
  const names: [string, string] = [`Versjon ${before.number}`, `Versjon ${after.number}`];
  const people = attendanceChanges(before.content, after.content);
  const oldCases = new Map(before.content.cases.map((c) => [c.caseId, c]));
  const [showAll, setShowAll] = useState(false);
  const isChanged = (c: Content['cases'][number]) => {
    const old = oldCases.get(c.caseId);
    return (
      !old ||
      htmlToText(old.decision) !== htmlToText(c.decision) ||
      htmlToText(old.discussion) !== htmlToText(c.discussion)
    );
  };
  const changed = after.content.cases.filter(isChanged);
  const unchanged = after.content.cases.filter((c) => !isChanged(c));
  return (
    <div className="compare" data-testid="version-compare">
      <Heading level={4} data-size="xs">
        Deltakere
      </Heading>
      {people.length ? (
        <ul>
          {people.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Ingen endringer i deltakerlisten.</p>
      )}
      <Switch
        className="switch-row"
        label="Vis også saker uten endringer"
        checked={showAll}
        onChange={(e) => setShowAll(e.target.checked)}
      />
      {changed.length === 0 && <p>Ingen saker er endret.</p>}
      {!showAll && unchanged.length > 0 && (
        <p className="muted">Uendret: {unchanged.map((c) => `sak ${c.number}`).join(', ')}.</p>
      )}
      {(showAll ? after.content.cases : changed).map((c) => {
        const old = oldCases.get(c.caseId);
        return (
          <section
            key={c.caseId}
            className="compare-case"
            aria-label={`Sak ${c.number} ${c.title}`}
          >
            <Heading level={4} data-size="xs">
              <span className="case-number">Sak {c.number}</span> {c.title}
              {!old && <span className="muted"> (ny i {names[1].toLowerCase()})</span>}
            </Heading>
            <FieldCompare
              label="Vedtak"
              before={old?.decision ?? ''}
              after={c.decision}
              names={names}
            />
            <FieldCompare
              label="Diskusjon"
              before={old?.discussion ?? ''}
              after={c.discussion}
              names={names}
            />
          </section>
        );
      })}
    </div>
  );
}
