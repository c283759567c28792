import { answerOffer } from '@/lib/registrations/offers';
import { manageFormPost } from '@/lib/registrations/manage-post';

export const dynamic = 'force-dynamic';

/**
 * "Accept the place" / "Decline the place" of a waiting-list offer (lib/registrations/offers.ts),
 * posted from the manage page; the mail's buttons only open the page, so a scanner changes nothing.
 */
export const POST = manageFormPost(async (token, form) => {
  const answer = (await form())?.get('answer');
  if (answer !== 'accept' && answer !== 'decline') return 'error-invalid';
  const r = await answerOffer(token, answer);
  return r.ok ? `offer-${r.value}` : 'error-notFound';
});
