// Organisers' messages to the people of an event (registrants, waiting list or attendees). The
// message is kept with its texts and audience; each recipient's mail is an outbox row, linked here
// so the workspace can show how many are queued, sent and failed.
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { events } from './events';
import { users } from './auth';
import { mailOutbox } from './mail';
import { programmeWorkshops } from './programme';

export const messageAudience = pgEnum('message_audience', ['registrants', 'waitlist', 'attendees', 'workshop']);

export const eventMessages = pgTable(
  'event_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    audience: messageAudience('audience').notNull(),
    // Audience 'workshop' (issue 15 §2): the people of this workshop, confirmed (and waiting, if chosen).
    workshopId: integer('workshop_id').references(() => programmeWorkshops.id, { onDelete: 'set null' }),
    withWaitlist: boolean('with_waitlist').notNull().default(false),
    subjectFi: text('subject_fi').notNull(),
    bodyFi: text('body_fi').notNull(),
    subjectSv: text('subject_sv'),
    bodySv: text('body_sv'),
    recipients: integer('recipients').notNull(),
    sentBy: text('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentByEmail: text('sent_by_email').notNull(),
    // A random value from the form: a second submit of the same form sends nothing twice.
    formKey: text('form_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('event_messages_event_idx').on(t.eventId, t.createdAt),
    uniqueIndex('event_messages_form_key_uq').on(t.formKey),
  ],
);

/** Which outbox rows carry a message. Sent rows are deleted from the outbox after 30 days (retention). */
export const eventMessageMails = pgTable(
  'event_message_mails',
  {
    messageId: bigint('message_id', { mode: 'number' })
      .notNull()
      .references(() => eventMessages.id, { onDelete: 'cascade' }),
    outboxId: bigint('outbox_id', { mode: 'number' })
      .primaryKey()
      .references(() => mailOutbox.id, { onDelete: 'cascade' }),
  },
  (t) => [index('event_message_mails_message_idx').on(t.messageId)],
);
