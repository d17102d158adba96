import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { decimalsNeeded, formatNumber } from '../../../core/monitor/format-number.ts';
import type { TCubeSummary } from '../../types.ts';
import { count, roleLabel } from './monitorText.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

const FIRST_CATEGORIES = 6;

/** A sample cell's value as the file has it: every decimal it carries, Norwegian style. */
export const sampleValue = (value: number | null, status: string | null) =>
  formatNumber(value, value === null ? 0 : decimalsNeeded(value, 6), status);

/** "2020, 2021, 2022 … (12 i alt)". */
function firstCategories(dimension: TCubeSummary['dimensions'][number]) {
  const shown = dimension.categories.slice(0, FIRST_CATEGORIES).map((c) => c.label);
  return dimension.size > shown.length
    ? `${shown.join(', ')} … (${dimension.size.toLocaleString('nb-NO')} i alt)`
    : shown.join(', ');
}

/**
 * What a file (or a dataset's current version) holds: its dimensions with their sizes, the
 * count of cells and missing values, and the first cells as a reader would check them.
 */
export function CubeSummaryView({
  cube,
  level = 3,
  idPrefix,
}: {
  cube: TCubeSummary;
  level?: 2 | 3;
  idPrefix: string;
}) {
  return (
    <div className="monitor-cube" data-testid="cube-summary">
      <dl className="facts">
        {cube.label && (
          <>
            <dt>Tittel i filen</dt>
            <dd>{cube.label}</dd>
          </>
        )}
        {cube.source && (
          <>
            <dt>Kilde i filen</dt>
            <dd>{cube.source}</dd>
          </>
        )}
        <dt>Celler</dt>
        <dd>{cube.cells.toLocaleString('nb-NO')}</dd>
        <dt>Uten verdi</dt>
        <dd>{count(cube.missing, 'celle', 'celler')}</dd>
        <dt>Dimensjoner</dt>
        <dd>{cube.dimensions.length}</dd>
      </dl>

      <Heading level={level} data-size="xs" id={`${idPrefix}-dimensions`}>
        Dimensjoner
      </Heading>
      <ScrollRegion label="Dimensjonene">
        <Table zebra className="full-width" aria-labelledby={`${idPrefix}-dimensions`}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Dimensjon</Table.HeaderCell>
              <Table.HeaderCell scope="col">Id</Table.HeaderCell>
              <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kategorier</Table.HeaderCell>
              <Table.HeaderCell scope="col">De første kategoriene</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {cube.dimensions.map((d) => (
              <Table.Row key={d.id}>
                <Table.HeaderCell scope="row" className="row-header">
                  {d.label}
                </Table.HeaderCell>
                <Table.Cell>
                  <code>{d.id}</code>
                </Table.Cell>
                <Table.Cell>{roleLabel(d.role)}</Table.Cell>
                <Table.Cell className="monitor-number">{d.size.toLocaleString('nb-NO')}</Table.Cell>
                <Table.Cell>{firstCategories(d)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>

      {cube.sample.length > 0 && <SampleCells cube={cube} level={level} idPrefix={idPrefix} />}
    </div>
  );
}

function SampleCells({
  cube,
  level,
  idPrefix,
}: {
  cube: TCubeSummary;
  level: 2 | 3;
  idPrefix: string;
}) {
  const headingId = `${idPrefix}-sample`;
  return (
    <>
      <Heading level={level} data-size="xs" id={headingId}>
        De første cellene
      </Heading>
      <Paragraph data-size="sm" className="muted">
        Sjekk at tallene står på riktig plass: {count(cube.sample.length, 'celle', 'celler')} av{' '}
        {cube.cells.toLocaleString('nb-NO')}, i den rekkefølgen datasettet lagrer dem.
      </Paragraph>
      <ScrollRegion label="De første cellene">
        <Table zebra data-size="sm" aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              {cube.dimensions.map((d) => (
                <Table.HeaderCell key={d.id} scope="col">
                  {d.label}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="monitor-number">
                Verdi
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {cube.sample.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells have no id but their place
              <Table.Row key={i}>
                {cell.categories.map((label, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one per dimension, in order
                  <Table.Cell key={j}>{label}</Table.Cell>
                ))}
                <Table.Cell className="monitor-number">
                  {sampleValue(cell.value, cell.status)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </>
  );
}
