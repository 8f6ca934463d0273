/** A moment as people read it in a log: day and minute, in UTC so server and browser agree (see formatDate). */
export function formatDateTime(value: Date): string {
  const date = value.toLocaleDateString("en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const time = value.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC", hour12: false });
  return `${date}, ${time}`;
}
