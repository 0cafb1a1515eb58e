// The domain model, in one place. Schemas validate what comes in from outside (articles) and what goes
// out (the export contract in ../shared/spec/events.md); everything in between trusts these types.
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** An article as a reader hands it over, before it gets its id and hash. */
export const ArticleInput = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional().nullable(),
  title: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  text: z.string(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export interface Article {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** publication day, YYYY-MM-DD: the anchor for every relative date in the text */
  published: string;
  text: string;
  /** sha256 of the text: re-ingesting the same text changes nothing */
  hash: string;
  /** where it came from (a file path, `-` for stdin) */
  origin: string;
}

export const ACTOR_TYPES = ['state_military', 'militia', 'rebel_group', 'political_group', 'civilians', 'government', 'unknown'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const Actor = z.object({
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  country: z.string().nullable(),
  affiliations: z.array(z.string()),
});
export type Actor = z.infer<typeof Actor>;

export const Place = z.object({
  name: z.string(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  country_code: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});
export type Place = z.infer<typeof Place>;

export const Range = z.object({
  best: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  text: z.string().nullable(),
});
export type Range = z.infer<typeof Range>;

export const Source = z.object({
  article_id: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: isoDay,
  sentence: z.string(),
  attribution: z.string().nullable(),
});
export type Source = z.infer<typeof Source>;

export const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** ACLED's sub-event types under each event type (ACLED codebook), for validating filters. */
export const SUB_EVENT_TYPES: Record<EventType, readonly string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established',
    'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
};
/** The kinds of act a trigger reports (data/lexicons/actions.tsv); data/acled/kind-types.tsv types each. */
export const ACT_KINDS = ['attack', 'interception', 'clash', 'abduction', 'protest', 'riot', 'kill'] as const;
export type ActKind = (typeof ACT_KINDS)[number];
/** The kinds of act a crowd does: a protest, a riot. */
export const CROWD_KINDS: ReadonlySet<string> = new Set<ActKind>(['protest', 'riot']);
export const STATUSES = ['confirmed', 'claimed', 'disputed'] as const;
export type Status = (typeof STATUSES)[number];

export const Relation = z.object({ type: z.enum(['retaliation_for', 'follows']), event_id: z.string() });
export type Relation = z.infer<typeof Relation>;

export const ExportEvent = z.object({
  id: z.string(),
  event_type: z.enum(EVENT_TYPES),
  sub_event_type: z.string(),
  weapon: z.string().nullable(),
  date: isoDay,
  date_earliest: isoDay,
  date_latest: isoDay,
  time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  actor1: Actor.nullable(),
  actor2: Actor.nullable(),
  assoc_actors1: z.array(Actor),
  assoc_actors2: z.array(Actor),
  location: Place,
  fatalities: Range,
  injured: Range,
  status: z.enum(STATUSES),
  claimed_by: z.array(z.string()),
  sources: z.array(Source).min(1),
  num_sources: z.number().int().min(1),
  related: z.array(Relation),
  notes: z.string(),
});
export type ExportEvent = z.infer<typeof ExportEvent>;

/** The fields whose words a source sentence is marked for. */
export type EvidenceField = 'actor1' | 'actor2' | 'event' | 'location' | 'fatalities' | 'injured' | 'attribution';

/** Where, in a source sentence, the words behind one field are (UTF-16 offsets). */
export interface EvidenceSpan {
  start: number;
  end: number;
  field: EvidenceField;
}

/** What the extractor read in one source sentence of a report: the words behind the fields, and the ids of the rules that made its mentions there. */
export interface SourceEvidence {
  spans: EvidenceSpan[];
  rules: string[];
}

/**
 * One article's account of an incident, as it is stored: its event in the export contract, with that
 * article's sources alone, and per source (in the same order) what the extractor read there. Reports
 * stored before sitrep kept the evidence have none. An event folded from reports leaves it out.
 */
export interface ReportEvent extends ExportEvent {
  evidence?: SourceEvidence[];
}

export const Tally = z.object({
  count: z.number(),
  what: z.string(),
  scope_countries: z.array(z.string()),
  since: isoDay.nullable(),
  until: isoDay.nullable(),
  attribution: z.string().nullable(),
  source: Source,
});
export type Tally = z.infer<typeof Tally>;

export const ExportDocument = z.object({
  version: z.literal(1),
  generated: z.string(),
  events: z.array(ExportEvent),
  tallies: z.array(Tally),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

/** A day span: the bounds an expression allows and the single best day inside them. */
export interface DateSpan {
  date: string;
  earliest: string;
  latest: string;
  precision: 1 | 2 | 3;
  text: string | null;
}

/** One sentence of an article, with its offsets so every field can point back to its words. */
export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
  start: number;
}

/** What the extractor found in one sentence: an event mention before it is merged into an event. */
export interface Mention {
  sentence: Sentence;
  /** rule ids that produced or changed this mention, for `show` and debugging */
  rules: string[];
  trigger: string;
  triggerIndex: number;
  event_type: EventType;
  sub_event_type: string;
  weapon: string | null;
  /** a bare generic word ("attack", "incident"): it says less than a typed trigger */
  generic: boolean;
  /** refers back to an incident already mentioned ("the attack", "the strikes") */
  anaphoric: boolean;
  /** says it is a different incident ("another base", "a second attack") */
  newIncident: boolean;
  /** a further place or day of a listed act ("riots hit Leeds and Hull"): apart from its list mates only, not from what was told at its own town */
  listed?: boolean;
  /** stands in a clause introduced by "after", "in response to": an earlier incident */
  antecedent: boolean;
  kind: ActKind;
  /** a casualty figure with no act of its own ("three were hurt"): it only adds to an incident */
  casualtyOnly?: boolean;
  /** a claim of responsibility with no act of its own ("the group said it was responsible"): its claimant is the perpetrator of the incident it joins */
  claimOnly?: boolean;
  /** its toll was told once for the whole list of places of a plural act ("attacks in Kalat and Kech left four dead"): the incident at the first place keeps it only when no other mention gives that incident a figure of its own */
  listToll?: boolean;
  /** an act a count of incidents sums up ("250 airstrikes so far"): it adds its act and sides to an incident, no toll, and makes no event alone */
  counted?: boolean;
  /** told in a line that no full stop closes (a headline, a dek, a caption, a label): it joins an incident and makes no event alone */
  headline?: boolean;
  /** the object of a reaction ("accused protesters of attacking police", "condemned the attacks"): a retelling of an incident already told, no event of its own then */
  reaction?: boolean;
  date: DateSpan | null;
  /** the only day the clause gives is the day its words were said ("officials said on Sunday"): any day given the act beats it */
  dateSaid?: boolean;
  /** the day is counted from publication only because no day was named before ("earlier in the day" in the lead): any day the text states beats it */
  dateLoose?: boolean;
  place: Place | null;
  actor1: Actor | null;
  actor2: Actor | null;
  assoc1: Actor[];
  assoc2: Actor[];
  fatalities: Range | null;
  injured: Range | null;
  attribution: string | null;
  claim: boolean;
  doubt: boolean;
  claimed_by: string[];
  retaliation: boolean;
}

/** An event of one article, built from one or more mentions, before it is stored. */
export interface ArticleEvent {
  mentions: Mention[];
  event_type: EventType;
  sub_event_type: string;
  weapon: string | null;
  date: DateSpan;
  location: Place;
  actor1: Actor | null;
  actor2: Actor | null;
  assoc_actors1: Actor[];
  assoc_actors2: Actor[];
  fatalities: Range;
  injured: Range;
  status: Status;
  claimed_by: string[];
  /** links to other events of the same article: index into Extraction.events */
  related: Array<{ type: Relation['type']; index: number }>;
}

export interface ArticleTally {
  count: number;
  what: string;
  scope_countries: string[];
  since: string | null;
  until: string | null;
  attribution: string | null;
  sentence: Sentence;
}

/** A candidate the extractor judged not to report an incident, with the rule that said so and why. */
export interface Rejection {
  sentence: Sentence;
  /** the act's words ("attacks", "fought") */
  act: string;
  rule: string;
  reason: string;
}

/** An actor the dictionary finds in a text: where its name stands and which alias or rule found it. */
export interface ActorMatch {
  actor: Actor;
  index: number;
  end: number;
  text: string;
  origin: string;
}

export interface Extraction {
  article: Article;
  events: ArticleEvent[];
  tallies: ArticleTally[];
  /** each sentence's actors by sentence index, found once: the evidence of the events reads them */
  actors: ReadonlyMap<number, ActorMatch[]>;
  /** candidates judged not incidents (background, summaries, plans, time markers, calls to act), for `eval --verbose` */
  rejected: Rejection[];
}
