import { readFileSync } from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsletterSubscribers } from '../../db/monitor-schema.ts';
import { auditLog } from '../../db/schema.ts';
import type { ReceivedMail } from '../../mail/test-smtp-server.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.ts';
import { multipart } from '../../security/attack-kit.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TNewsletter, TSubscriberCounts } from './schema.ts';
import { SUBSCRIBER_ENTITY } from './subscriber-use-cases.ts';
import { NEUTRAL_ANSWER } from './views/SubscriptionViews.tsx';

let smtp: TestSmtpServer;
let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient;
let councilId: string;
const shortName = 'HO21-rådet';
const base = `/public/${encodeURIComponent(shortName)}/monitor`;

const page = (url: string) => server.app.inject({ method: 'GET', url });
const form = (url: string, fields: Record<string, string>) =>
  server.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
const subscribeAs = (email: string) => form(`${base}/abonner`, { email });
const counts = async (): Promise<TSubscriberCounts> =>
  (await secretariat.get(`/api/councils/${councilId}/monitor/subscribers`)).body;
const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
const linkIn = (mail: ReceivedMail | undefined, pattern: RegExp) => {
  const found = mail?.text.match(pattern)?.[0];
  if (!found) throw new Error(`no link matching ${pattern} in ${mail?.text}`);
  return new URL(found);
};
const confirmLinkIn = (mail: ReceivedMail | undefined) =>
  linkIn(mail, /https?:\/\/\S+\/abonner\/bekreft\?token=[\w-]+/);
/** Waits until `count` messages to `email` (or with `subject`) have come; 5 s at most each. */
async function waitForMails(email: string, count: number, subject?: string) {
  const matching = () =>
    smtp.messages.filter((m) => (subject ? m.subject === subject : m.to.includes(email)));
  while (matching().length < count) await smtp.waitFor(smtp.messages.length + 1);
  return matching();
}
/**
 * A request's e-mail goes out after its answer. To know that one was not sent, ask for another
 * and wait for that: what the earlier request decided to send was handed over before it.
 */
let sentinels = 0;
async function afterPendingMail() {
  const email = `vaktpost${++sentinels}@example.no`;
  await subscribeAs(email);
  await waitForMails(email, 1);
}

