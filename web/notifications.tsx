import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { api } from './api.ts';
import { useAuth } from './auth.tsx';
import type { TNotification } from './types.ts';

type NotificationState = {
  items: TNotification[] | undefined;
  error: unknown;
  unread: number;
  reload: () => Promise<void>;
  markRead: (id: string) => Promise<void>;
};

const NotificationContext = createContext<NotificationState | null>(null);
const POLL_MS = 60_000;

/** The signed-in user's in-app notices, refreshed on navigation and once a minute. */
export function NotificationProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const { pathname } = useLocation();
  const [items, setItems] = useState<TNotification[]>();
  const [error, setError] = useState<unknown>();
  const signedIn = me !== null;

  const reload = useCallback(async () => {
    if (!signedIn) return;
    try {
      setItems(await api.get<TNotification[]>('/notifications'));
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, [signedIn]);

  const markRead = useCallback(async (id: string) => {
    await api.post<void>(`/notifications/${id}/read`);
    setItems((list) => list?.map((n) => (n.id === id ? { ...n, read: true } : n)));
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh on every page change
  useEffect(() => {
    if (!signedIn) {
      setItems(undefined);
      return;
    }
    void reload();
    const timer = window.setInterval(() => void reload(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [signedIn, reload, pathname]);

  const unread = items?.filter((n) => !n.read).length ?? 0;
  return (
    <NotificationContext.Provider value={{ items, error, unread, reload, markRead }}>
      {children}
    </NotificationContext.Provider>
  );
}

export function useNotifications(): NotificationState {
  const state = useContext(NotificationContext);
  if (!state) throw new Error('useNotifications outside NotificationProvider');
  return state;
}
