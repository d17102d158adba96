import type { InterestKind } from '../../core/conflicts.ts';
import type { Db } from '../db/client.ts';
import { recordAssessment } from '../features/conflicts/record-assessment.ts';
import { createInterest, reviewInterest } from '../features/interests/interests.ts';
import { createOrganisation } from '../features/interests/organisations.ts';
import type { DemoAssessment } from './demo-data.ts';

/** Organisations the demo members have interests in, with the aliases papers use for them. */
const DEMO_ORGANISATIONS = [
  { name: 'UiT Norges arktiske universitet', aliases: ['Universitetet i Tromsø', 'UiT'] },
  { name: 'Helse Midt-Norge', aliases: ['Helse Midt-Norge RHF'] },
  { name: 'Kreftforeningen', aliases: [] },
  { name: 'KS', aliases: ['Kommunesektorens organisasjon'] },
  { name: 'Legemiddelindustrien', aliases: ['LMI', 'Legemiddelindustriforeningen'] },
  { name: 'Norway Health Tech', aliases: ['NHT'] },
  { name: 'Funksjonshemmedes Fellesorganisasjon', aliases: ['FFO'] },
  { name: 'Folkehelseinstituttet', aliases: ['FHI'] },
  { name: 'OsloMet', aliases: ['OsloMet – storbyuniversitetet'] },
  { name: 'Helseinnovasjon AS', aliases: [] },
];

type DemoInterest = {
  email: string;
  organisation: string;
  kind: InterestKind;
  role: string;
  periodStart: string;
  /** Left for the secretariat to review, so the demo shows both states. */
  pending?: boolean;
};

export const DEMO_INTERESTS: DemoInterest[] = [
  {
    email: 'leder@radsrom.no',
    organisation: 'UiT Norges arktiske universitet',
    kind: 'employer',
    role: 'Professor',
    periodStart: '2010-08-01',
  },
  {
    email: 'medlem@radsrom.no',
    organisation: 'Helse Midt-Norge',
    kind: 'employer',
    role: 'Fagdirektør',
    periodStart: '2019-01-01',
  },
  {
    email: 'medlem@radsrom.no',
    organisation: 'Kreftforeningen',
    kind: 'board',
    role: 'Styremedlem',
    periodStart: '2022-06-01',
  },
  {
    email: 'k.haugen@example.no',
    organisation: 'KS',
    kind: 'employer',
    role: 'Avdelingsdirektør',
    periodStart: '2015-03-01',
  },
  {
    email: 'a.nilsen@example.no',
    organisation: 'Legemiddelindustrien',
    kind: 'employer',
    role: 'Fagdirektør',
    periodStart: '2018-09-01',
  },
  {
    email: 'a.nilsen@example.no',
    organisation: 'Norway Health Tech',
    kind: 'board',
    role: 'Styremedlem',
    periodStart: '2023-01-01',
  },
  {
    email: 'l.berg@example.no',
    organisation: 'Funksjonshemmedes Fellesorganisasjon',
    kind: 'position',
    role: 'Generalsekretær',
    periodStart: '2020-01-01',
  },
  {
    email: 'o.dahl@example.no',
    organisation: 'Folkehelseinstituttet',
    kind: 'employer',
    role: 'Avdelingsdirektør',
    periodStart: '2016-05-01',
  },
  {
    email: 'm.ruud@example.no',
    organisation: 'OsloMet',
    kind: 'employer',
    role: 'Professor',
    periodStart: '2012-08-01',
  },
  {
    email: 'm.ruud@example.no',
    organisation: 'Helseinnovasjon AS',
    kind: 'ownership',
    role: 'Aksjonær (20 %)',
    periodStart: '2021-02-01',
    pending: true,
  },
  {
    email: 'e.sande@example.no',
    organisation: 'KS',
    kind: 'employer',
    role: 'Seniorrådgiver',
    periodStart: '2017-01-01',
  },
];

/** Registers the demo organisations and interests, most of them reviewed. */
export async function seedDemoInterests(
  db: Db,
  actorId: string,
  councilId: string,
  userIds: ReadonlyMap<string, string>,
) {
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANISATIONS) {
    orgIds.set(org.name, (await createOrganisation(db, actorId, councilId, org)).id);
  }
  for (const interest of DEMO_INTERESTS) {
    const userId = userIds.get(interest.email);
    if (!userId) throw new Error(`demo interest for unknown ${interest.email}`);
    const id = await createInterest(db, userId, councilId, {
      userId,
      organisationId: orgIds.get(interest.organisation),
      kind: interest.kind,
      role: interest.role,
      periodStart: interest.periodStart,
      periodEnd: null,
    });
    if (!interest.pending) await reviewInterest(db, actorId, id, 1);
  }
}

/** Records the council's assessments for a demo case, as the chair would in the meeting. */
export async function seedDemoAssessments(
  db: Db,
  actorId: string,
  caseId: string,
  assessments: readonly DemoAssessment[],
  userIds: ReadonlyMap<string, string>,
) {
  for (const a of assessments) {
    await recordAssessment(db, actorId, caseId, userIds.get(a.email) ?? '', {
      disqualified: a.disqualified,
      ground: a.ground ?? null,
      reason: a.reason,
      version: 0,
    });
  }
}
