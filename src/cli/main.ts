// sitrep's command line. Commands and options are declared here with commander alone; each command's
// implementation (and the heavy modules it needs: chrono, SQLite, the gazetteer) loads only when run,
// so `sitrep --help` starts fast.
import { Command, CommanderError, Option } from 'commander';
import { EXIT, fail } from './errors.js';

const DEFAULT_DB = './sitrep.db';

/** --db on every command that opens the store: a SQLite file, or a PostgreSQL URL; SITREP_DB stands for it. */
const dbOption = (): Option => new Option('--db <file|url>', 'SQLite database file, or postgres://user:password@host/database').env('SITREP_DB').default(DEFAULT_DB);

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const examples = (lines: string[]): string => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

const program = new Command()
  .name('sitrep')
  .description('offline conflict-event tracker: wire reports in, a structured, geolocated, sourced event database out')
  .version('0.1.0')
  // commander's own errors (unknown option, missing argument) are one line, like sitrep's: the newline
  // before a suggestion ("Did you mean --format?") becomes a space
  .configureOutput({ outputError: (text, write) => write(`sitrep: ${text.trim().replace(/\s*\n\s*/g, ' ')} (see --help)\n`) })
  .addHelpText('after', examples([
    'sitrep ingest samples                                  # articles in, events stored in ./sitrep.db',
    'sitrep events --country IQ --since 2023-12-01          # a table of events',
    'sitrep export --format csv -o events.csv               # ACLED CSV',
    'sitrep show ev-16df1337b3db                            # one event with every source sentence',
    'sitrep serve                                           # web map and API at http://127.0.0.1:8080/',
  ]) + '\nExit codes: 0 done; 1 nothing could be read; 2 a bad command, option or value (or --db);\n3 some inputs failed, the others were stored; 4 no such event (show).\n');

program
  .command('ingest')
  .description('read articles (JSON, JSON Lines, .txt, .html, RSS and Atom feeds, folders, - for stdin), extract events and store them')
  .argument('<paths...>', 'files or folders to read (.json, .jsonl, .txt, .html, .rss, .atom, .xml); - reads stdin')
  .addOption(dbOption())
  .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
  .option('--workers <n>', 'extract in n worker threads (the database is the same as with 1)', '1')
  .option('-q, --quiet', 'print nothing but errors')
  .option('--json', 'print the summary as JSON on stdout (errors still go to stderr, one line each)')
  .addHelpText('after', examples([
    'sitrep ingest samples --db sitrep.db                   # a folder: every readable file in it',
    'sitrep ingest feed.rss wire.atom                       # RSS 2.0, RSS 1.0 and Atom: one article per item or entry',
    'sitrep ingest notes.txt --published 2024-05-14         # text without a Published: header',
    'cat wire.jsonl | sitrep ingest -                       # stdin',
    'sitrep ingest articles/ --workers 2 --json             # the summary for a script',
  ]))
  .action(async (paths, opts) => (await import('./ingest-command.js')).runIngest(paths, opts));

const withFilters = (cmd: Command): Command =>
  cmd
    .addOption(dbOption())
    .option('--since <date>', 'events on or after this day (YYYY-MM-DD)')
    .option('--until <date>', 'events on or before this day (YYYY-MM-DD)')
    .option('--country <cc>', 'two-letter ISO country code, e.g. IQ')
    .option('--actor <name>', 'actor name (any part, any case)')
    .option('--type <type>', 'ACLED event type or sub-event type, e.g. Battles or "Air/drone strike"')
    .option('--status <status>', 'confirmed, claimed or disputed')
    .option('--min-sources <n>', 'events reported by at least n articles')
    .option('--bbox <w,s,e,n>', 'events placed inside this box: west,south,east,north in degrees')
    .option('--search <words>', 'words one of the source sentences contains, any case');

withFilters(program.command('events').description('list stored events (filters are checked as the API checks its parameters)'))
  .option('--format <format>', 'table, json, csv or geojson', 'table')
  .addHelpText('after', examples([
    'sitrep events --country IQ --since 2023-12-01 --until 2023-12-31',
    'sitrep events --actor "Kataib Hezbollah" --status confirmed --min-sources 2',
    'sitrep events --type "Air/drone strike" --format json',
    'sitrep events --bbox 38,29,49,38 --search drone',
  ]))
  .action(async (opts) => (await import('./events-command.js')).runEvents(opts));

withFilters(program.command('export').description('write events and tallies: the JSON export contract, ACLED CSV, or GeoJSON'))
  .requiredOption('--format <format>', 'json, csv or geojson')
  .option('-o, --output <file>', 'write to this file instead of stdout')
  .addHelpText('after', examples([
    'sitrep export --format json -o events.json             # the export contract, tallies included',
    'sitrep export --format csv --country SY -o syria.csv   # ACLED\'s 31 columns, in ACLED\'s order',
    'sitrep export --format geojson -o events.geojson       # points with flat, typed properties for QGIS',
  ]))
  .action(async (opts) => (await import('./export-command.js')).runExport(opts));

