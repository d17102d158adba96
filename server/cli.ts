import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordAudit } from './audit/record-audit.ts';
import { hashPassword } from './auth/passwords.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { users } from './db/schema.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { filesystemStorage } from './storage/file-storage.ts';

const USAGE = `Bruk: npm run cli -- <kommando>
  user add --email E --name N --password P [--admin]   Legg til eller oppdater en bruker
  seed-demo                                            Legg inn demorådet (hvis det mangler)`;

async function main(argv: string[]) {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const [command, sub] = argv;
    if (command === 'seed-demo') {
      const storage = filesystemStorage(path.join(config.dataDir, 'files'));
      const added = await seedDemo(database.db, storage);
      console.log(added ? 'Demorådet er lagt inn.' : 'Demorådet finnes fra før.');
      return 0;
    }
    if (command === 'user' && sub === 'add') {
      const { values } = parseArgs({
        args: argv.slice(2),
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          password: { type: 'string' },
          admin: { type: 'boolean', default: false },
        },
      });
      const email = values.email?.trim().toLowerCase();
      if (!email || !values.name || !values.password || values.password.length < 10) {
        console.error('Oppgi --email, --name og --password (minst 10 tegn).');
        return 2;
      }
      const passwordHash = await hashPassword(values.password);
      const [user] = await database.db
        .insert(users)
        .values({ email, name: values.name, passwordHash, isSystemAdmin: values.admin })
        .onConflictDoUpdate({
          target: users.email,
          set: { name: values.name, passwordHash, isSystemAdmin: values.admin },
        })
        .returning();
      if (!user) throw new Error('insert returned nothing');
      await recordAudit(database.db, {
        userId: null,
        entityType: 'user',
        entityId: user.id,
        action: 'cli_upsert',
        changes: { email, name: values.name, isSystemAdmin: values.admin },
      });
      console.log(`Brukeren ${email} er lagret.`);
      return 0;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await database.close();
  }
}

const argv = process.argv.slice(2).filter((a) => a !== '--');
process.exitCode = await main(argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
