// Placeholder: the requests list page is being written.
export function RequestsPage() {
  return null;
}
