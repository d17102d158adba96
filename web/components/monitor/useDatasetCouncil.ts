import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { useMe } from '../../auth.tsx';
import type { TDataset } from '../../types.ts';

/**
 * The council a dataset belongs to. The dataset's own answer does not name it, so the
 * signed-in person's councils (usually one) are asked which of them holds the dataset.
 */
export function useDatasetCouncil(
  datasetId: string | undefined,
  known?: string,
): string | undefined {
  const me = useMe();
  const [found, setFound] = useState<string>();
  const councilIds = me.councils.map((c) => c.id).join(',');

  useEffect(() => {
    if (known || !datasetId) return;
    let stale = false;
    setFound(undefined);
    void (async () => {
      for (const councilId of councilIds.split(',').filter(Boolean)) {
        const list = await api
          .get<TDataset[]>(`/councils/${councilId}/monitor/datasets`)
          .catch(() => []);
        if (stale) return;
        if (list.some((d) => d.id === datasetId)) {
          setFound(councilId);
          return;
        }
      }
    })();
    return () => {
      stale = true;
    };
  }, [datasetId, councilIds, known]);

  return known ?? found;
}
