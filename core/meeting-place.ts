export type LocationKind = 'physical' | 'digital' | 'hybrid';

export const LOCATION_KIND_LABELS: Record<LocationKind, string> = {
  physical: 'Fysisk møte',
  digital: 'Digitalt møte',
  hybrid: 'Fysisk og digitalt (hybrid)',
};

/** "Møterom Abel, Drammensveien 288, Oslo" or "Digitalt". */
export function formatPlace(m: {
  locationKind: LocationKind;
  room: string | null;
  address: string | null;
}): string {
  const parts = [m.room, m.address].filter((p): p is string => Boolean(p));
  if (m.locationKind === 'digital')
    return parts.length ? `Digitalt (${parts.join(', ')})` : 'Digitalt';
  const place = parts.join(', ') || 'Sted ikke satt';
  return m.locationKind === 'hybrid' ? `${place} og digitalt` : place;
}
