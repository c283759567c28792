import { cancelRegistration } from '@/lib/registrations/service';
import { manageFormPost } from '@/lib/registrations/manage-post';

export const dynamic = 'force-dynamic';

/** "Yes, cancel my registration", the second step after the manage page asked (?confirm=cancel). */
export const POST = manageFormPost(async (token) => {
  const r = await cancelRegistration(token);
  return r.ok ? 'cancelled' : `error-${r.error.replace('registration.', '')}`;
});
