import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ReactElement } from 'react';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { findCouncilByShortName } from '../public/load-public-statements.ts';
import { createPageCache } from '../public/page-cache.ts';
import { publicStylesheet, renderPage } from '../public/render-page.ts';
import { NotFoundView } from '../public/views/MinutesView.tsx';
import { listPublicNewsletters, loadPublicNewsletter } from './load-public-newsletters.ts';
import {
  confirmSubscription,
  subscribe,
  unsubscribe,
  unsubscribeState,
} from './subscriber-use-cases.ts';
import { NewsletterArchiveView, NewsletterView } from './views/NewsletterViews.tsx';
import {
  ConfirmView,
  SubscribeAnswerView,
  SubscribeErrorView,
  UnsubscribeAskView,
  UnsubscribedView,
  UnsubscribeUnknownView,
} from './views/SubscriptionViews.tsx';

const webRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
const hidden = { hide: true } as const;
const ZShortName = z.string().min(1).max(100);
const ZShortNameParams = z.object({ shortName: ZShortName });
const ZTokenQuery = z.object({ token: z.string().max(200).default('') });
/** A form posts a few fields; anything bigger is not ours. */
const FORM_BODY_LIMIT = 4 * 1024;

/**
 * An address as a person types it: trimmed and in lower case (one subscription per mailbox),
 * no line breaks anywhere (they could start a new mail header), at most 254 characters (RFC 5321).
 */
export function parseEmail(raw: unknown): { email: string } | { error: string } {
  const text = typeof raw === 'string' ? raw : '';
  const error = 'Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.';
  if (/[\r\n]/.test(text)) return { error };
  const parsed = z.string().trim().toLowerCase().max(254).email().safeParse(text);
  return parsed.success ? { email: parsed.data } : { error };
}

const field = (body: unknown, name: string): unknown =>
  body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;

/** The newsletter in public: its pages, and subscribing with double opt-in. */
export async function newsletterPublicRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, mailer, config } = app.deps;
  const stylesheet = publicStylesheet(webRoot);
  const cached = createPageCache(db).route;
  const html = (reply: FastifyReply, title: string, view: ReactElement) =>
    reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', reply.getHeader('Cache-Control') ?? 'no-cache')
      .send(renderPage(view, { title, stylesheet }));
  // Pages reached by a personal link are kept by nobody, and indexed by no search engine.
  const personal = (reply: FastifyReply) =>
    reply.header('Cache-Control', 'no-store').header('X-Robots-Tag', 'noindex');

  // Plain HTML forms post urlencoded bodies; Fastify has no parser for them. Only here.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

  api.setErrorHandler((error: FastifyError, request, reply) => {
    const notFound = error instanceof AppError && error.statusCode === 404;
    if (notFound || error.validation) {
      const message = notFound ? error.message : 'Adressen peker ikke til noe vi har.';
      return html(reply.code(404), 'Fant ikke siden', <NotFoundView message={message} />);
    }
    if (error.statusCode && error.statusCode < 500) {
      const message = 'Vi kunne ikke lese det du sendte. Gå tilbake og prøv igjen.';
      return html(reply.code(error.statusCode), 'Noe var galt', <NotFoundView message={message} />);
    }
    request.log.error(error);
    const message = 'Noe gikk galt hos oss. Prøv igjen om litt.';
    return html(reply.code(500), 'Noe gikk galt', <NotFoundView message={message} />);
  });

  api.get(
    '/public/:shortName/monitor/nyhetsbrev',
    { schema: { ...hidden, params: ZShortNameParams }, ...cached },
    async (request, reply) => {
      const { council, newsletters } = await listPublicNewsletters(db, request.params.shortName);
      const view = <NewsletterArchiveView council={council} newsletters={newsletters} />;
      return html(reply, `Nyhetsbrev – ${council.name}`, view);
    },
  );

  api.get(
    '/public/:shortName/monitor/nyhetsbrev/:newsletterId',
    {
      schema: {
        ...hidden,
        params: z.object({ shortName: ZShortName, newsletterId: z.string().uuid() }),
      },
      ...cached,
    },
    async (request, reply) => {
      const { shortName, newsletterId } = request.params;
      const { council, newsletter } = await loadPublicNewsletter(db, shortName, newsletterId);
      return html(
        reply,
        newsletter.title,
        <NewsletterView council={council} newsletter={newsletter} />,
      );
    },
  );

  api.post(
    '/public/:shortName/monitor/abonner',
    { schema: { ...hidden, params: ZShortNameParams } },
    async (request, reply) => {
      const council = await findCouncilByShortName(db, request.params.shortName);
      const raw = field(request.body, 'email');
      const parsed = parseEmail(raw);
      if ('error' in parsed) {
        const email = typeof raw === 'string' ? raw.slice(0, 254) : '';
        const view = <SubscribeErrorView council={council} email={email} error={parsed.error} />;
        return html(reply.code(400), 'Abonner på nyhetsbrevet', view);
      }
      const mail = await subscribe(db, config.publicUrl, council, parsed.email);
      // Not awaited: how long the mail server takes must not tell who already subscribes.
      if (mail) {
        void mailer
          .send(mail)
          .catch((error: unknown) =>
            request.log.error({ error }, 'e-post for å bekrefte abonnement ble ikke sendt'),
          );
      }
      return html(personal(reply), 'Sjekk e-posten din', <SubscribeAnswerView council={council} />);
    },
  );

  api.get(
    '/public/:shortName/monitor/abonner/bekreft',
    { schema: { ...hidden, params: ZShortNameParams, querystring: ZTokenQuery } },
    async (request, reply) => {
      const council = await findCouncilByShortName(db, request.params.shortName);
      const outcome = await confirmSubscription(db, council.id, request.query.token);
      const status = outcome === 'unknown' ? 404 : outcome === 'expired' ? 410 : 200;
      const view = <ConfirmView council={council} outcome={outcome} />;
      return html(personal(reply).code(status), 'Bekreft abonnement', view);
    },
  );

  api.get(
    '/public/:shortName/monitor/avmeld',
    { schema: { ...hidden, params: ZShortNameParams, querystring: ZTokenQuery } },
    async (request, reply) => {
      const council = await findCouncilByShortName(db, request.params.shortName);
      const { token } = request.query;
      const state = await unsubscribeState(db, council.id, token);
      const view = <UnsubscribeAskView council={council} token={token} state={state} />;
      return html(personal(reply).code(state === 'unknown' ? 404 : 200), 'Meld deg av', view);
    },
  );

  // Our own button, and mail programs' one-click POST (RFC 8058: "List-Unsubscribe=One-Click").
  api.post(
    '/public/:shortName/monitor/avmeld',
    { schema: { ...hidden, params: ZShortNameParams, querystring: ZTokenQuery } },
    async (request, reply) => {
      const council = await findCouncilByShortName(db, request.params.shortName);
      const fromBody = field(request.body, 'token');
      const token = request.query.token || (typeof fromBody === 'string' ? fromBody : '');
      const state = await unsubscribe(db, council.id, token);
      if (state === 'unknown') {
        const view = <UnsubscribeUnknownView council={council} />;
        return html(personal(reply).code(404), 'Meld deg av', view);
      }
      return html(personal(reply), 'Du er meldt av', <UnsubscribedView council={council} />);
    },
  );
}
