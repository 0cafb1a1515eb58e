// The ingest stage end to end: files → articles → extraction → cross-article merge → store, one
// transaction per article, or a few in one where the store groups commits (each still undone alone
// when it fails). A bad file, or a bad article of a file, is reported and skipped; what was stored
// stays stored. Other processes may write the same database at the same time.
import { bridgeOnce, candidateWindow, fitsEvent, joinedOnce, matchReasons, spread, type Linked } from '../merge/across-articles.js';
import { addVotes, foldReports, votesOf } from '../model/fold.js';
import { ArticleIdTaken, articleScope, type ArticleWrite, type EventStore, type Outcome, outcomeOf, type Report, type StoreQueries, type StoredArticle } from '../store/event-store.js';
import type { Article, ExportEvent, ReportEvent, Tally } from '../types.js';
import { extractReports } from './extract-reports.js';
import { InputError } from '../ingest/input-error.js';
import { expandPaths, loadFileItems, type LoadOptions } from '../ingest/load.js';

export interface IngestReport {
  files: number;
  articles: number;
  duplicates: number;
  eventsCreated: number;
  eventsMerged: number;
  tallies: number;
  errors: InputError[];
}

export interface IngestHooks {
  onStart?: (files: number) => void;
  onFile?: (file: string) => void;
}

export async function ingestPaths(paths: string[], store: EventStore, options: LoadOptions = {}, hooks: IngestHooks = {}): Promise<IngestReport> {
  const { files, errors } = expandPaths(paths);
  const report = newReport(files.length, errors);
  const writer = new GroupWriter(store, report);
  hooks.onStart?.(files.length);
  for (const file of files) {
    try {
      // a bad item (one article of an array or a feed) is named; the file's other articles go on
      const { articles, errors: bad } = loadFileItems(file, options);
      writer.then(() => report.errors.push(...bad));
      for (const { article, where } of articles) {
        try {
          const item = await extractNew(article, store, report);
          if (item) await writer.add(item, where);
        } catch (err) {
          writer.then(() => report.errors.push(fileError(where, err)));
        }
      }
    } catch (err) {
      writer.then(() => report.errors.push(fileError(file, err)));
    }
    writer.then(() => hooks.onFile?.(file));
  }
  await writer.flush();
  return report;
}

export const newReport = (files: number, errors: InputError[]): IngestReport => ({ files, articles: 0, duplicates: 0, eventsCreated: 0, eventsMerged: 0, tallies: 0, errors });

/** What a file or an article that failed reports, named by `where`: its own InputError, or the error as a reason. */
export function fileError(where: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const input = where === '-' ? 'stdin' : where;
  return new InputError(input, err instanceof ArticleIdTaken ? err.message : `could not be processed: ${(err as Error).message}`);
}

/** Extracts and stores an article: the events it created or changed, or null when its text was already stored. */
export async function ingestArticle(article: Article, store: EventStore, report: IngestReport): Promise<ExportEvent[] | null> {
  const item = await extractNew(article, store, report);
  return item && storeReports(item.article, item.reports, item.tallies, store, report);
}

/** An article's reports and tallies, or null (a duplicate counted) when its text is stored already. */
async function extractNew(article: Article, store: EventStore, report: IngestReport): Promise<ArticleToStore | null> {
  // spares the extraction of a text already stored; the write asks again once it holds the write lock
  if (await store.hasArticle(article.hash)) {
    report.duplicates++;
    return null;
  }
  return { article, ...extractReports(article) };
}

/**
 * Links an article's reports into the stored events and stores all of it in one transaction that holds
 * the lock of its scope (its id, its text, its reports' countries) from its first read: the candidates
 * linked to and the events folded into are still the stored ones when it commits, whatever other
 * processes write. Null when the text was already stored.
 */
export async function storeReports(article: StoredArticle, reports: ReportEvent[], tallies: Tally[], store: EventStore, report: IngestReport): Promise<ExportEvent[] | null> {
  const write = await store.writeTransaction(articleWrite({ article, reports, tallies }), articleScope(article, reports));
  counted(report, reports.length, write);
  return write ? write.events : null;
}

/** One article to store with `storeBatch` or `GroupWriter`: what `storeReports` takes. */
export interface ArticleToStore {
  article: StoredArticle;
  reports: ReportEvent[];
  tallies: Tally[];
}

