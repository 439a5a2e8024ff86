/** Indonesian texts of the sop review (spread into id.ts). */
export const sopReviewId = {
  'sop-review.placeholder': 'SOP',
} as const;
