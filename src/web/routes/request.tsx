// Placeholder: the request page page is being written.
export function RequestPage() {
  return null;
}
