import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { expectInOrder, pageTexts, readZipEntry, xmlText } from '../testing/read-documents.ts';
import { LONG_COMMENT, makePlanStatusInput, makePolicyOverviewInput } from './overview-fixtures.ts';
import type { PlanStatusInput } from './overview-input.ts';
import { activityText } from './overview-text.ts';
import { renderPlanStatusDocx } from './plan-status-docx.ts';
import { renderPlanStatusPdf } from './plan-status-pdf.ts';
import { renderPolicyOverviewDocx } from './policy-overview-docx.ts';
import { renderPolicyOverviewPdf } from './policy-overview-pdf.ts';

const PLAN_HEADER = 'Område Aktivitet Status og kommentarer Oppfølging og resultater';
const POLICY_HEADER =
  'Melding/strategi/NOU Innspill fra rådet Lansering Høring Forslag videre oppfølging';

/** Area titles, each followed by its activities, in plan order. */
function planNeedles(input: PlanStatusInput): string[] {
  return input.areas.flatMap((area) => [area.title, ...area.activities.map(activityText)]);
}

async function isLandscape(pdf: Uint8Array): Promise<boolean> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().every((page) => page.getWidth() > page.getHeight());
}

describe('plan status PDF', async () => {
  const input = makePlanStatusInput();
  const pdf = await renderPlanStatusPdf(input);
  const pages = await pageTexts(pdf);
  const all = pages.join(' ');

  it('opens with the heading, title, plan, council and date on landscape pages', async () => {
    expectInOrder(pages[0] ?? '', [
      'Vedlegg til sak 50/5/2026',
      'Møte 5/2026',
      'Status for aktiviteter i handlingsplanen',
      'Rådets handlingsplan 2026–2027 · HelseOmsorg21-rådet',
      'Generert 1.12.2026',
      PLAN_HEADER,
    ]);
    expect(await isLandscape(pdf)).toBe(true);
  });

  it('spans pages and repeats the header row on each of them', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const text of pages.slice(1)) {
      expect(text).toContain(PLAN_HEADER);
      expect(text).toContain('Vedlegg til sak 50/5/2026 · Status for aktiviteter');
    }
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} av ${pages.length}`);
    });
  });

  it('has every activity, grouped under its area in plan order', () => {
    expectInOrder(all, planNeedles(input));
    expectInOrder(all, [
      'Kunnskapsløft for kommunene',
      'Brev: Innspill til statsbudsjettet om forskning i kommunene',
      '4.1.2026 · Ansvarlig: Kari Nilsen',
      'Gjennomført Brev sendt HOD og KD 4.1.2026.',
      'Svar fra HOD februar 2026: departementet vil følge opp i tildelingsbrevene.',
      'Kliniske studier som en integrert del av helsetjenesten',
      'Seminar: Frokostseminar om pasientrekruttering',
      'Stanset Utsatt på grunn av streik. Ny dato avtales med NorCRIN.',
      'Oppfølging av rådets strategi',
      'Møte: Oppfølgingsmøte nr. 60 med aktørene i helsenæringen',
    ]);
  });

  it('splits a very long comment over pages without losing any of it', () => {
    const first = pages.findIndex((t) => t.includes('Runde 1:'));
    const last = pages.findIndex((t) => t.includes('Runde 14:'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    for (let i = 1; i <= 14; i++) expect(all).toContain(`Runde ${i}:`);
    expect(all).toContain('delta på lik linje med sykehusene.');
  });

  it('shows an area without activities, and text Helvetica cannot draw', () => {
    expect(all).toContain('Helsedata og digitalisering Ingen aktiviteter registrert.');
    expect(all).toContain('Rådet ber om at >= 5 % av studiene skjer i kommunene ?.');
  });
});

describe('plan status PDF, edge cases', () => {
  it('names the meeting when the overview is not attached to a case', async () => {
    const pages = await pageTexts(
      await renderPlanStatusPdf(makePlanStatusInput({ caseNumber: null })),
    );
    expect(pages[0]).toMatch(/^Møte 5\/2026 Status for aktiviteter/);
    expect(pages.join(' ')).not.toContain('Vedlegg');
  });

  it('survives symbols and emoji in every field and says when the plan is empty', async () => {
    const input = makePlanStatusInput({
      councilName: 'Rådet 🚀',
      planTitle: 'Plan ≥ 2026 ✓',
      areas: [
        {
          title: 'Data → innsikt 👩🏽‍⚕️',
          activities: [
            {
              description: 'Brev: Innspill om α-testing',
              kindLabel: 'Brev',
              statusLabel: 'Pågår ⏳',
              dates: '1.1.2026',
              responsible: 'Łukasz Nowak',
              comments: 'Svar ≤ 14 dager\u0007',
              results: '',
            },
          ],
        },
      ],
    });
    const all = (await pageTexts(await renderPlanStatusPdf(input))).join(' ');
    expectInOrder(all, [
      'Plan >= 2026 v · Rådet ?',
      'Data -> innsikt ?',
      'Brev: Innspill om alfa-testing',
      'Ansvarlig: Lukasz Nowak',
      'Pågår ? Svar <= 14 dager',
    ]);
    const empty = await pageTexts(await renderPlanStatusPdf(makePlanStatusInput({ areas: [] })));
    expect(empty.join(' ')).toContain('Handlingsplanen har ingen områder.');
  });

  it('does not repeat a kind the description already starts with', () => {
    const base = { statusLabel: '', dates: '', responsible: '', comments: '', results: '' };
    expect(activityText({ ...base, kindLabel: 'Brev', description: 'Brev: Kommentarer' })).toBe(
      'Brev: Kommentarer',
    );
    expect(activityText({ ...base, kindLabel: '', description: 'Kommentarer' })).toBe(
      'Kommentarer',
    );
  });
});

describe('plan status DOCX', async () => {
  const input = makePlanStatusInput();
  const docx = await renderPlanStatusDocx(input);
  const xml = readZipEntry(docx, 'word/document.xml');
  const body = xmlText(xml);

  it('is one landscape table whose header row repeats on every page', () => {
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    // Header, then one row per activity and one for the area without activities.
    expect(rows).toHaveLength(1 + 3 + 2 + 1 + 60);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(xmlText(rows[0] ?? '').trim()).toBe(PLAN_HEADER);
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
  });

  it('has the heading, every activity in plan order, and the full comments', () => {
    expectInOrder(body, [
      'Vedlegg til sak 50/5/2026',
      'Møte 5/2026',
      'Status for aktiviteter i handlingsplanen',
      'Rådets handlingsplan 2026–2027 · HelseOmsorg21-rådet',
      'Generert 1.12.2026',
      PLAN_HEADER,
    ]);
    expectInOrder(body, planNeedles(input));
    expect(body).toContain(LONG_COMMENT);
    expect(body).toContain('Helsedata og digitalisering Ingen aktiviteter registrert.');
    expect(body).toContain('Rådet ber om at ≥ 5 % av studiene skjer i kommunene 🎯.');
    expect(body).toContain('1.2.2026–30.6.2026 · Ansvarlig: Sekretariatet (Sigrid Holm)');
  });

  it('numbers pages with Word fields', () => {
    const footer = readZipEntry(docx, 'word/footer1.xml');
    expect(xmlText(footer)).toContain('Status for aktiviteter i handlingsplanen · Side');
    expect(footer).toContain('NUMPAGES');
  });
});

describe('policy overview PDF', async () => {
  const input = makePolicyOverviewInput();
  const pdf = await renderPolicyOverviewPdf(input);
  const pages = await pageTexts(pdf);
  const all = pages.join(' ');

  it('opens with the heading and repeats the header row on every page', async () => {
    expectInOrder(pages[0] ?? '', [
      'Vedlegg til sak 50/5/2026',
      'Oversikt meldinger og strategier',
      'HelseOmsorg21-rådet',
      'Generert 1.12.2026',
      POLICY_HEADER,
    ]);
    expect(pages.length).toBeGreaterThan(3);
    for (const text of pages.slice(1)) expect(text).toContain(POLICY_HEADER);
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} av ${pages.length}`);
    });
    expect(await isLandscape(pdf)).toBe(true);
  });

  it('has every entry in order, with changes tagged in words and the warning', () => {
    expectInOrder(
      all,
      input.rows.map((r) => r.title),
    );
    expectInOrder(all, [
      'Endret Meld. St. 21 (2024–2025) Helse for alle.',
      'Stortingsmelding · Helse- og omsorgsdepartementet Høringssvar, 2.5.2025 16.9.2025',
      'NOU 2025: 8 Kunnskapsgrunnlag for en helhetlig legemiddelpolitikk',
      'Merk: Fristen er passert uten innspill Ikke levert innspill Lansering i løpet av 2025 Høringsfrist 22.12.2025',
      'Ny Nasjonal strategi for persontilpasset medisin – revisjon',
      'Sekretariatet lager utkast til innspill (>= 2 sider) ?.',
      'Tiltaksplan for forskning og innovasjon i helse- og omsorgssektoren, del 62',
    ]);
    expect(all.match(/\bNy\b/g)).toHaveLength(1);
    expect(all.match(/\bEndret\b/g)).toHaveLength(1);
  });

  it('ends with the change count and the archived entries with their reasons', () => {
    expectInOrder(all, [
      'del 62',
      'Endringer siden forrige møte (22.10.2026): 1 ny, 1 endret, 2 arkiverte.',
      'Arkivert siden forrige møte',
      'Strategi for økt bruk av helsedata i forskning – Erstattet av den nye helsedatastrategien.',
      'Høring 2025/117 Høring om endringer i helseregisterloven – Høringssvar levert',
    ]);
  });

  it('says "Ingen." without archived entries and handles a first overview', async () => {
    const first = makePolicyOverviewInput({ archived: [], previousMeetingDate: null });
    const text = (await pageTexts(await renderPolicyOverviewPdf(first))).join(' ');
    expect(text).toContain('Arkivert siden forrige møte Ingen.');
    expect(text).toContain('Endringer siden forrige møte: ingen tidligere møte å sammenligne med.');
  });
});

