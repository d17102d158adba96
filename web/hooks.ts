import { useCallback, useEffect, useState } from 'react';
import { api } from './api.ts';

export type Loaded<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
  setData: (value: T) => void;
};

/** Loads GET /api{path}; reloads when the path changes. A null path loads nothing. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(path !== null);

  const reload = useCallback(async () => {
    if (path === null) return;
    setLoading(true);
    try {
      setData(await api.get<T>(path));
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [path]);

  useEffect(() => {
    setData(undefined);
    void reload();
  }, [reload]);

  return { data, error, loading, reload, setData };
}

/** Sets the browser tab title: "Side – Rådsrom". */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} – Rådsrom` : 'Rådsrom';
  }, [title]);
}
