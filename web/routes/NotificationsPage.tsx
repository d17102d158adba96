import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatDateTime } from '../format.ts';
import { useNotifications } from '../notifications.tsx';

/** The user's notices, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { items, error, unread, markRead } = useNotifications();
  const navigate = useNavigate();
  const announce = useAnnounce();

  return (
    <>
      <Breadcrumbs items={[{ label: 'Forside', to: '/' }, { label: 'Varsler' }]} />
      <PageTitle>Varsler</PageTitle>
      <ErrorAlert error={error} />
      {!items && !error && <Loading what="varsler" />}
      {items && items.length === 0 && <Paragraph>Du har ingen varsler.</Paragraph>}
      {items && items.length > 0 && (
        <>
          <Paragraph>
            {unread === 0 ? 'Alle varsler er lest.' : `${unread} ulest${unread === 1 ? '' : 'e'}.`}
          </Paragraph>
          <ul className="notification-list" data-testid="notifications">
            {items.map((n) => (
              <li
                key={n.id}
                className={n.read ? 'notification' : 'notification notification--unread'}
              >
                <div className="notification__main">
                  <RouterLink
                    className="ds-link notification__title"
                    to={n.link}
                    onClick={async (event) => {
                      if (n.read) return;
                      event.preventDefault();
                      await markRead(n.id).catch(() => undefined);
                      navigate(n.link);
                    }}
                  >
                    {!n.read && <span className="visually-hidden">Ulest: </span>}
                    {n.title}
                  </RouterLink>
                  <span className="muted small">{formatDateTime(n.createdAt)}</span>
                </div>
                {!n.read && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={`Marker som lest: ${n.title}`}
                    onClick={async () => {
                      await markRead(n.id).catch(() => undefined);
                      announce('Varselet er markert som lest.');
                    }}
                  >
                    Marker som lest
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
