// Placeholder: the monitoring page is being written.
export function MonitoringPage() {
  return null;
}
