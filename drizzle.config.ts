import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/db/schema.ts',
    './server/db/search-schema.ts',
    './server/db/plan-schema.ts',
    './server/db/policy-schema.ts',
    './server/db/monitor-schema.ts',
  ],
  out: './server/db/migrations',
});
