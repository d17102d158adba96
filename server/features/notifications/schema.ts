import { z } from 'zod';

export const ZNotification = z.object({
  id: z.string().uuid(),
  title: z.string(),
  link: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type TNotification = z.infer<typeof ZNotification>;
export const ZNotificationParams = z.object({ notificationId: z.string().uuid() });