describe('policy overview DOCX', async () => {
  const input = makePolicyOverviewInput();
  const docx = await renderPolicyOverviewDocx(input);
  const xml = readZipEntry(docx, 'word/document.xml');
  const body = xmlText(xml);

  it('is one landscape table with a repeated header row and a row per entry', () => {
    expect(xml).toContain('w:orient="landscape"');
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(1 + input.rows.length);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(xmlText(rows[0] ?? '').trim()).toBe(POLICY_HEADER);
  });

  it('has the entries, tags, warning, change count and archived entries in order', () => {
    expectInOrder(body, ['Oversikt meldinger og strategier', 'Generert 1.12.2026', POLICY_HEADER]);
    expectInOrder(
      body,
      input.rows.map((r) => r.title),
    );
    expectInOrder(body, [
      'Endret Meld. St. 21 (2024–2025)',
      'NOU 2025: 8',
      'Merk: Fristen er passert uten innspill',
      'Ny Nasjonal strategi for persontilpasset medisin – revisjon',
      '(≥ 2 sider) 📄.',
      'Endringer siden forrige møte (22.10.2026): 1 ny, 1 endret, 2 arkiverte.',
      'Arkivert siden forrige møte',
      'Strategi for økt bruk av helsedata i forskning – Erstattet av den nye helsedatastrategien.',
      'Høring 2025/117 Høring om endringer i helseregisterloven',
    ]);
    expect(body).toContain(LONG_COMMENT);
    expect(body.match(/\bNy\b/g)).toHaveLength(1);
  });

  it('says "Ingen." when nothing was archived', async () => {
    const empty = await renderPolicyOverviewDocx(makePolicyOverviewInput({ archived: [] }));
    expect(xmlText(readZipEntry(empty, 'word/document.xml'))).toContain(
      'Arkivert siden forrige møte Ingen.',
    );
  });
});