program
  .command('tally')
  .description("reported tallies (\"103 attacks since October 17\") beside sitrep's own count for the same scope")
  .addOption(dbOption())
  .option('--json', 'print the tallies as JSON, as GET /api/tallies gives them')
  .addHelpText('after', examples(['sitrep tally', 'sitrep tally --json | jq \'.[] | [.count, .sitrep.events]\'']))
  .action(async (opts) => (await import('./tally-command.js')).runTally(opts));

program
  .command('show')
  .description('print one event with every source sentence, its outlet, date and attribution (exit code 4 when there is no such event)')
  .argument('<event-id>')
  .addOption(dbOption())
  .option('--json', 'print the event as JSON, as GET /api/events/:id gives it')
  .addHelpText('after', examples(['sitrep show ev-16df1337b3db', 'sitrep show ev-16df1337b3db --json']))
  .action(async (id, opts) => (await import('./show-command.js')).runShow(id, opts));

program
  .command('explain')
  .description('extract articles in memory, storing nothing, and print the decision on every candidate: each event with the words and rules behind its fields, each act judged not an incident with its rule and reason')
  .argument('<articles...>', 'article files or folders (any format ingest reads)')
  .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
  .option('--json', 'print one JSON document: per article its events (with evidence and rules), tallies and not_incidents')
  .addHelpText('after', examples(['sitrep explain samples/', 'sitrep explain article.json --json', 'sitrep explain notes.txt --published 2024-05-14']))
  .action(async (paths, opts) => (await import('./explain-command.js')).runExplain(paths, opts));

program
  .command('serve')
  .description('serve the JSON API and the web map over a database (offline: every asset ships with sitrep)')
  .addOption(dbOption())
  .option('--port <port>', 'TCP port (0 picks a free one)', '8080')
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--allowed-host <name>', 'also answer requests whose Host is this name (name or name:port; repeatable); localhost, 127.0.0.1 and [::1] always are', collect, [])
  // the name of earlier releases, still read
  .addOption(new Option('--allow-host <name>').argParser(collect).default([]).hideHelp())
  .option('--token-file <file>', 'file holding the bearer token that opens POST /api/articles (or set SITREP_TOKEN); without one the server is read-only')
  .option('--token <token>', 'the token itself: every user of the machine sees it in ps, so prefer --token-file or SITREP_TOKEN')
  .option('--body-limit <bytes>', 'largest POST body accepted, in bytes', String(10 * 1024 * 1024))
  .option('--article-limit <bytes>', 'most bytes of text one posted article may have (larger: 413)', String(1024 * 1024))
  .option('--ingest-queue <n>', 'most POST requests in progress at once (more: 503 with Retry-After)', '4')
  .option('--workers <n>', 'worker threads that read and extract posted articles', '1')
  .option('--shutdown-grace <seconds>', 'on SIGINT/SIGTERM, how long requests in flight may take before ingest work is abandoned', '5')
  .addHelpText('after', examples([
    'sitrep serve --db sitrep.db                            # read-only: the map and GET endpoints',
    'sitrep serve --token-file sitrep.token                 # also POST /api/articles with Authorization: Bearer <token>',
    'sitrep serve --host 0.0.0.0 --allowed-host sitrep.lan  # on the network, under the name clients use',
  ]))
  .action(async (opts) => (await import('./serve-command.js')).runServe(opts));

program
  .command('eval')
  .description('extract each article alone, in memory, and score it against gold annotations, listing every miss')
  .argument('<articles...>', 'article files or folders')
  .requiredOption('--gold <dir>', 'folder of gold annotation files (one per article)')
  .option('--scorer <file>', 'scorer script (default: ../shared/eval/score.mjs beside the project, else its copy eval/score.mjs)')
  .option('-q, --quiet', 'figures only, no list of misses')
  .option('-v, --verbose', 'also list every candidate judged not an incident, with the rule and its reason')
  .option('--together', 'also store all articles in one temporary database and score cross-article merging (dedupe_f1)')
  .addHelpText('after', examples(['sitrep eval --gold test/corpus/gold test/corpus/articles', 'sitrep eval --gold gold/ articles/ --verbose', 'sitrep eval --gold gold/ articles/ --quiet --together']))
  .action(async (paths, opts) => (await import('./eval-command.js')).runEval(paths, opts));

// `sitrep events | head`: the reader went away, which is not an error worth a stack trace
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  fail(err);
});

program.exitOverride();
for (const cmd of program.commands) cmd.exitOverride();

program.parseAsync(process.argv).catch((err) => {
  // --help and --version end with 0; commander's errors are how sitrep was called, as bad values are
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage);
  fail(err);
});
