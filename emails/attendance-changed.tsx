// `attendance_changed`: the person switched between on site and remote from their manage page. Says
// what changed (from which mode to which), and where they stand now: confirmed (with the updated
// calendar invitation, and the door check-in code when now on site) or on the new mode's waiting list.
import { CheckInCode, Contact, EmailLayout, EventDetails, ManageLink, P, StreamLater } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator, textValues } from './messages';

export default function AttendanceChangedEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  const vars = textValues(data);
  const waitlisted = data.status === 'waitlisted';
  return (
    <EmailLayout kind="attendance_changed" data={data}>
      <P>{t('attendance_changed.intro', vars)}</P>
      <P>
        <strong>
          {waitlisted
            ? t('attendance_changed.waitlisted', { position: data.position ?? 1 })
            : t('attendance_changed.confirmed')}
        </strong>
      </P>
      {data.answersMissing && (
        <P>
          <strong>{t('attendance_changed.answersMissing')}</strong>
        </P>
      )}
      <EventDetails data={data} />
      {!waitlisted && <StreamLater data={data} />}
      {!waitlisted && <CheckInCode data={data} />}
      {!waitlisted && <P>{t('attendance_changed.calendar')}</P>}
      <ManageLink data={data} intro={t('attendance_changed.manage')} />
      <Contact data={data} />
    </EmailLayout>
  );
}

AttendanceChangedEmail.PreviewProps = { ...exampleMailData.fi, previousAttendance: 'remote' } satisfies MailData;