/** Storing one article inside a write transaction: what it wrote, or null when its text was stored already. */
function articleWrite({ article, reports, tallies }: ArticleToStore): (tx: StoreQueries) => Promise<ArticleWrite | null> {
  return async (tx) => {
    // another writer may have stored the same text since the caller looked: that is a duplicate, not a conflict of ids
    if (await tx.hasArticle(article.hash)) return null;
    const w: ArticleWrite = { article, tallies, ...(await linkReports(reports, tx)) };
    await tx.saveArticle(w);
    return w;
  };
}

/**
 * Stores several articles in one write transaction, one after the other as `storeReports` would: each
 * is linked against what the ones before it wrote, so the database is the same as after a
 * `storeReports` of each in turn. The transaction excludes every other writer for its whole length,
 * so it is for loading a database no one else writes (the benchmark's builder), where one commit per
 * article, not the linking, is most of the time. All or none of them is stored.
 */
export async function storeBatch(items: ArticleToStore[], store: EventStore, report: IngestReport): Promise<void> {
  const writes = await store.writeTransaction(async (tx) => {
    const done: Array<ArticleWrite | null> = [];
    for (const item of items) done.push(await articleWrite(item)(tx));
    return done;
  });
  for (const [i, w] of writes.entries()) counted(report, items[i]!.reports.length, w);
}

// a group commits after this many articles, or reports, whichever comes first: a commit per article
// was half of what storing the real reporting mix cost (19.9 s for 930 articles against 11.0 s in
// groups of 16), and a group holds the write lock, which other writers wait for, a few tenths of a second
const GROUP_ARTICLES = 16;
const GROUP_REPORTS = 128;

/**
 * The writer of an ingest run: stores articles in input order, a group at a time in one transaction
 * where the store can (`EventStore.writeGroup`), each on its own elsewhere. Either way each article is
 * stored or refused on its own, as by `storeReports`, and the database ends the same. What the run
 * reports between articles (a bad file, progress) waits for the articles before it, so errors come in
 * input order whatever the group.
 */
export class GroupWriter {
  private queue: Array<{ item: ArticleToStore; where: string } | (() => void)> = [];
  private articles = 0;
  private reports = 0;

  constructor(private readonly store: EventStore, private readonly report: IngestReport) {}

  /** Stores an article, with those before it when they fill a group; `where` names it in an error. */
  async add(item: ArticleToStore, where: string): Promise<void> {
    this.queue.push({ item, where });
    this.articles++;
    this.reports += item.reports.length;
    if (!this.store.writeGroup || this.articles >= GROUP_ARTICLES || this.reports >= GROUP_REPORTS) await this.flush();
  }

  /** Runs `note` once the articles added before it are stored. */
  then(note: () => void): void {
    if (this.queue.length) this.queue.push(note);
    else note();
  }

  /** Stores the articles added, and runs the notes among them, in order. */
  async flush(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.articles = this.reports = 0;
    const items = queue.filter((q) => typeof q !== 'function');
    const outcomes = await this.storeAll(items.map((q) => q.item));
    let i = 0;
    for (const q of queue) {
      if (typeof q === 'function') {
        q();
        continue;
      }
      const outcome = outcomes[i++]!;
      if ('error' in outcome) this.report.errors.push(fileError(q.where, outcome.error));
      else counted(this.report, q.item.reports.length, outcome.value);
    }
  }

  private async storeAll(items: ArticleToStore[]): Promise<Array<Outcome<ArticleWrite | null>>> {
    if (this.store.writeGroup) return this.store.writeGroup(items.map(articleWrite));
    const outcomes: Array<Outcome<ArticleWrite | null>> = [];
    for (const item of items) outcomes.push(await outcomeOf(this.store.writeTransaction(articleWrite(item), articleScope(item.article, item.reports))));
    return outcomes;
  }
}

/** Adds an article's outcome to the report: a duplicate (null), or its events created and merged. */
function counted(report: IngestReport, reports: number, write: ArticleWrite | null): void {
  if (!write) {
    report.duplicates++;
    return;
  }
  report.articles++;
  report.tallies += write.tallies.length;
  const created = write.reports.filter((r) => r.links.length === 0 && r.eventId === r.report.id).length;
  report.eventsCreated += created;
  report.eventsMerged += reports - created;
}

