import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isUniqueViolation } from './db/unique-violation.ts';
import { AppError } from './errors.ts';

const FIELD_NAMES: Record<string, string> = {
  date: 'dato',
  startTime: 'starttid',
  endTime: 'sluttid',
  title: 'tittel',
  email: 'e-post',
  password: 'passord',
  name: 'navn',
  shortName: 'kortnavn',
  caseTypes: 'type sak',
  link: 'lenke',
  room: 'rom',
  address: 'adresse',
  locationKind: 'type møte',
  organisation: 'organisasjon',
  ministry: 'departement',
  role: 'rolle',
  periodStart: 'periodestart',
  periodEnd: 'periodeslutt',
  addressee: 'til',
  sender: 'fra',
  caseOfficerIds: 'saksbehandlere',
  previouslyHandledCaseIds: 'tidligere behandlet',
  previouslyHandledText: 'eldre saksnummer',
  background: 'bakgrunn',
  reason: 'hvorfor saken fremmes',
  mainPoints: 'hovedpunkter',
  proposedDecision: 'forslag til vedtak',
  caseIds: 'saksliste',
  toMeetingId: 'møte',
  status: 'status',
  version: 'versjon',
  stakeholders: 'berørte parter',
  exemptionBasis: 'hjemmel for unntak fra offentlighet',
  aliases: 'alias',
  organisationName: 'organisasjon',
  organisationId: 'organisasjon',
  intoOrganisationId: 'organisasjon',
  kind: 'type',
  note: 'merknad',
  ground: 'grunnlag',
  disqualified: 'inhabil',
  interestsPublic: 'offentlige interesser',
  userId: 'person',
  result: 'det som ble funnet',
  description: 'beskrivelse',
  responsible: 'ansvarlig',
  startDate: 'startdato',
  endDate: 'sluttdato',
  comments: 'kommentarer',
  results: 'oppfølging og resultater',
  overallGoal: 'overordnet mål',
  subGoals: 'delmål',
  qualification: 'kvalifiseringsskjema',
  referenceGroup: 'referansegruppe',
  evidence: 'dokumentasjon',
  contributors: 'medvirkende',
  priority: 'prioritet',
  measureId: 'tiltak',
  areaId: 'område',
  activityId: 'aktivitet',
  caseId: 'sak',
  reference: 'referanse',
  launch: 'lansering',
  councilInput: 'rådets innspill',
  inputDate: 'dato for innspill',
  deadline: 'høringsfrist',
  reminderDays: 'dager før påminnelse',
  proposedFollowUp: 'forslag til oppfølging',
  workingGroup: 'arbeidsgruppe',
  links: 'lenker',
  summary: 'sammendrag',
  body: 'tekst',
  sentOn: 'sendt',
  policyDocumentId: 'dokument',
  slug: 'adresse',
  datasetId: 'datasett',
  spec: 'figuroppsett',
  theme: 'tema',
  sectors: 'sektorer',
  planAreaIds: 'områder i planene',
  planMeasureIds: 'tiltak i planene',
  tableId: 'tabellnummer',
  selection: 'utvalg',
  footnotes: 'fotnoter',
  warnings: 'advarsler',
  sourceText: 'kildelinje',
  definitions: 'definisjoner',
  intro: 'ingress',
  blocks: 'innhold',
  dimensions: 'dimensjoner',
  value: 'verdikolonne',
  unit: 'enhet',
};

/** Every error leaves as { error: { code, message, details? } } with a Norwegian message. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    return reply
      .code(error.statusCode)
      .send({ error: { code: error.code, message: error.message, details: error.details } });
  }
  if (isUniqueViolation(error)) {
    return reply.code(409).send({
      error: {
        code: 'conflict',
        message: 'Noen andre endret det samme samtidig. Last siden på nytt og prøv igjen.',
      },
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((issue) => {
      const key = issue.instancePath.split('/').filter(Boolean)[0] ?? '';
      return { field: key, message: `${FIELD_NAMES[key] ?? key}: ${issue.message}` };
    });
    return reply.code(400).send({
      error: {
        code: 'invalid',
        message: `Noe i skjemaet er ikke gyldig: ${fields.map((f) => f.message).join('; ')}`,
        details: { fields },
      },
    });
  }
  // A JSON body over the body limit is text, not a file: say so.
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.code(413).send({
      error: {
        code: 'too_large',
        message:
          'Det du sendte er for stort. Gjør teksten kortere eller del den opp, og prøv igjen.',
      },
    });
  }
  if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
    return reply.code(413).send({
      error: { code: 'too_large', message: 'Filen er for stor. Last opp en mindre fil.' },
    });
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
    return reply.code(415).send({
      error: { code: 'unsupported', message: 'Forespørselen har et format vi ikke tar imot.' },
    });
  }
  if (error.statusCode && error.statusCode < 500) {
    return reply
      .code(error.statusCode)
      .send({ error: { code: 'bad_request', message: 'Forespørselen kunne ikke behandles.' } });
  }
  request.log.error(error);
  return reply
    .code(500)
    .send({ error: { code: 'internal', message: 'Noe gikk galt hos oss. Prøv igjen senere.' } });
}
