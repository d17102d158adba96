import { formatLongDate } from '../core/dates.ts';
import type { LocationKind, TMeeting } from './types.ts';

export const LOCATION_KIND_LABELS: Record<LocationKind, string> = {
  physical: 'Fysisk møte',
  digital: 'Digitalt møte',
  hybrid: 'Fysisk og digitalt (hybrid)',
};

/** "Møterom Abel, Drammensveien 288, Oslo" or "Digitalt". */
export function formatPlace(m: Pick<TMeeting, 'locationKind' | 'room' | 'address' | 'link'>) {
  const parts = [m.room, m.address].filter((p): p is string => Boolean(p));
  if (m.locationKind === 'digital')
    return parts.length ? `Digitalt (${parts.join(', ')})` : 'Digitalt';
  const place = parts.join(', ') || 'Sted ikke satt';
  return m.locationKind === 'hybrid' ? `${place} og digitalt` : place;
}

export function formatDate(iso: string | null | undefined) {
  return iso ? formatLongDate(iso) : '';
}

const shortDate = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatShortDate(iso: string | null | undefined) {
  return iso ? shortDate.format(new Date(`${iso}T00:00:00Z`)) : '';
}

const dateTime = new Intl.DateTimeFormat('nb-NO', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Oslo',
});

export function formatDateTime(iso: string) {
  return dateTime.format(new Date(iso));
}

export function formatBytes(size: number) {
  if (size < 1024) return `${size} byte`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} kB`;
  return `${(size / 1024 / 1024).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
}

/** Today's date in Oslo as YYYY-MM-DD. */
export function todayIso() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}