/** A dataset from a small JSON-stat file, and an indicator on it, through the monitor's API. */
async function createIndicator(slug: string, published: boolean): Promise<string> {
  const bytes = readFileSync(
    new URL('../../../core/monitor/fixtures/single-category.json', import.meta.url),
  );
  const upload = multipart(
    [{ name: 'file', fileName: 'fou-bnp.json', bytes }],
    secretariat.headers,
  );
  const staged = await server.app.inject({
    method: 'POST',
    url: `/api/councils/${councilId}/monitor/imports`,
    ...upload,
  });
  expect(staged.statusCode, staged.body).toBe(201);
  const draftId = staged.json().id;
  const dataset = await secretariat.post(`/api/monitor/imports/${draftId}/confirm`, {
    title: `FoU som andel av BNP (${slug})`,
    sourceText: 'SSB og OECD',
  });
  expect(dataset.status, JSON.stringify(dataset.body)).toBe(200);
  const indicator = await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, {
    datasetId: dataset.body.id,
    slug,
    title: 'Helse-FoU som andel av BNP',
    theme: 'resources',
    sourceText: 'SSB og OECD',
    published,
    spec: {
      xDimension: 'Tid',
      seriesDimension: null,
      filterDimensions: ['Tid'],
      fixed: { ContentsCode: 'AndelBNP', Land: 'NO' },
      defaultSelection: {},
      chartType: 'bar',
      unit: 'prosent',
      decimals: 2,
    },
  });
  expect(indicator.status, JSON.stringify(indicator.body)).toBe(201);
  return indicator.body.id;
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({ smtpUrl: smtp.url });
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('subscribing with double opt-in', () => {
  it('sends exactly one confirmation e-mail whose link confirms the address', async () => {
    const before = await counts();
    const res = await subscribeAs('Kari.Nordmann@Example.no');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(NEUTRAL_ANSWER);
    await waitForMails('kari.nordmann@example.no', 1);
    await afterPendingMail();
    const mails = mailsTo('kari.nordmann@example.no');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Bekreft at du vil ha nyhetsbrevet fra HelseOmsorg21-rådet');
    expect(await counts()).toMatchObject({ pending: before.pending + 2 });

    const link = confirmLinkIn(mails[0]);
    expect(link.origin).toBe(server.url);
    const confirmed = await page(`${link.pathname}${link.search}`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Abonnementet er bekreftet');
    expect(confirmed.headers['cache-control']).toBe('no-store');
    expect(await counts()).toMatchObject({
      pending: before.pending + 1,
      confirmed: before.confirmed + 1,
    });
    const again = await page(`${link.pathname}${link.search}`);
    expect(again.body).toContain('Abonnementet er allerede bekreftet');
  });

  it('gives a new, a pending and a confirmed address the very same answer, and sends no second e-mail within 10 minutes', async () => {
    const fresh = await subscribeAs('ola@example.no');
    const pending = await subscribeAs('ola@example.no');
    const confirmed = await subscribeAs('kari.nordmann@example.no');
    for (const res of [fresh, pending, confirmed]) expect(res.statusCode).toBe(200);
    expect(pending.body).toBe(fresh.body);
    expect(confirmed.body).toBe(fresh.body);
    await afterPendingMail();
    expect(mailsTo('ola@example.no')).toHaveLength(1);
    expect(mailsTo('kari.nordmann@example.no')).toHaveLength(1);
  });

  it('refuses an address with a line break or without a domain, saying what is wrong', async () => {
    const before = await counts();
    for (const email of [
      'kari@example.no\r\nBcc: alle@example.no',
      'kari',
      `${'k'.repeat(300)}@example.no`,
    ]) {
      const res = await subscribeAs(email);
      expect(res.statusCode, email).toBe(400);
      expect(res.body).toContain('Skriv en gyldig e-postadresse');
      expect(res.body).not.toContain(NEUTRAL_ANSWER);
    }
    expect(await counts()).toEqual(before);
  });

  it('says clearly when a link is unknown or has expired, and sends a new one when asked again', async () => {
    const unknown = await page(`${base}/abonner/bekreft?token=${'x'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Lenken virker ikke');
    expect(unknown.body).toContain('name="email"');

    const old = confirmLinkIn(mailsTo('ola@example.no')[0]);
    // Eight days ago: both the link's 7 days and the 10-minute pause are over.
    await server.db
      .update(newsletterSubscribers)
      .set({ updatedAt: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000) })
      .where(eq(newsletterSubscribers.email, 'ola@example.no'));
    const expired = await page(`${old.pathname}${old.search}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('Lenken er utløpt');
    const [row] = await server.db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.email, 'ola@example.no'));
    expect(row?.status).toBe('pending');

    await subscribeAs('ola@example.no');
    const fresh = confirmLinkIn((await waitForMails('ola@example.no', 2))[1]);
    expect(fresh.search).not.toBe(old.search);
    expect((await page(`${old.pathname}${old.search}`)).statusCode).toBe(404);
    expect((await page(`${fresh.pathname}${fresh.search}`)).body).toContain(
      'Abonnementet er bekreftet',
    );
  });
});

