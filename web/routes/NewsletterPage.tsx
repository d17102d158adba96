import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import type {
  NewsletterStatus,
  TNewsletter,
  TNewsletterBlock,
  TSubscriberCounts,
} from '../../server/features/newsletter/schema.ts';
import { ApiError, api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { FormErrors, fieldError } from '../components/FormErrors.tsx';
import { MoveButtons } from '../components/MoveButtons.tsx';
import { canEditMonitor } from '../components/monitor/monitorText.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { RichTextEditor } from '../components/RichTextEditor.tsx';
import { formatDateTime } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TIndicator } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

const STATUS: Record<NewsletterStatus, { label: string; color: 'neutral' | 'info' | 'success' }> = {
  draft: { label: 'Utkast', color: 'neutral' },
  published: { label: 'Publisert', color: 'info' },
  sent: { label: 'Sendt', color: 'success' },
};

type Action = { kind: 'publish' | 'send' | 'delete'; newsletter: TNewsletter };
/** A block being edited; `key` keeps each editor in place while blocks move. */
type DraftBlock = TNewsletterBlock & { key: string };

const focusLater = (id: string) =>
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());

/** "Tid=2021&Tid=2022" from a figure's address, or from the query alone. */
function selectionFromText(text: string): Record<string, string[]> {
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  const selection: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(query.split('#')[0])) {
    if (key && value) selection[key] = [...(selection[key] ?? []), value];
  }
  return selection;
}
const selectionToText = (selection: Record<string, string[]>) =>
  new URLSearchParams(
    Object.entries(selection).flatMap(([k, vs]) => vs.map((v) => [k, v])),
  ).toString();

