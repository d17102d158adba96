/**
 * A JSON-stat 2.0 dataset of one million cells for the monitor benchmark: region (10) × sector
 * (5) × funding source (8) × year (50) × measure (50), about one cell in fifty without a value
 * and marked "..", as statistics offices publish them.
 */
export const BENCH_DIMENSIONS = {
  Region: 10,
  Sektor: 5,
  Finansiering: 8,
  Tid: 50,
  ContentsCode: 50,
} as const;

export function benchJsonStat(): string {
  const ids = Object.keys(BENCH_DIMENSIONS);
  const size = Object.values(BENCH_DIMENSIONS);
  const dimension: Record<string, unknown> = {};
  for (const [id, n] of Object.entries(BENCH_DIMENSIONS)) {
    const codes = Array.from({ length: n }, (_, i) =>
      id === 'Tid' ? String(1975 + i) : `${id.toLowerCase()}${i}`,
    );
    dimension[id] = {
      label: id,
      category: {
        index: codes,
        label: Object.fromEntries(codes.map((c) => [c, `${id} ${c}`])),
        ...(id === 'ContentsCode'
          ? { unit: Object.fromEntries(codes.map((c) => [c, { label: 'mill. kr', decimals: 1 }])) }
          : {}),
      },
    };
  }
  const cells = size.reduce((a, b) => a * b, 1);
  const value: (number | null)[] = new Array(cells);
  const status: Record<string, string> = {};
  for (let i = 0; i < cells; i++) {
    if (i % 50 === 7) {
      value[i] = null;
      status[i] = '..';
    } else {
      value[i] = Math.round(((i * 7919) % 100_000) / 10) / 10;
    }
  }
  return JSON.stringify({
    version: '2.0',
    class: 'dataset',
    label: 'Benchmark: FoU-utgifter etter region, sektor, finansiering, år og mål',
    source: 'Rådsrom benchmark',
    id: ids,
    size,
    role: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
    dimension,
    value,
    status,
  });
}
