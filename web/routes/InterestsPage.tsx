import { Alert, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { INTEREST_KIND_LABELS } from '../../core/conflicts.ts';
import { ApiError, api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import {
  emptyInterest,
  fieldsFromInterest,
  type InterestFields,
  InterestForm,
  interestBody,
} from '../components/conflicts/InterestForm.tsx';
import { InterestTable } from '../components/conflicts/InterestTable.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useApi } from '../hooks.ts';
import type { TInterest, TInterestList, TMembership, TOrganisation } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

const DECLARING_ROLES = new Set(['chair', 'member', 'substitute']);
const what = (i: TInterest) => `${INTEREST_KIND_LABELS[i.kind]} i ${i.organisationName}`;

/**
 * "Interesser og verv": a member keeps their own register; the chair and secretariat see
 * everyone's, and the secretariat reviews and registers on a member's behalf.
 */
export function InterestsPage() {
  const { councilId = '' } = useParams();
  const me = useMe();
  const announce = useAnnounce();
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const list = useApi<TInterestList>(`/councils/${councilId}/interests`);
  const organisations = useApi<TOrganisation[]>(`/councils/${councilId}/organisations`);
  const canReview = list.data?.canReview ?? false;
  const memberships = useApi<TMembership[]>(
    canReview ? `/councils/${councilId}/memberships` : null,
  );
  const [editing, setEditing] = useState<TInterest | null>(null);
  const [deleting, setDeleting] = useState<TInterest | null>(null);
  const [pendingOnly, setPendingOnly] = useState(false);
  const [error, setError] = useState<unknown>();

  const data = list.data;
  const orgs = organisations.data ?? [];
  const mine = (data?.interests ?? []).filter((i) => i.userId === me.id);
  const others = (data?.interests ?? []).filter(
    (i) => i.userId !== me.id && (!pendingOnly || i.review === 'pending'),
  );
  const pendingCount = (data?.interests ?? []).filter(
    (i) => i.userId !== me.id && i.review === 'pending',
  ).length;
  const byMember = groupByMember(others);
  const members = declaringMembers(memberships.data ?? []);
  const seesOthers = Boolean(data && (data.canReadAll || data.interestsPublic));
  const councilName = council.data?.name ?? 'Rådet';

  async function afterChange(message: string, focusId: string) {
    await Promise.all([list.reload(), organisations.reload()]);
    announce(message);
    document.getElementById(focusId)?.focus();
  }

  async function create(fields: InterestFields, forMember: boolean) {
    if (forMember && !fields.userId) {
      throw new ApiError(400, 'invalid', 'Velg hvem interessen gjelder.', {
        fields: [{ field: 'userId', message: 'Velg et medlem.' }],
      });
    }
    const created = await api.post<TInterest>(`/councils/${councilId}/interests`, {
      ...(forMember ? { userId: fields.userId } : {}),
      ...interestBody(fields),
    });
    await afterChange(
      forMember
        ? `${what(created)} er registrert for ${created.userName}.`
        : `${what(created)} er registrert og venter på gjennomgang.`,
      forMember ? 'others-heading' : 'mine-heading',
    );
  }

  async function update(interest: TInterest, fields: InterestFields) {
    const saved = await api.put<TInterest>(`/interests/${interest.id}`, {
      ...interestBody(fields),
      version: interest.version,
    });
    setEditing(null);
    await afterChange(
      `${what(saved)} er lagret.`,
      interest.userId === me.id ? 'mine-heading' : 'others-heading',
    );
  }

  async function remove(interest: TInterest) {
    setDeleting(null);
    setError(undefined);
    try {
      await api.delete(`/interests/${interest.id}`);
      if (editing?.id === interest.id) setEditing(null);
      await afterChange(
        `${what(interest)} er slettet.`,
        interest.userId === me.id ? 'mine-heading' : 'others-heading',
      );
    } catch (e) {
      setError(e);
    }
  }

  async function review(interest: TInterest) {
    setError(undefined);
    try {
      await api.post<TInterest>(`/interests/${interest.id}/review`, {
        version: interest.version,
      });
      await list.reload();
      announce(`${what(interest)} for ${interest.userName} er markert som gjennomgått.`);
    } catch (e) {
      setError(e);
    }
  }

  const startEdit = (i: TInterest) => {
    setEditing(i);
    window.setTimeout(() => document.getElementById('edit-interest-heading')?.focus(), 0);
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: councilName, to: `/councils/${councilId}` },
          { label: 'Interesser og verv' },
        ]}
      />
      <PageTitle>Interesser og verv</PageTitle>
      <Paragraph>
        Her registrerer medlemmene arbeidsgivere, stillinger, styreverv, eierinteresser og andre
        roller. Rådsrom sammenligner dem med sakene og foreslår mulig inhabilitet. Et forslag er
        aldri en avgjørelse: det er rådet som vurderer habiliteten i møtet.
      </Paragraph>

      <Alert data-color="info" className="block" data-testid="privacy-note">
        <Heading level={2} data-size="xs">
          Hvem ser opplysningene?
        </Heading>
        <Paragraph>
          Interessene er personopplysninger.{' '}
          {data?.interestsPublic
            ? 'Rådet har valgt å gjøre dem synlige for alle i rådet. Ellers ser bare medlemmet selv, rådets leder og sekretariatet dem.'
            : 'Bare medlemmet selv, rådets leder og sekretariatet ser dem, med mindre rådet velger å gjøre dem synlige for alle i rådet.'}{' '}
          Sekretariatet går gjennom det som registreres.
        </Paragraph>
        <Paragraph>
          <a className="ds-link" href="/api/me/data-export" download>
            Last ned mine data
          </a>{' '}
          <span className="muted">(alt Rådsrom har lagret om deg, som JSON-fil)</span>
        </Paragraph>
      </Alert>

      <ErrorAlert error={list.error ?? council.error ?? error} />
      {list.loading && !data && <Loading what="interessene" />}

      {data && !data.canDeclare && !seesOthers && (
        <Paragraph>
          Du har ingen rolle i rådet som gjør at du registrerer interesser, og rådet har ikke gjort
          medlemmenes interesser synlige for alle.
        </Paragraph>
      )}

      {data?.canDeclare && (
        <section aria-labelledby="mine-heading" className="section">
          <Heading level={2} data-size="md" id="mine-heading" tabIndex={-1}>
            Mine interesser
          </Heading>
          {mine.length === 0 ? (
            <Paragraph>Du har ikke registrert noen interesser ennå.</Paragraph>
          ) : (
            <InterestTable
              interests={mine}
              caption="Mine interesser og verv"
              onEdit={startEdit}
              onDelete={setDeleting}
              onReview={canReview ? review : undefined}
            />
          )}
        </section>
      )}

      {editing && (
        <section aria-labelledby="edit-interest-heading" className="section card-section">
          <Heading level={2} data-size="md" id="edit-interest-heading" tabIndex={-1}>
            Endre interesse
            {editing.userId !== me.id && ` for ${editing.userName}`}
          </Heading>
          {editing.userId === me.id && editing.review === 'reviewed' && (
            <Paragraph data-size="sm" className="form-intro">
              Når du endrer en gjennomgått interesse, går den tilbake til sekretariatet for ny
              gjennomgang.
            </Paragraph>
          )}
          <InterestForm
            key={editing.id}
            initial={fieldsFromInterest(editing)}
            organisations={orgs}
            submitLabel="Lagre endringer"
            onSubmit={(fields) => update(editing, fields)}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}

      {data?.canDeclare && (
        <section aria-labelledby="new-interest-heading" className="section card-section">
          <Heading level={2} data-size="md" id="new-interest-heading">
            Registrer en interesse
          </Heading>
          <InterestForm
            initial={emptyInterest()}
            organisations={orgs}
            submitLabel="Registrer interessen"
            onSubmit={(fields) => create(fields, false)}
          />
        </section>
      )}

      {data && seesOthers && (
        <section aria-labelledby="others-heading" className="section">
          <Heading level={2} data-size="md" id="others-heading" tabIndex={-1}>
            {data.canDeclare ? 'De andre i rådet' : 'Medlemmenes interesser'}
          </Heading>
          {canReview && (
            <>
              <Paragraph data-testid="pending-count">
                {pendingCount === 0
                  ? 'Alt er gjennomgått.'
                  : `${pendingCount} ${pendingCount === 1 ? 'interesse venter' : 'interesser venter'} på gjennomgang.`}
              </Paragraph>
              <Switch
                className="switch-row"
                label="Vis bare interesser til gjennomgang"
                checked={pendingOnly}
                onChange={(e) => setPendingOnly(e.target.checked)}
              />
            </>
          )}
          {byMember.length === 0 && (
            <Paragraph>
              {pendingOnly
                ? 'Ingen interesser venter på gjennomgang.'
                : 'Ingen har registrert interesser ennå.'}
            </Paragraph>
          )}
          {byMember.map(([userId, items]) => (
            <div key={userId} className="member-interests">
              <Heading level={3} data-size="sm" id={`member-${userId}`}>
                {items[0]?.userName}
              </Heading>
              <InterestTable
                interests={items}
                caption={`Interesser og verv for ${items[0]?.userName ?? ''}`}
                onEdit={canReview ? startEdit : undefined}
                onDelete={canReview ? setDeleting : undefined}
                onReview={canReview ? review : undefined}
              />
            </div>
          ))}
        </section>
      )}

      {canReview && (
        <section aria-labelledby="register-for-heading" className="section card-section">
          <Heading level={2} data-size="md" id="register-for-heading">
            Registrer for et medlem
          </Heading>
          <Paragraph data-size="sm" className="form-intro">
            Interesser sekretariatet registrerer, må også markeres som gjennomgått.
          </Paragraph>
          {memberships.loading && !memberships.data ? (
            <Loading what="medlemmene" />
          ) : (
            <InterestForm
              initial={emptyInterest()}
              organisations={orgs}
              members={members}
              submitLabel="Registrer for medlemmet"
              onSubmit={(fields) => create(fields, true)}
            />
          )}
          <ErrorAlert error={memberships.error} />
        </section>
      )}

      <ConfirmDialog
        open={deleting !== null}
        title="Slette interessen?"
        confirmLabel="Ja, slett"
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting &&
          `${what(deleting)}${deleting.userId !== me.id ? ` for ${deleting.userName}` : ''} blir slettet fra registeret.`}
      </ConfirmDialog>
    </>
  );
}

function groupByMember(interests: TInterest[]): [string, TInterest[]][] {
  const groups = new Map<string, TInterest[]>();
  for (const i of interests) groups.set(i.userId, [...(groups.get(i.userId) ?? []), i]);
  return [...groups.entries()];
}

/** Members, chair and substitutes: the people who have interests to declare. */
function declaringMembers(memberships: TMembership[]) {
  const seen = new Map<string, { userId: string; name: string }>();
  for (const m of memberships) {
    if (DECLARING_ROLES.has(m.role) && !seen.has(m.userId)) {
      seen.set(m.userId, { userId: m.userId, name: m.name });
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
