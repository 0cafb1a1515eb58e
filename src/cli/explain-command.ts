// `sitrep explain ARTICLES...`: the extractor's decision on every candidate of each article, in memory
// (nothing is stored): each event as `show` prints it, with the words and rules behind its fields, and
// each act judged not an incident with the rule that judged it and its reason.
import { evidenceLists } from '../model/evidence.js';
import { explainArticle } from '../pipeline/extract-reports.js';
import { roleRuleReason } from '../extract/mentions.js';
import type { Article, Rejection } from '../types.js';
import { UsageError } from './errors.js';
import { loadArticles, printJson, publishedOption } from './shared.js';
import { eventLines } from './show-command.js';
import { forTerminal } from './terminal.js';

export function runExplain(paths: string[], o: { json?: boolean; published?: string }): void {
  const published = publishedOption(o.published);
  const articles = loadArticles(paths, { published });
  if (!articles.length) throw new UsageError(`no article could be read from ${paths.join(', ')}`);
  const explained = articles.map(explain);
  if (o.json) return printJson(explained);
  for (const x of explained) process.stdout.write(forTerminal(articleLines(x).join('\n')) + '\n\n');
}

function explain(article: Article) {
  const { reports, tallies, rejected } = explainArticle(article);
  const events = reports.map(({ evidence: _, ...event }, i) => ({ event, ...evidenceLists(event, [reports[i]!]) }));
  return { article_id: article.id, published: article.published, events, tallies, not_incidents: rejected.map(notIncident), role_rules: roleRulesOf(events) };
}

/** Why each role rule that chose an actor did so: its id as the rules lists print it, and its reason. */
function roleRulesOf(events: Array<{ rules: Array<string[] | null> }>): Record<string, string> {
  const ids = [...new Set(events.flatMap((e) => e.rules.flatMap((r) => r ?? [])))];
  return Object.fromEntries(ids.flatMap((id) => { const reason = roleRuleReason(id); return reason ? [[id, reason]] : []; }));
}

const notIncident = (r: Rejection) => ({ act: r.act, rule: r.rule, reason: r.reason, sentence: r.sentence.text });

function articleLines(x: ReturnType<typeof explain>): string[] {
  return [
    `article ${x.article_id} (published ${x.published}): ${x.events.length} event(s), ${x.tallies.length} tally(ies), ${x.not_incidents.length} candidate(s) judged not incidents`,
    ...x.events.flatMap((e, i) => [`event ${i + 1} of ${x.events.length}:`, ...eventLines({ ...e, links: [] }).map((l) => `  ${l}`)]),
    ...x.tallies.map((t) => `tally: ${t.count} ${t.what}${t.since ? ` since ${t.since}` : ''}${t.attribution ? `, according to ${t.attribution}` : ''}\n  "${t.source.sentence}"`),
    ...(Object.keys(x.role_rules).length ? ['role rules:', ...Object.entries(x.role_rules).map(([id, reason]) => `  ${id}: ${reason}`)] : []),
    ...(x.not_incidents.length ? ['not incidents:', ...x.not_incidents.map((r) => `  - "${r.act}": ${r.rule}, ${r.reason}\n    in "${r.sentence}"`)] : []),
  ];
}
