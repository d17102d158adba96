import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError, api } from './api.ts';
import { PageTitle } from './components/PageTitle.tsx';
import type { TMeResponse } from './types.ts';

type AuthState = {
  me: TMeResponse | null;
  checked: boolean;
  refresh: () => Promise<TMeResponse | null>;
  /** Resolves to the identity provider's logout address when the browser must go there. */
  logout: () => Promise<string | null>;
};

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<TMeResponse | null>(null);
  const [checked, setChecked] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const next = await api.get<TMeResponse>('/auth/me');
      setMe(next);
      return next;
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) console.error(e);
      setMe(null);
      return null;
    } finally {
      setChecked(true);
    }
  }, []);

  const logout = useCallback(async () => {
    try {
      const { redirectTo } = await api.post<{ redirectTo: string | null }>('/auth/logout');
      // Signed in through the identity provider: end the session there as well.
      if (redirectTo) window.location.assign(redirectTo);
      return redirectTo;
    } finally {
      setMe(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onExpired = () => setMe(null);
    window.addEventListener('radsrom:unauthenticated', onExpired);
    return () => window.removeEventListener('radsrom:unauthenticated', onExpired);
  }, [refresh]);

  return (
    <AuthContext.Provider value={{ me, checked, refresh, logout }}>{children}</AuthContext.Provider>
  );
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user; only use below <RequireAuth>. */
export function useMe(): TMeResponse {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a user');
  return me;
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, checked } = useAuth();
  const location = useLocation();
  if (!checked) return <PageTitle>Laster …</PageTitle>;
  if (!me) {
    const next = location.pathname + location.search;
    return (
      <Navigate to={`/login${next !== '/' ? `?neste=${encodeURIComponent(next)}` : ''}`} replace />
    );
  }
  return <>{children}</>;
}
