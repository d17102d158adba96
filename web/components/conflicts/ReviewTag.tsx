import { Tag } from '@digdir/designsystemet-react';
import type { TInterest } from '../../types.ts';

/** "Til gjennomgang" or "Gjennomgått"; the colour repeats the words. */
export function ReviewTag({ review }: { review: TInterest['review'] }) {
  return review === 'reviewed' ? (
    <Tag data-color="success" data-size="sm">
      Gjennomgått
    </Tag>
  ) : (
    <Tag data-color="warning" data-size="sm">
      Til gjennomgang
    </Tag>
  );
}
