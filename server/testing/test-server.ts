import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import { createMailer } from '../mail/mailer.ts';
import { DEMO_PASSWORD } from '../seed/demo-data.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { filesystemStorage } from '../storage/file-storage.ts';
import { freePort } from './postgres-server.ts';
import { openTestDatabase } from './test-db.ts';

/** The whole product on a loopback port, with the demo council, for API and browser tests. */
export async function startTestServer(
  opts: Partial<Pick<Config, 'maxUploadBytes' | 'smtpUrl' | 'oidc' | 'pxwebBaseUrl'>> = {},
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'radsrom-files-'));
  const database = await openTestDatabase();
  const storage = filesystemStorage(dir);
  await seedDemo(database.db, storage);
  // The port is chosen first so links in e-mails and the sign-in redirect name the real address.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = { ...loadConfig({}), dataDir: dir, publicUrl: url, ...opts };
  const mailer = createMailer({ smtpUrl: opts.smtpUrl, from: config.mailFrom });
  const app = await buildApp({ db: database.db, storage, config, mailer });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    app,
    db: database.db,
    storage,
    config,
    login: { email: 'sekretariat@radsrom.no', password: DEMO_PASSWORD },
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
