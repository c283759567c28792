// Feedback surveys: one per event, its questions, the invitations mailed to attendees and the
// anonymous answers.
import { sql } from 'drizzle-orm';
import {
  pgTable,
  pgEnum,
  serial,
  integer,
  text,
  boolean,
  timestamp,
  smallint,
  date,
  jsonb,
  index,
  uniqueIndex,
  primaryKey,
  check,
} from 'drizzle-orm/pg-core';
import { events } from './events';
import { registrations, messageLanguage } from './registrations';

/** One survey per event, attached by an organiser in the editor. */
export const surveys = pgTable('surveys', {
  id: serial('id').primaryKey(),
  eventId: integer('event_id')
    .notNull()
    .unique()
    .references(() => events.id, { onDelete: 'cascade' }),
  // How many people were mailed the survey: kept here, because the links themselves are deleted
  // once the survey closes (and with a registration's anonymisation), but the response rate stays.
  invitedCount: integer('invited_count').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const surveyQuestionKind = pgEnum('survey_question_kind', ['scale', 'text', 'choice']);

/**
 * The standard questions (`standard` = overall, usefulness, develop) are rows too, so that answers,
 * results and exports treat every question alike; the organiser's own questions have `standard` null.
 */
export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: serial('id').primaryKey(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    standard: text('standard'),
    kind: surveyQuestionKind('kind').notNull(),
    textFi: text('text_fi').notNull(),
    textSv: text('text_sv'),
    // Single choice: the options in Finnish and (optionally) Swedish, same length.
    optionsFi: jsonb('options_fi').$type<string[]>().notNull().default([]),
    optionsSv: jsonb('options_sv').$type<string[] | null>(),
    required: boolean('required').notNull().default(false),
  },
  (t) => [index('survey_questions_survey_idx').on(t.surveyId, t.position)],
);

/**
 * A person's private survey link: only the SHA-256 of its token is stored. One per registration
 * (the unique index makes the mailing job safe to repeat); `answered_at` makes it answerable once.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: serial('id').primaryKey(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    registrationId: integer('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    locale: messageLanguage('locale').notNull().default('fi'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('survey_invitations_once_uq').on(t.surveyId, t.registrationId)],
);

/**
 * An answer set. Not linked to the invitation (organisers cannot tell who answered what) and dated
 * by day only; `named_registration_id` is set only when the person ticked that their name may be
 * shown, and the name is read from the registration (so retention and erasure remove it too).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: serial('id').primaryKey(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    namedRegistrationId: integer('named_registration_id').references(() => registrations.id, { onDelete: 'set null' }),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId)],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: integer('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: 'cascade' }),
    scale: smallint('scale'),
    choice: smallint('choice'),
    text: text('text'),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId] }),
    index('survey_answers_question_idx').on(t.questionId),
    check('survey_answers_scale_range', sql`${t.scale} is null or ${t.scale} between 1 and 5`),
  ],
);
