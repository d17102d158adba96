import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { useMe } from '../../auth.tsx';
import { useApi } from '../../hooks.ts';
import type { TCouncil, TImport } from '../../types.ts';

/**
 * The council an import belongs to. The import itself does not say, so look in the lists of
 * the councils this person can import into (usually one).
 */
export function useImportCouncil(importId: string, loaded: boolean) {
  const me = useMe();
  const councils = useApi<TCouncil[]>(loaded ? '/councils' : null);
  const [found, setFound] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    if (!councils.data) return;
    let live = true;
    const candidates = councils.data.filter(
      (c) =>
        me.isSystemAdmin ||
        me.councils
          .find((mc) => mc.id === c.id)
          ?.roles.some((r) => r === 'admin' || r === 'secretariat'),
    );
    (async () => {
      for (const c of candidates) {
        const list = await api.get<TImport[]>(`/councils/${c.id}/imports`).catch(() => []);
        if (!live) return;
        if (list.some((i) => i.id === importId)) {
          setFound({ id: c.id, name: c.name });
          return;
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [councils.data, me, importId]);
  return found;
}
