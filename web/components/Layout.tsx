import { Button, SkipLink } from '@digdir/designsystemet-react';
import { Outlet, Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth.tsx';
import { NotificationProvider, useNotifications } from '../notifications.tsx';
import { AnnouncerProvider } from './Announcer.tsx';
import { HeaderSearch } from './search/HeaderSearch.tsx';

export function Layout() {
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  // The search pages have their own, larger search field.
  const onSearchPage = useLocation().pathname.startsWith('/search');

  async function onLogout() {
    if (!(await logout())) navigate('/login', { replace: true });
  }

  return (
    <AnnouncerProvider>
      <NotificationProvider>
        <SkipLink href="#main">Hopp til hovedinnhold</SkipLink>
        <header className="site-header">
          <div className="site-header__inner">
            <RouterLink to="/" className="brand">
              <span className="brand__mark" aria-hidden="true">
                R
              </span>
              Rådsrom
            </RouterLink>
            {me && !onSearchPage && <HeaderSearch />}
            {me && (
              <div className="site-header__user">
                <NotificationLink />
                <RouterLink className="ds-link" to="/account">
                  <span className="visually-hidden">Min konto: innlogget som </span>
                  {me.name}
                </RouterLink>
                <Button variant="secondary" data-size="sm" onClick={onLogout}>
                  Logg ut
                </Button>
              </div>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1} className="page">
          <Outlet />
        </main>
        <footer className="site-footer">
          <p>Rådsrom – arbeidsverktøy for HelseOmsorg21-rådet og sekretariatet</p>
        </footer>
      </NotificationProvider>
    </AnnouncerProvider>
  );
}

function NotificationLink() {
  const { unread } = useNotifications();
  return (
    <RouterLink
      className="ds-link notification-link"
      to="/notifications"
      data-testid="notification-link"
    >
      Varsler
      {unread > 0 && (
        <>
          {' '}
          ({unread}
          <span className="visually-hidden"> {unread === 1 ? 'ulest' : 'uleste'}</span>)
        </>
      )}
    </RouterLink>
  );
}
