// Placeholder: the notifications page is being written.
export function NotificationsPage() {
  return null;
}
