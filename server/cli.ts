import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordAudit } from './audit/record-audit.ts';
import { passwordProblem } from './auth/password-policy.ts';
import { hashPassword } from './auth/passwords.ts';
import { loadConfig } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { users } from './db/schema.ts';
import { importAsJson, importFiles } from './features/imports/import-command.ts';
import { describeSummary, inspectFile } from './features/monitor/inspect-command.ts';
import { sendDeadlineReminders } from './features/policy/send-deadline-reminders.ts';
import { createMailer } from './mail/mailer.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { filesystemStorage } from './storage/file-storage.ts';

const USAGE = `Bruk: npm run cli -- <kommando>
  user add --email E --name N --password P [--admin]   Legg til eller oppdater en bruker
  seed-demo                                            Legg inn demorådet (hvis det mangler)
  import <filer...> [--council KORTNAVN] [--commit]    Les inn møtepapirer til gjennomgang (--commit lagrer)
  import <filer...> --json                             Skriv ut det som ble funnet, som JSON
  monitor inspect <fil> [--json]                       Sjekk en JSON-stat-fil og vis hva den inneholder
  reminders                                            Send påminnelser om høringsfrister som nærmer seg`;

const config = loadConfig();

type Command = (database: Database) => Promise<number>;
/** A command that needs no database answers without opening (or creating) one. */
type Standalone = { standalone: () => Promise<number> };

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
  if (!email || !name || !password) return 'Oppgi --email, --name og --password.';
  const problem = passwordProblem(password, { email, name });
  if (problem) return problem;
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

function importCommand(args: string[]): Command | Standalone | string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      commit: { type: 'boolean', default: false },
      council: { type: 'string' },
    },
  });
  if (positionals.length === 0) return 'Oppgi minst én fil: npm run cli -- import <filer...>';
  if (values.json && values.commit) return 'Velg enten --json eller --commit.';
  if (values.json) {
    return {
      standalone: async () => {
        console.log(JSON.stringify(await importAsJson(positionals), null, 2));
        return 0;
      },
    };
  }
  return ({ db }) =>
    importFiles(db, positionals, { commit: values.commit, council: values.council }, console.log);
}

/** `monitor inspect <file>`: reads and checks a JSON-stat file; writes nothing, opens no database. */
function monitorInspectCommand(args: string[]): Standalone | string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    return 'Oppgi én JSON-stat-fil: npm run cli -- monitor inspect <fil> [--json]';
  }
  return {
    standalone: async () => {
      const result = await inspectFile(file);
      if (!result.ok) {
        console.error(result.message);
        return 1;
      }
      console.log(
        values.json ? JSON.stringify(result.summary, null, 2) : describeSummary(result.summary),
      );
      return 0;
    },
  };
}

/** The server sends these every hour; the command is for a scheduler when no server runs. */
function remindersCommand(): Command {
  return async ({ db }) => {
    const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
    try {
      const sent = await sendDeadlineReminders(db, mailer, config.publicUrl, {
        log: { error: (details, message) => console.error(message, details) },
      });
      console.log(
        `Påminnelser sendt for ${sent.documents} dokument(er), ${sent.messages} e-post(er).`,
      );
      return 0;
    } finally {
      mailer.close();
    }
  };
}

/** Checks the arguments before the database is opened, so a typo answers at once. */
function parseCommand(argv: string[]): Command | Standalone | string {
  const [command, sub, ...rest] = argv;
  if (command === 'seed-demo') return seedDemoCommand();
  if (command === 'import') return importCommand(sub === undefined ? [] : [sub, ...rest]);
  if (command === 'user' && sub === 'add') return addUserCommand(rest);
  if (command === 'monitor' && sub === 'inspect') return monitorInspectCommand(rest);
  if (command === 'reminders') return remindersCommand();
  return USAGE;
}

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if (typeof command === 'string') {
    console.error(command);
    return 2;
  }
  if ('standalone' in command) return command.standalone();
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