describe('composing, publishing and sending', () => {
  let indicatorId: string;
  let letter: TNewsletter;

  beforeAll(async () => {
    indicatorId = await createIndicator('helse-fou-bnp', true);
    await subscribeAs('per.venter@example.no');
    await afterPendingMail();
  });

  it('refuses a figure of an unpublished indicator, and members may not write', async () => {
    const hidden = await createIndicator('skjult-fou', false);
    const res = await secretariat.post(`/api/councils/${councilId}/monitor/newsletters`, {
      title: 'Med skjult figur',
      blocks: [{ kind: 'figure', indicatorId: hidden, selection: {} }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Blokk 1: figuren må vise en publisert indikator/);
    const asMember = await member.post(`/api/councils/${councilId}/monitor/newsletters`, {
      title: 'Fra et medlem',
    });
    expect(asMember.status).toBe(403);
  });

  it('keeps a draft with sanitised text and a figure, unseen by the public until published', async () => {
    const res = await secretariat.post(`/api/councils/${councilId}/monitor/newsletters`, {
      title: 'Monitorbrev våren 2025',
      intro:
        '<p onclick="alert(1)">Ny statistikk om <strong>helse-FoU</strong>.</p><script>alert(1)</script>',
      blocks: [
        {
          kind: 'text',
          html: '<h2>Hva tallene viser</h2><p>Andelen øker.</p><img src=x onerror=alert(1)>',
        },
        { kind: 'figure', indicatorId, selection: { Tid: ['2021', '2022'] } },
      ],
    });
    expect(res.status).toBe(201);
    letter = res.body;
    expect(letter.status).toBe('draft');
    expect(letter.intro).toBe('<p>Ny statistikk om <strong>helse-FoU</strong>.</p>');
    expect(letter.blocks[0]).toEqual({
      kind: 'text',
      html: '<h2>Hva tallene viser</h2><p>Andelen øker.</p>',
    });
    expect(letter.publicPath).toBeNull();
    const hidden = await page(`${base}/nyhetsbrev/${letter.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toContain('Fant ikke nyhetsbrevet');
    expect((await page(`${base}/nyhetsbrev`)).body).not.toContain('Monitorbrev våren 2025');
    const early = await secretariat.post(`/api/monitor/newsletters/${letter.id}/send`);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Publiser nyhetsbrevet før du sender det.');
  });

  it('refuses an edit made on an old version', async () => {
    const edit = { title: 'Monitorbrev våren 2025', intro: letter.intro, blocks: letter.blocks };
    const ok = await secretariat.put(`/api/monitor/newsletters/${letter.id}`, {
      ...edit,
      version: letter.version,
    });
    expect(ok.status).toBe(200);
    const stale = await secretariat.put(`/api/monitor/newsletters/${letter.id}`, {
      ...edit,
      title: 'Utdatert',
      version: letter.version,
    });
    expect(stale.status).toBe(409);
    letter = ok.body;
  });

  it('publishes the page with the text, the chart, its numbers and the link to the figure', async () => {
    const res = await secretariat.post(`/api/monitor/newsletters/${letter.id}/publish`);
    expect(res.status).toBe(200);
    letter = res.body;
    expect(letter.status).toBe('published');
    expect(letter.publicPath).toBe(`${base}/nyhetsbrev/${letter.id}`);
    const shown = await page(letter.publicPath ?? '');
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('<h1');
    expect(shown.body).toContain('Monitorbrev våren 2025');
    expect(shown.body).toContain('Ny statistikk om <strong>helse-FoU</strong>.');
    expect(shown.body).toContain('Hva tallene viser');
    expect(shown.body).toMatch(/<svg[^>]*role="img"/);
    expect(shown.body).toContain('<th scope="row">2021</th><td>0,43</td>');
    expect(shown.body).toContain('<th scope="row">2022</th><td>0,44</td>');
    expect(shown.body).not.toContain('<th scope="row">2020</th>');
    expect(shown.body).toContain(`href="${base}/helse-fou-bnp?Tid=2021&amp;Tid=2022"`);
    expect(shown.body).not.toContain('onclick');
    expect(shown.body).not.toContain('<script');
    const archive = await page(`${base}/nyhetsbrev`);
    expect(archive.body).toContain(`href="${base}/nyhetsbrev/${letter.id}"`);
    expect(archive.body).toContain(`action="${base}/abonner"`);
  });

  it('sends once to each confirmed subscriber, with the unsubscribe headers and the numbers', async () => {
    expect((await member.post(`/api/monitor/newsletters/${letter.id}/send`)).status).toBe(403);
    const { confirmed } = await counts();
    expect(confirmed).toBe(2);
    const res = await secretariat.post(`/api/monitor/newsletters/${letter.id}/send`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ sent: 2 });
    const mails = await waitForMails('', 2, letter.title);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([
      'kari.nordmann@example.no',
      'ola@example.no',
    ]);
    const mail = mails.find((m) => m.to[0] === 'kari.nordmann@example.no');
    expect(mail?.subject).toBe('Monitorbrev våren 2025');
    const unsubscribe = mail?.headers['list-unsubscribe'] ?? '';
    expect(unsubscribe.startsWith(`<${server.url}${base}/avmeld?token=`)).toBe(true);
    expect(unsubscribe).toMatch(/\?token=[\w-]{43}>$/);
    expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail?.html).toContain(`href="${unsubscribe.slice(1, -1)}"`);
    expect(mail?.html).toContain(
      `src="${server.url}${base}/helse-fou-bnp/figur.png?Tid=2021&amp;Tid=2022"`,
    );
    expect(mail?.html).toMatch(/<img[^>]*alt="Søyler: Helse-FoU som andel av BNP[^"]+"/);
    expect(mail?.html).toMatch(/<th scope="row"[^>]*>2022<\/th><td[^>]*>0,44<\/td>/);
    expect(mail?.text).toContain('2021: 0,43\n2022: 0,44');
    expect(mail?.text).toContain(`Meld deg av: ${unsubscribe.slice(1, -1)}`);
    // The other subscriber's link is their own.
    const other = mails.find((m) => m.to[0] === 'ola@example.no');
    expect(other?.headers['list-unsubscribe']).not.toBe(unsubscribe);

    await afterPendingMail();
    expect(mailsTo('per.venter@example.no').every((m) => m.subject.startsWith('Bekreft'))).toBe(
      true,
    );
    const again = await secretariat.post(`/api/monitor/newsletters/${letter.id}/send`);
    expect(again.body).toEqual({ sent: 0 });
    const after = (await secretariat.get(`/api/monitor/newsletters/${letter.id}`)).body;
    expect(after).toMatchObject({ status: 'sent', deliveries: 2 });
    expect((await secretariat.del(`/api/monitor/newsletters/${letter.id}`)).status).toBe(409);
  });

  it('unsubscribes on POST only, also by one-click, and later sends skip the address', async () => {
    const mail = mailsTo('kari.nordmann@example.no').find((m) => m.subject === letter.title);
    const link = new URL((mail?.headers['list-unsubscribe'] ?? '').slice(1, -1));
    const before = await counts();
    const asked = await page(`${link.pathname}${link.search}`);
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Meld meg av');
    expect(asked.body).toContain('method="post"');
    expect(await counts()).toEqual(before);

    const done = await form(`${link.pathname}${link.search}`, {
      'List-Unsubscribe': 'One-Click',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Du er meldt av');
    expect(await counts()).toEqual({
      ...before,
      confirmed: before.confirmed - 1,
      unsubscribed: before.unsubscribed + 1,
    });
    expect((await page(`${link.pathname}${link.search}`)).body).toContain('Du er meldt av');

    const next = await secretariat.post(`/api/councils/${councilId}/monitor/newsletters`, {
      title: 'Monitorbrev sommeren 2025',
      blocks: [{ kind: 'text', html: '<p>Kort nytt.</p>' }],
    });
    await secretariat.post(`/api/monitor/newsletters/${next.body.id}/publish`);
    const sent = await secretariat.post(`/api/monitor/newsletters/${next.body.id}/send`);
    expect(sent.body).toEqual({ sent: 1 });
    await afterPendingMail();
    expect(mailsTo('kari.nordmann@example.no').map((m) => m.subject)).not.toContain(
      'Monitorbrev sommeren 2025',
    );
    expect(mailsTo('ola@example.no').map((m) => m.subject)).toContain('Monitorbrev sommeren 2025');
  });

  it("unsubscribes from the page's own button, an empty form", async () => {
    const mail = mailsTo('ola@example.no').find((m) => m.subject === letter.title);
    const link = new URL((mail?.headers['list-unsubscribe'] ?? '').slice(1, -1));
    const done = await form(`${link.pathname}${link.search}`, {});
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Du er meldt av');
    const unknown = await form(`${base}/avmeld?token=${'y'.repeat(43)}`, {});
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Lenken virker ikke');
  });

  it('lets a former subscriber come back through a new confirmation', async () => {
    const before = mailsTo('kari.nordmann@example.no').length;
    await subscribeAs('kari.nordmann@example.no');
    const mail = (await waitForMails('kari.nordmann@example.no', before + 1)).at(-1);
    expect(mail?.subject).toMatch(/^Bekreft/);
    const [row] = await server.db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.email, 'kari.nordmann@example.no'));
    expect(row?.status).toBe('pending');
    const link = confirmLinkIn(mail);
    expect((await page(`${link.pathname}${link.search}`)).body).toContain('bekreftet');
  });

  it('deletes an unsent draft, and keeps e-mail addresses out of the audit log', async () => {
    const draft = await secretariat.post(`/api/councils/${councilId}/monitor/newsletters`, {
      title: 'Kladd som skal bort',
    });
    expect((await secretariat.del(`/api/monitor/newsletters/${draft.body.id}`)).status).toBe(204);
    expect((await secretariat.get(`/api/monitor/newsletters/${draft.body.id}`)).status).toBe(404);

    const subscribers = await server.db.select().from(newsletterSubscribers);
    const entries = await server.db
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.entityId,
          subscribers.map((s) => s.id),
        ),
      );
    expect(entries.length).toBeGreaterThan(subscribers.length);
    expect(entries.every((e) => e.entityType === SUBSCRIBER_ENTITY && e.userId === null)).toBe(
      true,
    );
    expect(JSON.stringify(entries)).not.toMatch(/@example\.no/);
  });
});
