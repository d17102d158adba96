import { formatLongDate } from '../core/dates.ts';

export { formatPlace, LOCATION_KIND_LABELS } from '../core/meeting-place.ts';

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
