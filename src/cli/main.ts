// sitrep's command line: one file per command, wired here.
import { Command, CommanderError } from 'commander';
import { registerEvents } from './events-command.js';
import { registerExport } from './export-command.js';
import { registerIngest } from './ingest-command.js';
import { registerShow } from './show-command.js';
import { fail } from './shared.js';
import { registerTally } from './tally-command.js';

const program = new Command()
  .name('sitrep')
  .description('offline conflict-event tracker: wire reports in, a structured, geolocated, sourced event database out')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerIngest(program);
registerEvents(program);
registerExport(program);
registerTally(program);
registerShow(program);
for (const cmd of program.commands) cmd.exitOverride();

try {
  program.parse(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  fail(err);
}
