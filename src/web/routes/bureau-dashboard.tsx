// Placeholder: the bureau dashboard page is being written.
export function BureauDashboardPage() {
  return null;
}