/** The monitor's newsletter: write it, publish it as a page, send it to the subscribers. */
export function NewsletterPage() {
  const { councilId = '' } = useParams();
  const me = useMe();
  const canEdit = canEditMonitor(me, councilId);
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const list = useApi<TNewsletter[]>(`/councils/${councilId}/monitor/newsletters`);
  const counts = useApi<TSubscriberCounts>(
    canEdit ? `/councils/${councilId}/monitor/subscribers` : null,
  );
  const indicators = useApi<TIndicator[]>(
    canEdit ? `/councils/${councilId}/monitor/indicators` : null,
  );
  const [editing, setEditing] = useState<TNewsletter | 'new' | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [actionError, setActionError] = useState<unknown>();
  const announce = useAnnounce();
  const shortName = council.data?.shortName;
  const published = (indicators.data ?? []).filter((i) => i.published);

  async function saved(n: TNewsletter, verb: string) {
    setEditing(null);
    await list.reload();
    announce(`«${n.title}» er ${verb}.`);
    focusLater(`newsletter-${n.id}`);
  }

  async function run({ kind, newsletter: n }: Action) {
    setAction(null);
    setActionError(undefined);
    try {
      if (kind === 'delete') {
        await api.delete(`/monitor/newsletters/${n.id}`);
        announce(`«${n.title}» er slettet.`);
      } else if (kind === 'publish') {
        await api.post(`/monitor/newsletters/${n.id}/publish`);
        announce(`«${n.title}» er publisert.`);
      } else {
        const { sent } = await api.post<{ sent: number }>(`/monitor/newsletters/${n.id}/send`);
        announce(
          sent === 0 ? 'Ingen nye abonnenter å sende til.' : `Sendt til ${sent} abonnenter.`,
        );
        await counts.reload();
      }
    } catch (e) {
      setActionError(e);
    }
    await list.reload();
  }

  const dialog =
    action &&
    {
      publish: {
        title: `Publisere «${action.newsletter.title}»?`,
        text: 'Nyhetsbrevet blir en offentlig side i monitorens arkiv. Det kan ikke trekkes tilbake her.',
        confirm: 'Publiser',
      },
      send: {
        title: `Sende «${action.newsletter.title}»?`,
        text: `Nyhetsbrevet sendes på e-post til ${counts.data?.confirmed ?? 'alle'} bekreftede abonnenter som ikke har fått det før.`,
        confirm: 'Send',
      },
      delete: {
        title: `Slette «${action.newsletter.title}»?`,
        text: 'Utkastet slettes for godt.',
        confirm: 'Slett',
      },
    }[action.kind];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: council.data?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Monitor', to: `/councils/${councilId}/monitor` },
          { label: 'Nyhetsbrev' },
        ]}
      />
      <PageTitle>Nyhetsbrev</PageTitle>
      <Paragraph>
        Monitorens nyhetsbrev: tekst og figurer fra publiserte indikatorer. Et publisert nyhetsbrev
        blir en offentlig side; når det sendes, får hver bekreftet abonnent det én gang på e-post.
      </Paragraph>
      {shortName && (
        <ul className="link-list">
          <li>
            <a
              className="ds-link"
              href={`/public/${encodeURIComponent(shortName)}/monitor/nyhetsbrev`}
            >
              Det offentlige arkivet og påmeldingen
            </a>
          </li>
        </ul>
      )}
      <ErrorAlert error={council.error ?? list.error} />
      {canEdit && counts.data && (
        <section aria-labelledby="subscribers-heading" className="section">
          <Heading level={2} data-size="sm" id="subscribers-heading">
            Abonnenter
          </Heading>
          <Paragraph data-testid="subscriber-counts">
            {counts.data.confirmed} bekreftet, {counts.data.pending} venter på bekreftelse,{' '}
            {counts.data.unsubscribed} har meldt seg av. Adressene vises ikke: de er
            personopplysninger.
          </Paragraph>
        </section>
      )}
      {canEdit && editing === null && (
        <div className="section">
          <Button id="new-newsletter-button" onClick={() => setEditing('new')}>
            Nytt nyhetsbrev
          </Button>
        </div>
      )}
      {canEdit && editing !== null && (
        <section aria-labelledby="newsletter-form-heading" className="section card-section">
          <Heading level={2} data-size="md" id="newsletter-form-heading">
            {editing === 'new' ? 'Nytt nyhetsbrev' : 'Endre nyhetsbrev'}
          </Heading>
          <NewsletterForm
            key={editing === 'new' ? 'new' : editing.id}
            councilId={councilId}
            initial={editing === 'new' ? undefined : editing}
            indicators={published}
            onCancel={() => {
              const target =
                editing === 'new' ? 'new-newsletter-button' : `newsletter-${editing.id}`;
              setEditing(null);
              focusLater(target);
            }}
            onSaved={(n) => saved(n, editing === 'new' ? 'opprettet' : 'lagret')}
          />
        </section>
      )}
      <ErrorAlert error={actionError} />
      {list.loading && !list.data && <Loading what="nyhetsbrevene" />}
      {list.data && (
        <section aria-labelledby="newsletters-heading" className="section">
          <Heading level={2} data-size="md" id="newsletters-heading">
            Alle nyhetsbrev
          </Heading>
          {list.data.length === 0 ? (
            <Paragraph>Ingen nyhetsbrev ennå.</Paragraph>
          ) : (
            <ul className="link-list" data-testid="newsletter-list">
              {list.data.map((n) => (
                <li key={n.id} id={`newsletter-${n.id}`} tabIndex={-1} className="block">
                  <Heading level={3} data-size="xs">
                    {n.title}{' '}
                    <Tag data-color={STATUS[n.status].color} data-size="sm">
                      {STATUS[n.status].label}
                    </Tag>
                  </Heading>
                  <p className="muted">
                    {n.publishedAt
                      ? `Publisert ${formatDateTime(n.publishedAt)}`
                      : 'Ikke publisert'}
                    {n.sentAt &&
                      ` · sendt første gang ${formatDateTime(n.sentAt)} · ${n.deliveries} mottakere`}
                  </p>
                  <div className="actions">
                    {n.publicPath && (
                      <a className="ds-link" href={n.publicPath}>
                        Se den offentlige siden<span className="visually-hidden">: {n.title}</span>
                      </a>
                    )}
                    {canEdit && (
                      <>
                        <Button variant="secondary" data-size="sm" onClick={() => setEditing(n)}>
                          Endre<span className="visually-hidden"> {n.title}</span>
                        </Button>
                        {!n.publishedAt && (
                          <Button
                            data-size="sm"
                            onClick={() => setAction({ kind: 'publish', newsletter: n })}
                          >
                            Publiser<span className="visually-hidden"> {n.title}</span>
                          </Button>
                        )}
                        {n.publishedAt && (
                          <Button
                            data-size="sm"
                            onClick={() => setAction({ kind: 'send', newsletter: n })}
                          >
                            {n.sentAt ? 'Send til nye abonnenter' : 'Send'}
                            <span className="visually-hidden"> {n.title}</span>
                          </Button>
                        )}
                        {!n.sentAt && (
                          <Button
                            variant="tertiary"
                            data-color="danger"
                            data-size="sm"
                            onClick={() => setAction({ kind: 'delete', newsletter: n })}
                          >
                            Slett<span className="visually-hidden"> {n.title}</span>
                          </Button>
                        )}
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ConfirmDialog
        open={action !== null}
        title={dialog?.title ?? ''}
        confirmLabel={dialog?.confirm ?? ''}
        onConfirm={() => action && void run(action)}
        onCancel={() => {
          const target = action ? `newsletter-${action.newsletter.id}` : 'newsletters-heading';
          setAction(null);
          focusLater(target);
        }}
      >
        {dialog?.text}
      </ConfirmDialog>
    </>
  );
}

let nextKey = 0;
const withKey = (block: TNewsletterBlock): DraftBlock => ({ ...block, key: `b${++nextKey}` });

function NewsletterForm({
  councilId,
  initial,
  indicators,
  onSaved,
  onCancel,
}: {
  councilId: string;
  initial?: TNewsletter;
  indicators: TIndicator[];
  onSaved: (n: TNewsletter) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [intro, setIntro] = useState(initial?.intro ?? '');
  const [blocks, setBlocks] = useState<DraftBlock[]>(() => (initial?.blocks ?? []).map(withKey));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ids = { title: `${id}-title`, intro: `${id}-intro`, blocks: `${id}-blocks` };
  useEffect(() => document.getElementById(ids.title)?.focus(), [ids.title]);

  const change = (key: string, next: TNewsletterBlock) =>
    setBlocks((list) => list.map((b) => (b.key === key ? { ...next, key } : b)));
  const move = (index: number, delta: -1 | 1) =>
    setBlocks((list) => {
      const copy = [...list];
      const [moved] = copy.splice(index, 1);
      if (moved) copy.splice(index + delta, 0, moved);
      return copy;
    });
  const add = (block: TNewsletterBlock) => {
    const keyed = withKey(block);
    setBlocks((list) => [...list, keyed]);
    focusLater(`${id}-${keyed.key}`);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    const body = { title, intro, blocks: blocks.map(({ key: _key, ...b }) => b) };
    try {
      onSaved(
        initial
          ? await api.put<TNewsletter>(`/monitor/newsletters/${initial.id}`, {
              ...body,
              version: initial.version,
            })
          : await api.post<TNewsletter>(`/councils/${councilId}/monitor/newsletters`, body),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-busy={busy}>
      <FormErrors error={error} fieldIds={ids} heading="Nyhetsbrevet ble ikke lagret" />
      {error instanceof ApiError && error.status === 409 && (
        <p>Last siden på nytt for å se den nyeste versjonen før du lagrer igjen.</p>
      )}
      {initial?.sentAt && (
        <Paragraph>
          Nyhetsbrevet er sendt. Endringer vises på den offentlige siden, men ikke i e-postene som
          er sendt.
        </Paragraph>
      )}
      <Textfield
        id={ids.title}
        label="Tittel"
        description="Blir også emnet i e-posten."
        value={title}
        error={fieldError(error, 'title')}
        onChange={(e) => setTitle(e.target.value)}
      />
      <RichTextEditor id={ids.intro} label="Ingress" value={intro} onChange={setIntro} />
      <fieldset id={ids.blocks} tabIndex={-1} className="stack">
        <legend className="ds-label">Innhold</legend>
        {blocks.length === 0 && (
          <Paragraph>Ingen blokker ennå. Legg til tekst eller en figur.</Paragraph>
        )}
        {blocks.map((block, index) => {
          const label = `Blokk ${index + 1}: ${block.kind === 'text' ? 'tekst' : 'figur'}`;
          return (
            <div
              key={block.key}
              id={`${id}-${block.key}`}
              tabIndex={-1}
              className="card-section stack"
            >
              <Heading level={3} data-size="2xs">
                {label}
              </Heading>
              {block.kind === 'text' ? (
                <RichTextEditor
                  label="Tekst"
                  value={block.html}
                  onChange={(html) => change(block.key, { kind: 'text', html })}
                />
              ) : (
                <FigureFields
                  block={block}
                  indicators={indicators}
                  onChange={(b) => change(block.key, b)}
                />
              )}
              <div className="actions">
                <MoveButtons label={label} index={index} count={blocks.length} onMove={move} />
                <Button
                  type="button"
                  variant="tertiary"
                  data-color="danger"
                  data-size="sm"
                  onClick={() => {
                    setBlocks((list) => list.filter((b) => b.key !== block.key));
                    focusLater(ids.blocks);
                  }}
                >
                  Fjern<span className="visually-hidden"> {label}</span>
                </Button>
              </div>
            </div>
          );
        })}
        <div className="actions">
          <Button type="button" variant="secondary" onClick={() => add({ kind: 'text', html: '' })}>
            Legg til tekst
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={indicators.length === 0}
            onClick={() =>
              add({ kind: 'figure', indicatorId: indicators[0]?.id ?? '', selection: {} })
            }
          >
            Legg til figur
          </Button>
        </div>
        {indicators.length === 0 && (
          <Paragraph className="muted">
            Publiser en indikator i monitoren for å vise den som figur.
          </Paragraph>
        )}
      </fieldset>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {initial ? 'Lagre' : 'Opprett utkast'}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

function FigureFields({
  block,
  indicators,
  onChange,
}: {
  block: Extract<TNewsletterBlock, { kind: 'figure' }>;
  indicators: TIndicator[];
  onChange: (block: TNewsletterBlock) => void;
}) {
  const id = useId();
  const [view, setView] = useState(selectionToText(block.selection));
  const known = indicators.some((i) => i.id === block.indicatorId);
  return (
    <>
      <Field>
        <Label htmlFor={`${id}-indicator`}>Indikator</Label>
        <Select
          id={`${id}-indicator`}
          value={block.indicatorId}
          onChange={(e) => onChange({ ...block, indicatorId: e.target.value, selection: {} })}
        >
          {!known && <Select.Option value={block.indicatorId}>Ikke lenger publisert</Select.Option>}
          {indicators.map((i) => (
            <Select.Option key={i.id} value={i.id}>
              {i.title}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        id={`${id}-view`}
        label="Utsnitt (valgfritt)"
        description="Lim inn adressen til figuren slik den vises med filtrene du vil ha. Tomt gir figurens standardvisning."
        value={view}
        onChange={(e) => {
          setView(e.target.value);
          onChange({ ...block, selection: selectionFromText(e.target.value) });
        }}
        onBlur={() => setView(selectionToText(block.selection))}
      />
    </>
  );
}
