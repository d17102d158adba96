import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.ts';

describe('mailer', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
  });

  it('delivers to every recipient with Norwegian letters intact', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Rådsrom <radsrom@example.no>' });
    expect(mailer.enabled).toBe(true);
    await mailer.send({
      to: ['kari@example.no', 'ola@example.no', 'kari@example.no'],
      subject: 'Utkast til referat fra møte 3/2025 – merknader på særskilt skjema',
      text: 'Hei!\n\nReferatet fra møtet i Tromsø ligger klart. Blåbærsyltetøy: ÆØÅ æøå.',
      html: '<p>Referatet fra møtet i <strong>Tromsø</strong> ligger klart. ÆØÅ æøå.</p>',
    });
    const [mail] = await smtp.waitFor(1);
    mailer.close();
    expect(mail?.from).toBe('radsrom@example.no');
    expect(mail?.to).toEqual(['kari@example.no', 'ola@example.no']);
    expect(mail?.subject).toBe('Utkast til referat fra møte 3/2025 – merknader på særskilt skjema');
    expect(mail?.text).toContain('møtet i Tromsø ligger klart. Blåbærsyltetøy: ÆØÅ æøå.');
    expect(mail?.html).toContain('<strong>Tromsø</strong> ligger klart. ÆØÅ æøå.');
  });

  it('sends plain text alone when there is no HTML', async () => {
    const before = smtp.messages.length;
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'radsrom@example.no' });
    await mailer.send({ to: ['per@example.no'], subject: 'Påminnelse', text: 'Frist i morgen.' });
    const mail = (await smtp.waitFor(before + 1))[before];
    mailer.close();
    expect(mail).toMatchObject({ to: ['per@example.no'], subject: 'Påminnelse', html: null });
    expect(mail?.text.trim()).toBe('Frist i morgen.');
  });

  it('does nothing, quietly, without an SMTP address', async () => {
    const before = smtp.messages.length;
    const mailer = createMailer({ smtpUrl: undefined, from: 'radsrom@example.no' });
    expect(mailer.enabled).toBe(false);
    await expect(
      mailer.send({ to: ['kari@example.no'], subject: 'Ingen', text: 'Sendes ikke.' }),
    ).resolves.toBeUndefined();
    expect(smtp.messages).toHaveLength(before);
  });

  it('rejects when the mail server cannot be reached', async () => {
    const closed = await startTestSmtpServer();
    await closed.close();
    const mailer = createMailer({ smtpUrl: closed.url, from: 'radsrom@example.no' });
    await expect(
      mailer.send({ to: ['kari@example.no'], subject: 'Feil', text: 'Når ikke fram.' }),
    ).rejects.toThrow();
    mailer.close();
  });
});
