import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordAudit } from './audit/record-audit.ts';
import { hashPassword } from './auth/passwords.ts';
import { loadConfig } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { users } from './db/schema.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { filesystemStorage } from './storage/file-storage.ts';

const USAGE = `Bruk: npm run cli -- <kommando>
  user add --email E --name N --password P [--admin]   Legg til eller oppdater en bruker
  seed-demo                                            Legg inn demorådet (hvis det mangler)`;

const config = loadConfig();

type Command = (database: Database) => Promise<number>;

function seedDemoCommand(): Command {
  return async ({ db }) => {
    const added = await seedDemo(db, filesystemStorage(path.join(config.dataDir, 'files')));
    console.log(added ? 'Demorådet er lagt inn.' : 'Demorådet finnes fra før.');
    return 0;
  };
}

function addUserCommand(args: string[]): Command | string {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      admin: { type: 'boolean', default: false },
    },
  });
  const email = values.email?.trim().toLowerCase();
  const { name, password, admin } = values;
  if (!email || !name || !password || password.length < 10) {
    return 'Oppgi --email, --name og --password (minst 10 tegn).';
  }
  return async ({ db }) => {
    const passwordHash = await hashPassword(password);
    const [user] = await db
      .insert(users)
      .values({ email, name, passwordHash, isSystemAdmin: admin })
      .onConflictDoUpdate({
        target: users.email,
        set: { name, passwordHash, isSystemAdmin: admin },
      })
      .returning();
    if (!user) throw new Error('insert returned nothing');
    await recordAudit(db, {
      userId: null,
      entityType: 'user',
      entityId: user.id,
      action: 'cli_upsert',
      changes: { email, name, isSystemAdmin: admin },
    });
    console.log(`Brukeren ${email} er lagret.`);
    return 0;
  };
}

/** Checks the arguments before the database is opened, so a typo answers at once. */
function parseCommand(argv: string[]): Command | string {
  const [command, sub, ...rest] = argv;
  if (command === 'seed-demo') return seedDemoCommand();
  if (command === 'user' && sub === 'add') return addUserCommand(rest);
  return USAGE;
}

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if (typeof command === 'string') {
    console.error(command);
    return 2;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await command(database);
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2).filter((a) => a !== '--')).catch(
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  },
);
