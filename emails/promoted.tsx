// `promoted`: a place freed up and the registration moved from the waiting list to confirmed.
// The caller attaches the .ics invitation (METHOD:REQUEST).
import { ConfirmedPlace } from './confirmation';
import { exampleMailData, type MailData } from './mail-data';

export default function PromotedEmail(data: MailData) {
  return <ConfirmedPlace kind="promoted" data={data} />;
}

PromotedEmail.PreviewProps = exampleMailData.fi;
