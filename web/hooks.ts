import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
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

/** How long a page may take to render the element a link's fragment names. */
const HASH_WAIT_MS = 8000;

/**
 * Opens the page at the element the URL's fragment names ("#section-background"), as a search
 * hit links to: once `ready` (the page's data has loaded) and the element exists, scrolls to it,
 * moves focus to it and marks it with `data-hash-target` for a visible highlight. A client-side
 * navigation does not update CSS `:target`, hence the attribute. Runs once per navigation.
 */
export function useScrollToHash(ready: boolean) {
  const { hash, key } = useLocation();
  const done = useRef<string | null>(null);

  useEffect(() => {
    if (!ready || hash.length < 2 || done.current === key) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const started = performance.now();
    let frame = 0;
    const attempt = () => {
      const target = document.getElementById(id);
      if (target) {
        done.current = key;
        revealTarget(target);
      } else if (performance.now() - started < HASH_WAIT_MS) {
        frame = window.requestAnimationFrame(attempt);
      }
    };
    attempt();
    return () => window.cancelAnimationFrame(frame);
  }, [ready, hash, key]);
}

function revealTarget(target: HTMLElement) {
  for (const old of document.querySelectorAll('[data-hash-target]')) {
    old.removeAttribute('data-hash-target');
  }
  target.setAttribute('data-hash-target', '');
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  // Like a followed anchor: straight there, the target's top at the top of the window.
  target.scrollIntoView({ block: 'start' });
}

/**
 * Filters kept in the address, so a filtered list can be linked to and reloaded: the values
 * applied (from the address), the form being edited, and submit/reset that write the address.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<
    K,
    string
  >;
  /** The applied filters that have a value, as a query string's parameters. */
  const query = new URLSearchParams(
    keys.flatMap((k) => (applied[k] ? [[k, applied[k]] as [string, string]] : [])),
  );
  const [form, setForm] = useState(applied);
  const set = (key: K) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const k of keys) if (form[k].trim()) next.set(k, form[k].trim());
    setParams(next);
  }

  function reset() {
    setForm(Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>);
    setParams(new URLSearchParams());
  }

  return { params, query, form, set, submit, reset };
}
