import { compareTally, tallyWithCount } from '../export/tally-comparison.js';
import { printJson, withStore } from './shared.js';
import { forTerminal } from './terminal.js';

export async function runTally(o: { db: string; json?: boolean }): Promise<void> {
  if (o.json) return printJson(await withStore(o.db, async (store) => Promise.all((await store.tallies()).map((t) => tallyWithCount(store, t)))));
  const rows = await withStore(o.db, async (store) => Promise.all((await store.tallies()).map((t) => compareTally(store, t))));
  if (rows.length === 0) return void process.stdout.write('no tallies\n');
  for (const { tally: t, events, articles, party } of rows) {
    const scope = `${t.scope_countries.join('+') || 'anywhere'}, ${t.since ?? '?'} → ${t.until ?? '?'}${party ? `, ${party.role === 'actor2' ? 'against' : 'by'} ${party.name}` : ''}`;
    process.stdout.write(forTerminal(`${t.attribution ?? t.source.outlet ?? t.source.article_id}: ${t.count} ${t.what} (${scope})\n` +
      `  sitrep: ${events} event(s) from ${articles} article(s)   [${t.source.article_id}]\n`));
  }
}
