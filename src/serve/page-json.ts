// A page of the events list written as JSON with its events given already as JSON text: the map view's
// summaries are stored as text (`MapRow.summary`), and parsing ten thousand of them only to write them
// again cost as much as reading them (docs/performance.md, "Schema v11").

/**
 * `JSON.stringify({ ...head, events })` for events given as their JSON text each, spliced in as they are:
 * the same bytes when each text is `JSON.stringify` of its event (a parse and a stringify give back
 * the text they started from). `head` must not hold `events` itself: that key comes last.
 */
export function pageJson(head: Record<string, unknown>, events: string[]): string {
  const empty = JSON.stringify({ ...head, events: [] });
  return `${empty.slice(0, -'[]}'.length)}[${events.join(',')}]}`;
}
