import path from 'node:path';
import { count } from 'drizzle-orm';
import { COUNCIL_ROLE_LABELS } from '../core/roles.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { councils } from './db/schema.ts';
import { scheduleDeadlineReminders } from './features/policy/send-deadline-reminders.ts';
import { createMailer } from './mail/mailer.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './seed/demo-data.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { filesystemStorage } from './storage/file-storage.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const storage = filesystemStorage(path.join(config.dataDir, 'files'));

// First start on an empty database: fill it with the demo council so there is something to see.
const [existing] = await database.db.select({ n: count() }).from(councils);
const seeded = (existing?.n ?? 0) === 0 && (await seedDemo(database.db, storage));

const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
const app = await buildApp({ db: database.db, storage, config, mailer }, { logger: true });
await app.listen({ port: config.port, host: config.host });
// Consultation deadlines are checked at start and every hour (each reminder is sent once).
const stopReminders = scheduleDeadlineReminders(database.db, mailer, config.publicUrl, app.log);

const where = config.databaseUrl ? 'PostgreSQL' : `PGlite i ${config.dataDir}`;
console.log(`\nRådsrom kjører på http://localhost:${config.port} (database: ${where})`);
if (seeded) console.log('Demodata er lagt inn.');
console.log(`Demo-innlogging (passord ${DEMO_PASSWORD}):`);
for (const person of DEMO_PEOPLE.filter((p) => p.login)) {
  console.log(`  ${person.email.padEnd(30)} ${COUNCIL_ROLE_LABELS[person.role]}`);
}
console.log('');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    stopReminders();
    await app.close();
    mailer.close();
    await database.close();
    process.exit(0);
  });
}
