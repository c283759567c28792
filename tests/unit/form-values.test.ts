// The organiser's and participant's forms hold what their zod schema takes (z.input) and submit
// what it returns (z.output), with no cast between schema and react-hook-form: a form value that
// drifts from its schema (a free string where the schema has a list of choices) fails the
// typecheck that `npm test` runs first. The runtime part proves the resolvers the forms use give
// the translated message keys and the parsed values.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import {
  eventSchema,
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_SCOPES,
  MATERIAL_KINDS,
  MATERIAL_VISIBILITIES,
  type EventFormValues,
  type EventInput,
  type MaterialFormValues,
} from '@/lib/events/editor-schema';
import { messageSchema, AUDIENCES, type MessageFormValues, type MessageInput } from '@/lib/messages/schema';
import {
  answersSchema,
  questionSchema,
  QUESTION_KINDS,
  type AnswerQuestion,
  type AnswersFormValues,
  type AnswersInput,
  type QuestionFormValues,
} from '@/lib/surveys/schema';
import { formValues } from '../support/event-form';

const options = { shouldUseNativeValidation: false, fields: {} } as const;

describe('form values follow their schemas', () => {
  it('types the choices of each form as the schema’s choices, not as any string', () => {
    expectTypeOf<EventFormValues['kind']>().toEqualTypeOf<(typeof EVENT_KINDS)[number]>();
    expectTypeOf<EventFormValues['scope']>().toEqualTypeOf<(typeof EVENT_SCOPES)[number]>();
    expectTypeOf<EventFormValues['format']>().toEqualTypeOf<(typeof EVENT_FORMATS)[number]>();
    expectTypeOf<MaterialFormValues['kind']>().toEqualTypeOf<(typeof MATERIAL_KINDS)[number]>();
    expectTypeOf<MaterialFormValues['visibility']>().toEqualTypeOf<(typeof MATERIAL_VISIBILITIES)[number]>();
    expectTypeOf<MessageFormValues['audience']>().toEqualTypeOf<(typeof AUDIENCES)[number]>();
    expectTypeOf<QuestionFormValues['kind']>().toEqualTypeOf<(typeof QUESTION_KINDS)[number]>();
    // The resolver the forms pass to useForm, without a cast.
    expectTypeOf(zodResolver(eventSchema)).toEqualTypeOf<Resolver<EventFormValues, unknown, EventInput>>();
    expectTypeOf(zodResolver(messageSchema)).toEqualTypeOf<Resolver<MessageFormValues, unknown, MessageInput>>();
    expectTypeOf(zodResolver(answersSchema([]))).toEqualTypeOf<Resolver<AnswersFormValues, unknown, AnswersInput>>();
  });

  // `as never` below: what a browser may send, which the form's type rightly does not allow.
  it('refuses an unknown event kind with the translated key and turns a valid form into instants', async () => {
    const bad = await zodResolver(eventSchema)({ ...formValues(), kind: 'party' as never }, undefined, options);
    expect(bad.errors.kind?.message).toBe('editor.validation.kind');
    const good = await zodResolver(eventSchema)(formValues(), undefined, options);
    expect(good.errors).toEqual({});
    expect(good.values).toMatchObject({ kind: 'network_day', startsAt: new Date('2026-10-30T07:00:00Z') });
  });

  it('asks for a choice of question kind and an audience', async () => {
    const q = await zodResolver(questionSchema)(
      { kind: '' as never, textFi: 'Kysymys', textSv: '', optionsFi: '', optionsSv: '', required: false },
      undefined,
      options,
    );
    expect(q.errors.kind?.message).toBe('survey.validation.kind');
    const m = await zodResolver(messageSchema)(
      {
        audience: undefined as never,
        subjectFi: 'Aihe',
        bodyFi: 'Teksti',
        subjectSv: '',
        bodySv: '',
        formKey: crypto.randomUUID(),
      },
      undefined,
      options,
    );
    expect(m.errors.audience?.message).toBe('messages.validation.audience');
  });

  it('turns the answer form’s radio values into numbers and a missing required answer into its key', async () => {
    const questions: AnswerQuestion[] = [
      { id: 1, kind: 'scale', text: 'Kokonaisuus', options: [], required: true },
      { id: 2, kind: 'text', text: 'Kehitä', options: [], required: false },
    ];
    const resolver = zodResolver(answersSchema(questions));
    const ok = await resolver({ showName: false, q1: '4', q2: '' }, undefined, options);
    expect(ok.values).toEqual({ showName: false, q1: 4, q2: null });
    const missing = await resolver({ showName: false, q1: '', q2: '' }, undefined, options);
    expect(missing.errors.q1?.message).toBe('survey.validation.choose');
  });
});
