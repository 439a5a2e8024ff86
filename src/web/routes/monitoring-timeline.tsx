// Placeholder: the monitoring timeline page is being written.
export function MonitoringTimelinePage() {
  return null;
}
