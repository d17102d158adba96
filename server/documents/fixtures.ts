import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { CaseType } from '../../core/case-types.ts';
import type { AttachmentInfo, CasePaperInput, MeetingBookInput } from './input.ts';

/**
 * Test and benchmark data: a meeting with realistic case papers (own wording, shaped like the
 * council's) and generated attachment PDFs. Shared by documents.test.ts and bench/meeting-book.ts.
 */

export type FixtureOptions = {
  cases?: number;
  pdfAttachmentsPerCase?: number;
  pagesPerAttachment?: number;
  /** Adds a damaged PDF to the third case. */
  corruptAttachment?: boolean;
  /** Adds a Word file to the third case, which the book only mentions. */
  docxAttachment?: boolean;
  /** Called on every attachment load, so callers can check attachments load lazily and once. */
  onLoad?: (attachment: AttachmentInfo) => void;
};

type Topic = {
  title: string;
  types: CaseType[];
  background: string;
  reason: string;
  mainPoints: string;
  decision: string;
};

const STANDING: Topic[] = [
  {
    title: 'Godkjenning av innkalling og saksliste',
    types: ['decision'],
    background: '<p>Innkallingen med saksliste ble sendt medlemmene to uker før møtet.</p>',
    reason: '<p>Innkallingen og sakslisten legges fram slik at rådet kan godkjenne dem.</p>',
    mainPoints: '',
    decision: '<p>Innkalling og saksliste godkjennes.</p>',
  },
  {
    title: 'Spørsmål om habilitet',
    types: ['decision'],
    background:
      '<p>Rådet vurderer habilitet for hver sak i hvert møte, etter både de <em>automatiske</em> og de <em>skjønnsmessige</em> reglene i forvaltningsloven § 6.</p><p>Vurderingen og hvordan den ble håndtert, føres i referatet.</p>',
    reason: '<p>Medlemmene bes melde fra om forhold som kan gjøre dem inhabile i en av sakene.</p>',
    mainPoints: '',
    decision: '<p>Ingen av medlemmene er inhabile i sakene på dette møtet.</p>',
  },
  {
    title: 'Godkjenning av referat fra møte 2/2025',
    types: ['decision'],
    background:
      '<p>Utkastet til referat gikk ut til medlemmene 2. juni, med merknadsfrist 11. juni.<br>Det kom inn to merknader, begge til sak 21/2/2025, og referatet er rettet etter dem.</p>',
    reason: '<p>Det rettede referatet legges fram for godkjenning.</p>',
    mainPoints: '',
    decision: '<p>Referatet godkjennes.</p>',
  },
  {
    title: 'Orienteringer fra sekretariatet og medlemmene',
    types: ['information'],
    background:
      '<p>Sekretariatet orienterer kort om dette siden forrige møte:</p><ul><li>Rådets innspill til <strong>Nasjonal helse- og samhandlingsplan</strong> er sendt og lagt ut på nettsiden.</li><li>Planleggingen av rådets to arrangementer under Arendalsuka er i rute.<ul><li>Panelet om prioriteringer er fulltegnet.</li><li>Det andre arrangementet mangler én innleder.</li></ul></li><li>Arbeidsgruppen om helsedata har hatt sitt første møte.</li></ul><p>Se også <a href="https://www.helseomsorg21.no/">helseomsorg21.no</a> og <a href="https://www.regjeringen.no/no/dokumenter/">oversikten over dokumenter</a>.</p>',
    reason: '<p>Rådet holdes løpende orientert om arbeid som pågår mellom møtene.</p>',
    mainPoints: '',
    decision: '<p>Tas til orientering.</p>',
  },
  {
    title: 'Oversikt over meldinger, strategier og høringer',
    types: ['information', 'discussion'],
    background:
      '<p>Tabellen viser dokumenter rådet følger med på, og hva som er gjort.</p><table><thead><tr><th>Dokument</th><th>Lansert</th><th>Rådets innspill</th><th>Høringsfrist</th></tr></thead><tbody><tr><td>Meld. St. om kliniske studier</td><td>14. mars 2025</td><td>Innspill sendt 2. april</td><td>–</td></tr><tr><td>NOU om helsepersonell i distriktene</td><td>3. februar 2025</td><td>Høringssvar under arbeid</td><td>1. september 2025</td></tr><tr><td>Strategi for helsenæringen</td><td>Ventes høsten 2025</td><td>Ikke aktuelt ennå</td><td>–</td></tr><tr><td colspan="4"><em>Oversikten oppdateres før hvert møte.</em></td></tr></tbody></table>',
    reason: '<p>Rådet bør drøfte hvilke av dokumentene det vil gi innspill til i høst.</p>',
    mainPoints:
      '<ol><li>Høringssvaret om helsepersonell i distriktene bør vektlegge kommunenes forskningskapasitet.</li><li>Sekretariatet lager et utkast som sendes rådet i august.</li></ol>',
    decision:
      '<p>Rådet ber sekretariatet lage utkast til høringssvar. [ ] og [ ] deltar i arbeidsgruppen.</p>',
  },
];

