// Own registration questions (issue 15 §1): an event's organiser asks registrants things outside the
// standard form (workshop wishes, lunch, photo consent…). Questions belong to one event, or to one
// training series (asked on the sign-up of every session, after the session's own); a question is
// fixed once someone has answered it (lib/questions/editor.ts), so answers always mean what was asked.
import { sql } from 'drizzle-orm';
import {
  pgTable,
  pgEnum,
  serial,
  integer,
  text,
  boolean,
  check,
  smallint,
  jsonb,
  timestamp,
  index,
  primaryKey,
} from 'drizzle-orm/pg-core';
import { events, trainingSeries } from './events';
import { registrations } from './registrations';

export const registrationQuestionType = pgEnum('registration_question_type', [
  'shortText',
  'longText',
  'single',
  'multiple',
  'yesNo',
  'consent',
]);
export const questionAskedOf = pgEnum('question_asked_of', ['onsite', 'remote', 'both']);

/** A choice's option: its id stays the same when the labels are edited (answers store the id). */
export type QuestionOption = { id: number; fi: string; sv: string };

export const registrationQuestions = pgTable(
  'registration_questions',
  {
    id: serial('id').primaryKey(),
    /** Exactly one of eventId and seriesId is set (registration_questions_one_owner). */
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    seriesId: integer('series_id').references(() => trainingSeries.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    type: registrationQuestionType('type').notNull(),
    labelFi: text('label_fi').notNull(),
    labelSv: text('label_sv').notNull(),
    options: jsonb('options')
      .$type<QuestionOption[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    required: boolean('required').notNull().default(false),
    askedOf: questionAskedOf('asked_of').notNull().default('both'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('registration_questions_event_idx').on(t.eventId, t.position),
    index('registration_questions_series_idx').on(t.seriesId, t.position),
    check('registration_questions_one_owner', sql`(${t.eventId} is null) <> (${t.seriesId} is null)`),
  ],
);

/** A registrant's answer: text → string, single → option id, multiple → option ids, yes/no and consent → boolean. */
export type AnswerValue = string | number | number[] | boolean;

export const registrationAnswers = pgTable(
  'registration_answers',
  {
    registrationId: integer('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => registrationQuestions.id, { onDelete: 'cascade' }),
    value: jsonb('value').$type<AnswerValue>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.questionId] }),
    index('registration_answers_question_idx').on(t.questionId),
  ],
);
