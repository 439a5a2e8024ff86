// Placeholder: the intake form page is being written.
export function RequestNewPage() {
  return null;
}
