import { formatNumber, MISSING_SYMBOL } from '../../../../core/monitor/format-number.ts';
import type { FigureData, FigureFilter } from '../../../../core/monitor/indicators.ts';

/** What the status symbols of a missing cell mean, as Statistics Norway explains them. */
export const STATUS_SYMBOLS: [string, string][] = [
  ['..', 'Tall mangler'],
  ['.', 'Ikke aktuelt'],
  [':', 'Vises ikke av personvernhensyn'],
];

/** Dimension labels come as the source writes them ("sektor"); a header starts upper-case. */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

/** The symbol each missing cell shows. */
function symbolsIn(data: FigureData): string[] {
  const found = new Set<string>();
  for (const s of data.series) {
    s.values.forEach((v, i) => {
      if (v === null) found.add(s.status[i] || MISSING_SYMBOL);
    });
  }
  const known = STATUS_SYMBOLS.map(([symbol]) => symbol);
  return [...known.filter((k) => found.has(k)), ...[...found].filter((f) => !known.includes(f))];
}

/**
 * The figure's numbers as a table, its accessible equivalent: x categories down, series across,
 * in a region that scrolls sideways on a narrow screen. The browser script swaps this whole
 * block when the reader changes the filters, so it is one component for both.
 */
export function FigureTable({ data, title }: { data: FigureData; title: string }) {
  const single = data.series.length === 1;
  const symbols = symbolsIn(data);
  return (
    <>
      <section
        className="monitor-table"
        aria-labelledby="monitor-table-caption"
        // A region that may scroll must be reachable by keyboard to scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region
        tabIndex={0}
      >
        <table className="ds-table" data-size="sm" data-testid="monitor-table">
          <caption id="monitor-table-caption">
            {title}
            {data.unit && <span className="monitor-table__unit"> ({data.unit})</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col">{capitalise(data.x.label)}</th>
              {data.series.map((s) => (
                <th key={s.id} scope="col" className="monitor-num">
                  {single ? capitalise(data.unit || s.label) : s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.x.categories.map((c, xi) => (
              <tr key={c.id}>
                <th scope="row">{c.label}</th>
                {data.series.map((s) => (
                  <td key={s.id} className="monitor-num">
                    {formatNumber(s.values[xi] ?? null, data.decimals, s.status[xi])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {symbols.length > 0 && (
        <dl className="monitor-symbols" aria-label="Tegnforklaring">
          {symbols.map((symbol) => (
            <div key={symbol}>
              <dt>{symbol}</dt>
              <dd>{STATUS_SYMBOLS.find(([s]) => s === symbol)?.[1] ?? 'Statustegn fra kilden'}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/**
 * The figure's filters as a plain GET form: a fieldset per dimension, checkboxes where several
 * categories may be shown, a select where one is. The submit button works without script; the
 * script redraws on every change as well.
 */
export function FigureFilterForm({ action, filters }: { action: string; filters: FigureFilter[] }) {
  return (
    <form action={action} method="get" className="monitor-filters" data-monitor-filters="">
      {filters.map((f, fi) => {
        const legendId = `monitor-filter-${fi}`;
        return (
          <fieldset key={f.dimension} className="ds-fieldset monitor-filter">
            <legend id={legendId} className="ds-label">
              {capitalise(f.label)}
            </legend>
            {f.multiple ? (
              <div
                className={
                  Math.max(...f.options.map((o) => o.label.length)) > 12
                    ? 'monitor-filter__options monitor-filter__options--list'
                    : 'monitor-filter__options'
                }
              >
                {f.options.map((o, oi) => {
                  const id = `${legendId}-${oi}`;
                  return (
                    <div key={o.id} className="ds-field" data-size="sm">
                      <input
                        id={id}
                        type="checkbox"
                        className="ds-input"
                        name={f.dimension}
                        value={o.id}
                        defaultChecked={o.selected}
                      />
                      <label htmlFor={id} className="ds-label" data-weight="regular">
                        {o.label}
                      </label>
                    </div>
                  );
                })}
              </div>
            ) : (
              <select
                className="ds-input"
                name={f.dimension}
                aria-labelledby={legendId}
                defaultValue={f.options.find((o) => o.selected)?.id}
              >
                {f.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </fieldset>
        );
      })}
      <button type="submit" className="ds-button" data-variant="primary">
        Oppdater figuren
      </button>
    </form>
  );
}
