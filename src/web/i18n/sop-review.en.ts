import type { sopReviewId } from './sop-review.id.ts';

/** English texts of the sop review: the same keys as sop-review.id.ts. */
export const sopReviewEn: Record<keyof typeof sopReviewId, string> = {
  'sop-review.placeholder': 'SOP',
};