const THEMES = [
  'Kliniske studier i kommunehelsetjenesten',
  'Deling av helsedata til forskning',
  'Brukermedvirkning i forskning og innovasjon',
  'Innovative offentlige anskaffelser',
  'Kunnskapsløft for kommunene',
  'Teknologi og digitalisering i omsorgstjenestene',
  'Eksport av norske helseløsninger',
  'HelseOmsorg21-monitor: nye indikatorer',
  'Bærekraftig helsetjeneste og prioriteringer',
  'Handlingsplanen for rådet: status',
];

function themeTopic(theme: string, n: number): Topic {
  return {
    title: theme,
    types: n % 2 === 0 ? ['information', 'discussion'] : ['discussion', 'decision'],
    background: `<h2>Status</h2><p>Rådet satte <strong>${theme.toLowerCase()}</strong> opp som prioritert område i handlingsplanen. Referansegruppen har møttes tre ganger og har kartlagt hvem som arbeider med feltet, hva som mangler, og hvor rådet kan gjøre en forskjell.</p><p>Kartleggingen viser at mange aktører arbeider godt hver for seg, men at erfaringene sjelden deles på tvers av sektorene. Kommunene og næringslivet etterlyser særlig felles arenaer og enklere avtaler.</p><h3>Innspill fra referansegruppen</h3><ul><li>Kommunene trenger mer støtte til å delta i forskning.</li><li>Finansieringen bør følge pasienten på tvers av nivåene.</li><li>Resultater må gjøres kjent for dem som skal ta dem i bruk.</li></ul><p>En lengre adresse som må brytes: https://www.forskningsradet.no/om-forskningsradet/publikasjoner/2025/rapport-om-${n}-samhandling-og-forskning-i-kommunene/</p>`,
    reason: `<p>Arbeidet er kommet så langt at rådet bør gi retning for neste fase, før sekretariatet lager et utkast til tiltak (sak ${n}).</p>`,
    mainPoints:
      n % 3 === 0
        ? ''
        : '<ol><li>Rådet kan be om et møte med departementene om finansieringen.</li><li>Et åpent seminar i januar kan samle aktørene – også pasient- og brukerorganisasjonene.</li><li>Kostnader: anslått 350 000 kr, med β-test av verktøyet før sommeren 🙂.</li></ol>',
    decision: `<p>Rådet slutter seg til forslaget og ber sekretariatet følge opp arbeidet med ${theme.toLowerCase()}.</p>`,
  };
}

function topicFor(index: number): Topic {
  return (
    STANDING[index] ??
    themeTopic(THEMES[(index - STANDING.length) % THEMES.length] as string, index + 1)
  );
}

