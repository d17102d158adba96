import { eq } from 'drizzle-orm';
import { aggregateHrcs } from '../../../core/monitor/hrcs-aggregate.ts';
import { readHrcsPortfolio } from '../../../core/monitor/hrcs-portfolio.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { hrcsPortfolios, hrcsProjects } from '../../db/monitor-schema.ts';
import { invalid } from '../../errors.ts';
import { saveDatasetVersion } from './cube-store.ts';

/** The three aggregates a portfolio becomes, each a dataset indicators can draw on. */
const AGGREGATES = {
  byHealthCategory: 'etter helsekategori og år',
  byActivityGroup: 'etter forskningsaktivitet og år',
  categoryByActivity: 'helsekategori × forskningsaktivitet',
} as const;

export type PortfolioImport = {
  title: string;
  fileName: string;
  table: { columns: string[]; rows: string[][] };
  isDemo?: boolean;
  sourceText?: string;
};

/**
 * Reads an HRCS-coded portfolio, refuses it whole while any row breaks the HRCS rules (every
 * problem with its row), and otherwise stores its projects and its aggregates as datasets.
 */
export async function importHrcsPortfolio(
  db: Db,
  userId: string | null,
  councilId: string,
  portfolio: PortfolioImport,
): Promise<{ portfolioId: string; projects: number; datasetIds: Record<string, string> }> {
  const title = portfolio.title.trim();
  if (title.length < 2) throw invalid('Gi porteføljen en tittel.', { field: 'title' });
  const { projects, problems } = readHrcsPortfolio(portfolio.table);
  if (problems.length > 0) {
    throw invalid('Porteføljen har rader som bryter HRCS-reglene. Ingenting er lagret.', {
      problems,
    });
  }
  if (projects.length === 0) throw invalid('Porteføljen har ingen prosjekter.');
  const aggregates = aggregateHrcs(projects, { source: title });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(hrcsPortfolios)
      .values({
        councilId,
        title,
        fileName: portfolio.fileName,
        isDemo: portfolio.isDemo ?? false,
        createdBy: userId,
      })
      .returning({ id: hrcsPortfolios.id });
    if (!row) throw new Error('insert returned nothing');
    await tx.insert(hrcsProjects).values(
      projects.map((p) => ({
        councilId,
        portfolioId: row.id,
        projectCode: p.projectCode,
        title: p.title,
        funder: p.funder,
        sector: p.sector,
        year: p.year,
        amount: p.amount.toFixed(2),
        healthCategories: p.health,
        researchActivities: p.activities,
      })),
    );
    const datasetIds: Record<string, string> = {};
    for (const [key, suffix] of Object.entries(AGGREGATES)) {
      const cube = aggregates[key as keyof typeof AGGREGATES];
      const saved = await saveDatasetVersion(
        tx,
        userId,
        {
          councilId,
          title: `${title}: ${suffix}`,
          description: cube.note.join(' '),
          source: 'hrcs',
          sourceText:
            portfolio.sourceText ?? `Tallgrunnlaget er porteføljen «${title}», HRCS-kodet.`,
          isDemo: portfolio.isDemo ?? false,
        },
        cube,
        portfolio.fileName,
      );
      datasetIds[key] = saved.datasetId;
    }
    await tx.update(hrcsPortfolios).set({ datasetIds }).where(eq(hrcsPortfolios.id, row.id));
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'monitor_hrcs_portfolio',
      entityId: row.id,
      action: 'import',
      changes: { title, fileName: portfolio.fileName, projects: projects.length, datasetIds },
    });
    return { portfolioId: row.id, projects: projects.length, datasetIds };
  });
}
