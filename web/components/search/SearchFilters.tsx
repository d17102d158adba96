import { Button, Details, Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { useId, useSyncExternalStore } from 'react';
import type { TFacetValue, TSearchFacets } from '../../types.ts';
import {
  activeFilters,
  type FilterKey,
  type Filters,
  kindLabel,
  type SearchState,
  valueLabel,
  yearText,
} from './searchParams.ts';

/** Below this width the filters fold away above the hits (see search.css). */
const NARROW = '(max-width: 52rem)';

function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

/**
 * Filters built from the facets of the current result, each a select whose options carry their
 * counts ("2021 (14)"). A change applies at once; focus stays where it was. On a narrow screen
 * they fold into "Avgrens søket" so the hits are not a screen away.
 */
export function SearchFilters({
  state,
  facets,
  onChange,
}: {
  state: SearchState;
  facets: TSearchFacets | undefined;
  onChange: (changes: Filters) => void;
}) {
  const id = useId();
  const narrow = useNarrow();
  const headingId = `${id}-heading`;
  const toggleId = `${id}-toggle`;
  const { filters } = state;
  const active = activeFilters(filters, facets);
  const label = (key: Exclude<FilterKey, 'yearFrom' | 'yearTo'>) => (value: string) =>
    valueLabel(key, value, facets);

  const { yearFrom, yearTo } = filters;
  const yearValue = yearFrom && yearFrom === yearTo ? yearFrom : yearFrom || yearTo ? 'range' : '';
  const years = [...(facets?.year ?? [])].sort((a, b) => b.value.localeCompare(a.value));

  function remove(keys: FilterKey[]) {
    onChange(Object.fromEntries(keys.map((k) => [k, undefined])));
    // The button goes away with the filter; the heading (or the fold) of the filters takes focus.
    document.getElementById(narrow ? toggleId : headingId)?.focus();
  }

  const fields = (
    <>
      {active.length > 0 && (
        <div className="active-filters">
          <Heading level={3} data-size="2xs">
            Valgte filtre
          </Heading>
          <ul>
            {active.map((f) => (
              <li key={f.keys.join()}>
                <span>
                  {f.name}: <strong>{f.value}</strong>
                </span>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  aria-label={`Fjern filteret ${f.name}: ${f.value}`}
                  onClick={() => remove(f.keys)}
                >
                  Fjern
                </Button>
              </li>
            ))}
          </ul>
          {active.length > 1 && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => remove(active.flatMap((f) => f.keys))}
            >
              Fjern alle filtre
            </Button>
          )}
        </div>
      )}
      <FacetSelect
        id={`${id}-kind`}
        label="Dokumenttype"
        all="Alle dokumenttyper"
        facet={facets?.kind}
        value={filters.kind}
        labelOf={kindLabel}
        onChange={(kind) => onChange({ kind })}
      />
      <Field>
        <Label htmlFor={`${id}-year`}>År</Label>
        <Select
          id={`${id}-year`}
          value={yearValue}
          onChange={(e) => {
            const y = e.target.value;
            if (y !== 'range') onChange({ yearFrom: y || undefined, yearTo: y || undefined });
          }}
        >
          <Select.Option value="">Alle år</Select.Option>
          {yearValue === 'range' && (
            <Select.Option value="range">{yearText(filters)}</Select.Option>
          )}
          {yearValue && yearValue !== 'range' && !years.some((y) => y.value === yearValue) && (
            <Select.Option value={yearValue}>{yearValue}</Select.Option>
          )}
          {years.map((y) => (
            <Select.Option key={y.value} value={y.value}>
              {optionText(y.label || y.value, y.count)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <FacetSelect
        id={`${id}-council`}
        label="Råd"
        all="Alle råd"
        facet={facets?.council}
        value={filters.councilId}
        labelOf={label('councilId')}
        onChange={(councilId) => onChange({ councilId, meetingId: undefined })}
      />
      <FacetSelect
        id={`${id}-meeting`}
        label="Møte"
        all="Alle møter"
        facet={facets?.meeting}
        value={filters.meetingId}
        labelOf={label('meetingId')}
        onChange={(meetingId) => onChange({ meetingId })}
      />
      <FacetSelect
        id={`${id}-case-type`}
        label="Type sak"
        all="Alle typer"
        facet={facets?.caseType}
        value={filters.caseType}
        labelOf={label('caseType')}
        onChange={(caseType) => onChange({ caseType })}
      />
      <FacetSelect
        id={`${id}-decision`}
        label="Har vedtak"
        all="Med og uten vedtak"
        facet={facets?.hasDecision}
        value={filters.hasDecision}
        labelOf={label('hasDecision')}
        onChange={(hasDecision) => onChange({ hasDecision })}
      />
      <FacetSelect
        id={`${id}-person`}
        label="Person"
        description="Saksbehandler"
        all="Alle personer"
        facet={facets?.person}
        value={filters.person}
        labelOf={label('person')}
        onChange={(person) => onChange({ person })}
      />
    </>
  );
  const count = active.length > 0 ? ` (${active.length} valgt)` : '';

  return (
    <section
      aria-labelledby={headingId}
      className={narrow ? 'search-filters search-filters--folded' : 'search-filters'}
    >
      <form onSubmit={(e) => e.preventDefault()}>
        {narrow ? (
          <Details>
            <Details.Summary id={toggleId}>
              <span id={headingId}>Avgrens søket{count}</span>
            </Details.Summary>
            <Details.Content>
              <div className="stack">{fields}</div>
            </Details.Content>
          </Details>
        ) : (
          <div className="stack">
            <Heading level={2} data-size="sm" id={headingId} tabIndex={-1}>
              Avgrens søket
            </Heading>
            {fields}
          </div>
        )}
      </form>
    </section>
  );
}

const optionText = (label: string, count: number | null) =>
  count === null ? label : `${label} (${count})`;

function FacetSelect({
  id,
  label,
  description,
  all,
  facet,
  value,
  labelOf,
  onChange,
}: {
  id: string;
  label: string;
  description?: string;
  all: string;
  facet: TFacetValue[] | undefined;
  value: string | undefined;
  labelOf: (value: string) => string;
  onChange: (value: string | undefined) => void;
}) {
  const options: { value: string; label: string; count: number | null }[] = (facet ?? []).map(
    (f) => ({ value: f.value, label: labelOf(f.value) || f.label, count: f.count }),
  );
  // The chosen value stays choosable even when the result no longer counts it.
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: labelOf(value), count: null });
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <Select.Option value="">{all}</Select.Option>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {optionText(o.label, o.count)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