/** A plain multi-page PDF, standing in for an attachment uploaded by the secretariat. */
export async function makeAttachmentPdf(heading: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const text =
    'Dette er et vedlegg til saken. Det beskriver bakgrunnen, hva som er gjort, og hva som gjenstår. ' +
    'Teksten er fyll for å gi sidene et realistisk innhold med flere linjer og avsnitt.';
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(heading, { x: 60, y: 780, size: 16, font: bold });
    page.drawText(`Vedleggsside ${p} av ${pages}`, { x: 60, y: 758, size: 10, font });
    for (let line = 0; line < 36; line++) {
      page.drawText(text.slice((line * 7) % 60, ((line * 7) % 60) + 95), {
        x: 60,
        y: 720 - line * 17,
        size: 10,
        font,
      });
    }
    page.drawRectangle({ x: 60, y: 90, width: 200, height: 6, color: rgb(0.2, 0.4, 0.7) });
  }
  return doc.save();
}

const MEETING_NUMBER = '3/2025';
const FIRST_CASE = 30;

export async function makeMeetingBookInput(
  options: FixtureOptions = {},
): Promise<MeetingBookInput> {
  const count = options.cases ?? 15;
  const perCase = options.pdfAttachmentsPerCase ?? 2;
  const pages = options.pagesPerAttachment ?? 10;

  const cases: CasePaperInput[] = [];
  for (let i = 0; i < count; i++) {
    const topic = topicFor(i);
    const caseNumber = `${FIRST_CASE + i}/${MEETING_NUMBER}`;
    const attachments: AttachmentInfo[] = [];
    const add = (title: string, fileName: string, mediaType: string, bytes: Uint8Array) => {
      const attachment: AttachmentInfo = {
        number: attachments.length + 1,
        title,
        fileName,
        mediaType,
        load: async () => {
          options.onLoad?.(attachment);
          return bytes;
        },
      };
      attachments.push(attachment);
    };
    for (let a = 1; a <= perCase; a++) {
      const title = `${topic.title} – notat ${a}`;
      add(
        title,
        `notat-${a}.pdf`,
        'application/pdf',
        await makeAttachmentPdf(`Vedlegg ${a} til sak ${caseNumber}`, pages),
      );
    }
    if (i === 2 && options.docxAttachment) {
      add(
        'Merknader til referatet',
        'merknader.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        new Uint8Array([0x50, 0x4b, 3, 4]),
      );
    }
    if (i === 2 && options.corruptAttachment) {
      const good = await makeAttachmentPdf('Skadet', 2);
      add('Skadet skannet brev', 'skannet-brev.pdf', 'application/pdf', good.slice(0, 400));
    }
    cases.push({
      caseNumber,
      title: topic.title,
      caseTypes: topic.types,
      addressee: 'HelseOmsorg21-rådet',
      sender: 'Kari Nordmann, avdelingsdirektør',
      caseOfficers: i % 4 === 3 ? ['Per Hansen', 'Aisha Rahman'] : ['Per Hansen'],
      attachments,
      previouslyHandled:
        i >= STANDING.length ? [`${i + 2}/2/2025 ${topic.title}`, 'Sak 42/20 (møte 4/2020)'] : [],
      background: topic.background,
      reason: topic.reason,
      mainPoints: topic.mainPoints,
      proposedDecision: topic.decision,
    });
  }

  return {
    council: { name: 'HelseOmsorg21-rådet', shortName: 'HO21-rådet' },
    meeting: {
      number: MEETING_NUMBER,
      date: '2025-06-18',
      startTime: '10:00',
      endTime: '15:00',
      locationKind: 'hybrid',
      room: 'Møterom Abel, 2. etasje',
      address: 'Drammensveien 288, Oslo',
      link: 'https://zoom.us/j/123456789',
      status: 'notice_sent',
    },
    cases,
    generatedAt: new Date('2025-06-04T08:30:00Z'),
  };
}
