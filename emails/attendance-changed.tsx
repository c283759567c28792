// `attendance_changed`: the person switched between on site and remote from their manage page. Says
// what changed (from which mode to which), and where they stand now: confirmed (with the updated
// calendar invitation, and the door check-in code when now on site) or on the new mode's waiting list.
import { CheckInCode, Contact, EmailLayout, EventDetails, ManageLink, P, StreamLater } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor, textValues } from './messages';

export default function AttendanceChangedEmail(data: MailData) {
  const t = textsFor(data.locale).attendance_changed;
  const vars = textValues(data);
  const waitlisted = data.status === 'waitlisted';
  return (
    <EmailLayout kind="attendance_changed" data={data}>
      <P>{fill(data.locale, t.intro, vars)}</P>
      <P>
        <strong>{waitlisted ? fill(data.locale, t.waitlisted, { position: data.position ?? 1 }) : t.confirmed}</strong>
      </P>
      <EventDetails data={data} />
      {!waitlisted && <StreamLater data={data} />}
      {!waitlisted && <CheckInCode data={data} />}
      {!waitlisted && <P>{t.calendar}</P>}
      <ManageLink data={data} intro={t.manage} />
      <Contact data={data} />
    </EmailLayout>
  );
}

AttendanceChangedEmail.PreviewProps = { ...exampleMailData.fi, previousAttendance: 'remote' } satisfies MailData;
