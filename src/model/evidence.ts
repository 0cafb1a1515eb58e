// What the extractor read in each source sentence, kept with each report (pipeline/extract-reports.ts),
// seen from the event the report folded into: each source of an event is a sentence of its reports.
import type { EvidenceSpan, ExportEvent, ReportEvent, Source, SourceEvidence } from '../types.js';

/**
 * Per source of the event, in the order of `event.sources`, what its reports read in that sentence;
 * null where the report was stored before sitrep kept its evidence. A sentence that two reports of one
 * article share is marked for both.
 */
export function eventEvidence(event: ExportEvent, reports: ReportEvent[]): Array<SourceEvidence | null> {
  const read = new Map<string, SourceEvidence>();
  for (const r of reports) {
    r.sources.forEach((s, i) => {
      const x = r.evidence?.[i];
      if (!x) return;
      const had = read.get(sourceKey(s));
      read.set(sourceKey(s), had ? { spans: withoutOverlaps([...had.spans, ...x.spans]), rules: [...new Set([...had.rules, ...x.rules])] } : x);
    });
  }
  return event.sources.map((s) => read.get(sourceKey(s)) ?? null);
}

/** `eventEvidence` as two lists, the words marked and the rules, per source: what `show`, `explain` and the API print. */
export function evidenceLists(event: ExportEvent, reports: ReportEvent[]): { evidence: Array<EvidenceSpan[] | null>; rules: Array<string[] | null> } {
  const read = eventEvidence(event, reports);
  return { evidence: read.map((x) => x?.spans ?? null), rules: read.map((x) => x?.rules ?? null) };
}

const sourceKey = (s: Source): string => `${s.article_id}\u0000${s.sentence}`;

/** Earlier spans first, the longer of two that start together; a span that overlaps a kept one is dropped. */
export function withoutOverlaps(spans: EvidenceSpan[]): EvidenceSpan[] {
  const kept: EvidenceSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept;
}
