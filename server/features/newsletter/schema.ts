import { z } from 'zod';

export const ZNewsletterParams = z.object({ newsletterId: z.string().uuid() });

/** A dimension or category id, as the monitor's figure specs name them. */
const code = z.string().trim().min(1).max(200);
/** Rich text before sanitising; generous, but bounded. */
const richText = z.string().max(100_000);

export const ZNewsletterBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), html: richText }),
  z.object({
    kind: z.literal('figure'),
    indicatorId: z.string().uuid(),
    /** The figure's filters as its address has them (`?Tid=2020&Tid=2021`); {} for the default. */
    selection: z.record(code, z.array(code).max(500)).default({}),
  }),
]);

const fields = {
  title: z.string().trim().min(2, 'Skriv en tittel på minst to tegn.').max(300),
  intro: richText.default(''),
  blocks: z.array(ZNewsletterBlock).max(40, 'Et nyhetsbrev kan ha høyst 40 blokker.').default([]),
};
export const ZCreateNewsletterRequest = z.object(fields);
export const ZUpdateNewsletterRequest = z.object({ ...fields, version: z.number().int() });

export const NEWSLETTER_STATUSES = ['draft', 'published', 'sent'] as const;
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number];

export const ZNewsletter = z.object({
  id: z.string().uuid(),
  councilId: z.string().uuid(),
  title: z.string(),
  intro: z.string(),
  blocks: z.array(ZNewsletterBlock),
  status: z.enum(NEWSLETTER_STATUSES),
  publishedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** How many subscribers it has been sent to. */
  deliveries: z.number().int(),
  /** The public page, once published. */
  publicPath: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Counts only: the addresses are personal data and stay out of the editors' view. */
export const ZSubscriberCounts = z.object({
  pending: z.number().int(),
  confirmed: z.number().int(),
  unsubscribed: z.number().int(),
});

export const ZSendResult = z.object({ sent: z.number().int() });

export type TNewsletterBlock = z.infer<typeof ZNewsletterBlock>;
export type TCreateNewsletterRequest = z.infer<typeof ZCreateNewsletterRequest>;
export type TUpdateNewsletterRequest = z.infer<typeof ZUpdateNewsletterRequest>;
export type TNewsletter = z.infer<typeof ZNewsletter>;
export type TSubscriberCounts = z.infer<typeof ZSubscriberCounts>;