/**
 * Two new reports that reach the same stored event are in one group, and so, through it, are groups that
 * a report bridges ("a" reaches X, "b" reaches Y, "c" reaches both): each stored event ends in exactly
 * one group, or two events written at once would claim it (and its ACLED id).
 */
export function joinGroups<R>(groups: Array<{ reports: R[]; events: Set<string> }>): Array<{ reports: R[]; events: Set<string> }> {
  const merged: Array<{ reports: R[]; events: Set<string> }> = [];
  for (const g of groups) {
    const touching = merged.filter((m) => [...g.events].some((e) => m.events.has(e)));
    const into = { reports: [...touching.flatMap((m) => m.reports), ...g.reports], events: new Set([...touching.flatMap((m) => [...m.events]), ...g.events]) };
    for (const m of touching) merged.splice(merged.indexOf(m), 1);
    merged.push(into);
  }
  return merged;
}

/**
 * Links an article's reports to stored reports of the same incidents and regroups the events they
 * touch: every report linked, directly or through others, to a new one ends in one event.
 */
async function linkReports(reports: ReportEvent[], store: StoreQueries): Promise<Omit<ArticleWrite, 'article' | 'tallies'>> {
  const links = new Map<string, Report['links']>();
  const groups = reports.map((r) => ({ reports: [r], events: new Set<string>() }));
  // each stored event is read once per article: to judge links, then to fold into
  const cache = new Map<string, Promise<ExportEvent | undefined>>();
  const eventOf = (id: string) => cache.get(id) ?? cache.set(id, store.event(id)).get(id)!;
  const reached: Array<{ report: ReportEvent; linked: Linked[] }> = [];
  for (const g of groups) {
    const r = g.reports[0]!;
    const [from, to] = candidateWindow(r);
    const near = r.location.geo_precision < 3 && r.location.lat != null && r.location.lon != null ? { lat: r.location.lat, lon: r.location.lon, km: 70 } : undefined;
    const linked: Linked[] = [];
    // an event that does not fit the new report fails it for every one of its reports, and a report
    // that does not match fails it for every report alike
    const unfit = new Set<string>();
    const unmatched = new Set<string>();
    for (const c of await store.reportsBetween(from, to, r.location.country_code, near)) {
      // one link to an event is enough to join it: its other reports are not even read, unless the link
      // is only through a vague report (`joinedOnce`), which a link through another report overrides
      const known = linked.findIndex((l) => l.event.id === c.eventId);
      if (unfit.has(c.eventId) || unmatched.has(c.matchKey) || (known >= 0 && linked[known]!.through === undefined)) continue;
      const candidate = await c.report();
      const through = spread(candidate) && !spread(r) ? candidate.date : undefined;
      if (known >= 0 && through !== undefined) continue;
      const criteria = matchReasons(candidate, r);
      if (!criteria) {
        unmatched.add(c.matchKey);
        continue;
      }
      const event = await eventOf(c.eventId);
      if (!event || !fitsEvent(event, r, candidate)) {
        unfit.add(c.eventId);
        continue;
      }
      const link = { event, link: { with: candidate.id, article_id: candidate.sources[0]!.article_id, criteria }, through };
      if (known >= 0) linked[known] = link;
      else linked.push(link);
    }
    reached.push({ report: r, linked: bridgeOnce(r, linked) });
  }
  joinedOnce(reached).forEach((kept, i) => {
    kept.forEach((l) => groups[i]!.events.add(l.event.id));
    links.set(reached[i]!.report.id, kept.map((l) => l.link));
  });
  const merged = joinGroups(groups);
  const write: Omit<ArticleWrite, 'article' | 'tallies'> = { reports: [], relabel: new Map(), events: [], votes: new Map(), removed: [] };
  for (const g of merged) {
    // stored events stand for their reports in the join (it is associative) and in the vote (votes add up)
    const stored = (await Promise.all([...g.events].map(eventOf))).filter((e): e is ExportEvent => !!e);
    const votes = [...g.reports.map(votesOf), ...(await store.votes([...g.events])).values()].reduce(addVotes);
    const event = foldReports([...g.reports, ...stored], votes);
    write.votes.set(event.id, votes);
    for (const r of g.reports) write.reports.push({ report: r, eventId: event.id, links: links.get(r.id) ?? [] });
    for (const id of g.events) {
      if (id === event.id) continue;
      write.relabel.set(id, event.id);
      write.removed.push(id);
    }
    write.events.push(event);
  }
  return write;
}
