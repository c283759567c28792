// Writing to the outbox: always inside the transaction of the change that causes the mail.
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import type { OutboxPayload } from './compose';

export async function enqueueMail(
  tx: Tx,
  mail: { toEmail: string; locale: 'fi' | 'sv'; payload: OutboxPayload; registrationId?: number | null },
): Promise<void> {
  await tx.insert(mailOutbox).values({
    kind: mail.payload.kind,
    registrationId: mail.registrationId ?? null,
    toEmail: mail.toEmail,
    locale: mail.locale,
    payload: mail.payload,
    idempotencyKey: randomUUID(),
  });
}
