import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createMailer } from '../mail/mailer.ts';
import { DEMO_PASSWORD } from '../seed/demo-data.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { filesystemStorage } from '../storage/file-storage.ts';
import { openTestDatabase } from './test-db.ts';

/** The whole product on a loopback port, with the demo council, for API and browser tests. */
export async function startTestServer(opts: { maxUploadBytes?: number; smtpUrl?: string } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'radsrom-files-'));
  const database = await openTestDatabase();
  const storage = filesystemStorage(dir);
  await seedDemo(database.db, storage);
  const config = { ...loadConfig({}), dataDir: dir, ...opts };
  const mailer = createMailer({ smtpUrl: opts.smtpUrl, from: config.mailFrom });
  const app = await buildApp({ db: database.db, storage, config, mailer });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
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
