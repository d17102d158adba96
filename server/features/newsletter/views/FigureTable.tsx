import type { CSSProperties } from 'react';
import { formatNumber } from '../../../../core/monitor/format-number.ts';
import { type FigureContent, tableHeaders } from '../newsletter-content.ts';

/**
 * A figure's numbers as a table, so the page and the e-mail say the same without the picture.
 * In an e-mail the look is inline: mail programs drop stylesheets.
 */
export function FigureTable({ figure, email = false }: { figure: FigureContent; email?: boolean }) {
  const { data } = figure;
  const headers = tableHeaders(data);
  const unit = data.series.length > 1 && data.unit ? ` (${data.unit})` : '';
  const cell: CSSProperties | undefined = email
    ? { padding: '4px 8px', borderBottom: '1px solid #d2d2d2', textAlign: 'right' }
    : undefined;
  const rowHead: CSSProperties | undefined = email ? { ...cell, textAlign: 'left' } : undefined;
  return (
    <table
      className={email ? undefined : 'ds-table full-width'}
      style={email ? { borderCollapse: 'collapse', fontSize: '14px', margin: '8px 0' } : undefined}
    >
      <caption style={email ? { textAlign: 'left', fontWeight: 'bold' } : undefined}>
        Tallene i figuren{unit}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={rowHead}>
            {data.x.label}
          </th>
          {headers.map((h) => (
            <th scope="col" key={h.id} style={cell}>
              {h.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.x.categories.map((category, xi) => (
          <tr key={category.id}>
            <th scope="row" style={rowHead}>
              {category.label}
            </th>
            {data.series.map((s) => (
              <td key={s.id} style={cell}>
                {formatNumber(s.values[xi] ?? null, data.decimals, s.status[xi])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
