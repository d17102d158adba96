import { useEffect, useState } from 'react';
import { type Loaded, useApi } from '../../hooks.ts';

/**
 * `useApi` that keeps showing the last answer while the next one loads, so a filter that
 * changes the result does not empty the page (and take away the control that has focus).
 * `fresh` is the answer to the current path only, for announcing it once it arrives.
 */
export function useKeptApi<T>(path: string | null): Loaded<T> & { fresh: T | undefined } {
  const loaded = useApi<T>(path);
  const [kept, setKept] = useState<T>();
  useEffect(() => {
    if (loaded.data !== undefined) setKept(loaded.data);
  }, [loaded.data]);
  return { ...loaded, data: loaded.data ?? (path === null ? undefined : kept), fresh: loaded.data };
}
