// POST /api/articles on the real `sitrep serve` (worker threads read and extract; the server's thread
// stores): the formats, the token, the limits, the queue, and stopping on SIGTERM with work in flight.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinedText } from '../src/bench/large-articles.js';
import { ExportEvent } from '../src/types.js';
import { REAL, loadFolder, sitrep, startServe, tmp } from './helpers.js';

const TOKEN = 'test-token-123';
const auth = { authorization: `Bearer ${TOKEN}` };
type Server = Awaited<ReturnType<typeof startServe>>;

const dir = tmp();
const tokenFile = join(dir, 'token');
writeFileSync(tokenFile, `${TOKEN}\n`, { mode: 0o600 });

/** A database holding the bundled samples, for a server to start on. */
function sampleDb(name: string): string {
  const db = join(dir, name);
  const run = sitrep(['ingest', 'samples', '--db', db, '-q']);
  expect(run.status, run.stderr).toBe(0);
  return db;
}

const post = (server: Server, body: string | Buffer<ArrayBuffer>, headers: Record<string, string> = {}, query = '') =>
  fetch(`${server.url}/api/articles${query}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const get = async (server: Server, path: string) => (await fetch(server.url + path)).json();
const eventCount = async (server: Server): Promise<number> => (await get(server, '/api/events?limit=1')).count;

/** The dev corpus's articles joined into one of at most `bytes` bytes: seconds of extraction. */
function longArticle(id: string, bytes: number) {
  return { id, outlet: 'Test Wire', published: '2024-01-20', text: joinedText(loadFolder(join(REAL, 'articles')).map((a) => a.text), bytes) };
}

/**
 * Resolves once the server says an article is at its extraction workers, or `done()` says the POST is
 * over. A server that extracted on its own thread could never say so: it would answer only afterwards.
 */
async function extracting(server: Server, done: () => boolean): Promise<void> {
  while (!done() && (await get(server, '/api/status')).ingest.extracting === 0) await new Promise((r) => setTimeout(r, 20));
}

const exited = (server: Server) => new Promise<number | null>((resolve) => (server.child.exitCode !== null ? resolve(server.child.exitCode) : server.child.once('exit', resolve)));

function stored(db: string): { integrity: string; ids: string[] } {
  const conn = new Database(db, { readonly: true });
  try {
    return {
      integrity: (conn.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
      ids: (conn.prepare('SELECT id FROM articles ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id),
    };
  } finally {
    conn.close();
  }
}

describe('POST /api/articles', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServe(['--db', sampleDb('post.db'), '--token-file', tokenFile, '--body-limit', String(64 * 1024), '--article-limit', '20000']);
  });
  afterAll(async () => server?.stop());

  const article = {
    id: 'api-post-1', outlet: 'Test Wire', published: '2024-03-05',
    text: 'MOGADISHU - A roadside bomb killed three soldiers near Kismayo on Monday, a police officer told reporters. Al-Shabaab claimed the attack.',
  };

  it('refuses without the bearer token and with a wrong one; the scheme may be in any case', async () => {
    const before = await eventCount(server);
    const none = await post(server, JSON.stringify(article));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await none.json()).error).toBe('unauthorized');
    expect((await post(server, JSON.stringify(article), { authorization: 'Bearer wrong-token-12' })).status).toBe(401);
    expect((await post(server, JSON.stringify(article), { authorization: TOKEN })).status).toBe(401);
    expect(await eventCount(server)).toBe(before);
    const lower = { ...article, id: 'api-lower-bearer', text: 'Gunmen killed four villagers near Gao on Saturday, a local official said.' };
    const res = await post(server, JSON.stringify(lower), { authorization: `bearer ${TOKEN}` });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await res.json()).articles).toBe(1);
  });

  it('ingests an article with the token and returns the events it made; the same article again changes nothing', async () => {
    const before = await eventCount(server);
    const res = await post(server, JSON.stringify(article), auth);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.articles).toBe(1);
    expect(body.events.length).toBeGreaterThan(0);
    const e = ExportEvent.parse(body.events[0]);
    expect(e.location.name).toBe('Kismayo');
    expect((await fetch(`${server.url}/api/events/${e.id}`)).status).toBe(200);
    expect(await eventCount(server)).toBe(before + body.created);
    const again = await (await post(server, JSON.stringify(article), auth)).json();
    expect(again).toMatchObject({ articles: 0, duplicates: 1, events: [] });
    const corrected = await post(server, JSON.stringify({ ...article, text: `${article.text} The toll rose to four.` }), auth);
    expect(corrected.status).toBe(409);
    expect((await corrected.json()).message).toMatch(/article id "api-post-1" is already stored with a different text/);
  });

  it('reads plain text with the publication day as a parameter', async () => {
    const text = 'Gunmen abducted 12 passengers near Kaduna on Sunday, police said.';
    const res = await post(server, text, { ...auth, 'content-type': 'text/plain' }, '?published=2024-06-10');
    expect(res.status).toBe(200);
    expect((await res.json()).events[0].date).toBe('2024-06-09');
    expect((await post(server, text, { ...auth, 'content-type': 'text/plain' }, '?published=2024-06-31')).status).toBe(400);
  });

  it('names JSON and JSON Lines sent as text/plain instead of calling them "not English"', async () => {
    const before = await eventCount(server);
    const json = await post(server, JSON.stringify({ ...article, id: 'as-text' }), { ...auth, 'content-type': 'text/plain; charset=utf-8' });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: 'bad_input', message: 'request body: this looks like JSON: send it as application/json' });
    const lines = [article, { ...article, id: 'as-text-2' }].map((a) => JSON.stringify(a)).join('\n');
    const jsonl = await post(server, lines, { ...auth, 'content-type': 'text/plain' });
    expect((await jsonl.json()).message).toBe('request body: this looks like JSON Lines: send it as application/x-ndjson');
    expect(await eventCount(server)).toBe(before);
  });

  it('stores each article of a body on its own: one whose id is stored with another text is refused, its neighbours stored', async () => {
    const kept = { id: 'api-batch-kept', outlet: 'Test Wire', published: '2024-03-12', text: 'A roadside bomb killed two soldiers near Afgooye on Sunday, a police officer said.' };
    expect((await post(server, JSON.stringify(kept), auth)).status).toBe(200);
    const batch = [
      { id: 'api-batch-1', published: '2024-05-20', text: 'Gunmen killed four farmers near Gwoza on Saturday, residents said.' },
      { ...kept, text: `${kept.text} The toll later rose to five.` },
      { id: 'api-batch-3', published: '2024-05-21', text: 'A drone strike hit a vehicle near Jilib on Monday, killing two militants, officials said.' },
    ];
    const res = await post(server, JSON.stringify(batch), auth);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items).toEqual([
      { id: 'api-batch-1', status: 'stored' },
      { id: 'api-batch-kept', status: 'conflict', message: 'request body (article 2): article id "api-batch-kept" is already stored with a different text: give the corrected story a new id' },
      { id: 'api-batch-3', status: 'stored' },
    ]);
    expect(body).toMatchObject({ articles: 2, errors: [body.items[1].message] });
    const onlyConflict = await post(server, JSON.stringify([batch[1], batch[1]]), auth);
    expect(onlyConflict.status).toBe(409);
    expect((await onlyConflict.json()).items.map((i: { status: string }) => i.status)).toEqual(['conflict', 'conflict']);
  });

  it('reads an RSS feed body, one article per item', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>
      <item><title>Blast</title><link>https://example.org/a</link><pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate>
      <description>A car bomb exploded near a checkpoint in Kirkuk on Monday, killing two police officers, officials said.</description></item>
      <item><title>Clash</title><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate>
      <description>Gunmen abducted five farmers near Kaduna on Sunday, police said &amp; residents confirmed.</description></item>
    </channel></rss>`;
    const res = await post(server, rss, { ...auth, 'content-type': 'application/rss+xml' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.articles).toBe(2);
    expect(body.events.map((e: ExportEvent) => e.location.name).sort()).toEqual(['Kaduna', 'Kirkuk']);
  });

  it('stores the readable items of a body and names the others', async () => {
    const items = [
      { id: 'api-mixed-1', published: '2024-05-20', text: 'A suicide bomber killed six people at a market in Maiduguri on Sunday, police said.' },
      { id: 'api-mixed-2', published: '2024-05-20', text: '' },
    ];
    const res = await post(server, JSON.stringify(items), auth);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.articles).toBe(1);
    expect(body.errors).toEqual([expect.stringMatching(/request body \(article 2\)/)]);
  });

  it('answers unreadable bodies with a JSON 400, and a body or an article over its limit with a JSON 413, storing nothing', async () => {
    const before = await eventCount(server);
    const binary = await post(server, Buffer.from([0, 1, 2, 3, 255, 0, 7]), { ...auth, 'content-type': 'application/octet-stream' });
    expect(binary.status).toBe(400);
    expect((await binary.json()).message).toMatch(/request body: is binary/);
    expect((await post(server, '{"text": "unfinished', auth)).status).toBe(400);
    const huge = await post(server, JSON.stringify({ ...article, text: 'word '.repeat(20_000) }), auth);
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    // 30 KB of text is under the 64 KB body limit and over the 20,000-byte article limit
    const long = { ...article, id: 'api-long', text: `${article.text} ${'The convoy was hit near the port. '.repeat(900)}` };
    const tooLong = await post(server, JSON.stringify([{ ...article, id: 'api-short', text: 'Gunmen killed two guards near Gao on Friday, police said.' }, long]), auth);
    expect(tooLong.status).toBe(413);
    expect(await tooLong.json()).toEqual({ error: 'too_large', message: expect.stringMatching(/^request body: article "api-long" has 30(\.\d)? KB of text, over the limit of 19\.5 KB for one article: split it$/) });
    expect(await eventCount(server)).toBe(before);
  });

  it('reads the token from --token-file; an unreadable one, or a token given twice, is one line and exit 2', () => {
    const missing = sitrep(['serve', '--db', join(dir, 'post.db'), '--port', '0', '--token-file', join(dir, 'no-such-token')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`sitrep: cannot read --token-file ${join(dir, 'no-such-token')}: no such file\n`);
    const both = sitrep(['serve', '--db', join(dir, 'post.db'), '--port', '0', '--token-file', tokenFile, '--token', TOKEN]);
    expect(both.status).toBe(2);
    expect(both.stderr).toBe('sitrep: give --token-file or --token, not both\n');
  });

  it('is closed on a server started without a token', async () => {
    const readOnly = await startServe(['--db', sampleDb('read-only.db')]);
    try {
      const res = await post(readOnly, JSON.stringify(article), auth);
      expect(res.status).toBe(403);
      expect((await res.json()).error).toBe('ingest_disabled');
      expect(await get(readOnly, '/api/status')).toEqual({ ingest: null });
    } finally {
      await readOnly.stop();
    }
  });
});

describe('ingest off the request thread', () => {
  it('answers GETs while a body at the article limit is extracted, refuses a second POST with 503 and Retry-After, and a 9.8 MB article with 413', async () => {
    const server = await startServe(['--db', sampleDb('queue.db'), '--token-file', tokenFile, '--ingest-queue', '1']);
    try {
      const { ingest } = await get(server, '/api/status');
      expect(ingest).toMatchObject({ requests: 0, extracting: 0, queue_limit: 1, article_limit: 1024 * 1024 });
      const big = longArticle('at-the-limit', ingest.article_limit);
      let postDone = false;
      const bigPost = post(server, JSON.stringify(big), auth).then(async (r) => {
        postDone = true;
        return { status: r.status, body: await r.json() };
      });
      await extracting(server, () => postDone);
      expect(postDone).toBe(false);
      expect((await get(server, '/api/status')).ingest.requests).toBe(1);
      for (const path of ['/api/events?limit=10000', '/api/stats', '/api/tallies', '/api/export.json']) {
        expect((await fetch(server.url + path)).status, path).toBe(200);
        expect(postDone, `${path} was answered after the POST`).toBe(false);
      }
      const second = await post(server, JSON.stringify({ id: 'queued', published: '2024-01-21', text: 'Gunmen killed two guards near Gao on Friday, police said.' }), auth);
      expect(second.status).toBe(503);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await second.json()).error).toBe('busy');
      expect(postDone).toBe(false);
      const result = await bigPost;
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      expect(result.body.articles).toBe(1);
      expect(result.body.events.length).toBeGreaterThan(10);

      const text = 'Gunmen abducted 12 passengers near Kaduna on Sunday, police said. '.repeat(Math.ceil(9.8 * 1024 * 1024 / 66));
      const tooBig = await post(server, text.slice(0, 9.8 * 1024 * 1024), { ...auth, 'content-type': 'text/plain' }, '?published=2024-06-10');
      expect(tooBig.status).toBe(413);
      expect((await tooBig.json()).message).toBe('request body: the article has 9.8 MB of text, over the limit of 1 MB for one article: split it');
    } finally {
      await server.stop();
    }
  }, 300_000);
});

describe('stopping', () => {
  it('on SIGINT the moment it says it is serving, stops and exits 0, not killed by the signal', async () => {
    const server = await startServe(['--db', sampleDb('sigint.db')]);
    let stderr = '';
    server.child.stderr!.on('data', (d: string) => (stderr += d));
    server.child.kill('SIGINT');
    expect(await exited(server)).toBe(0);
    expect(stderr).toBe('sitrep: SIGINT: stopping; requests in flight have 5 s to finish\n');
  });

  it('on SIGTERM stops listening, finishes the POST in flight, closes the database and exits 0', async () => {
    const db = sampleDb('finish.db');
    const server = await startServe(['--db', db, '--token-file', tokenFile, '--shutdown-grace', '600']);
    let stderr = '';
    server.child.stderr!.on('data', (d: string) => (stderr += d));
    let postDone = false;
    const inFlight = post(server, JSON.stringify(longArticle('finished-on-sigterm', 1024 * 1024)), auth).then((r) => {
      postDone = true;
      return r;
    });
    await extracting(server, () => postDone);
    expect(postDone).toBe(false);
    server.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await exited(server)).toBe(0);
    expect(stderr).toMatch(/^sitrep: SIGTERM: stopping; requests in flight have 600 s to finish\n$/);
    const after = stored(db);
    expect(after.integrity).toBe('ok');
    expect(after.ids).toContain('finished-on-sigterm');
  }, 300_000);

  it('past --shutdown-grace abandons the ingest in flight with a 503, stores none of it, and exits 0 with the database intact', async () => {
    const db = sampleDb('abandon.db');
    const before = stored(db);
    const server = await startServe(['--db', db, '--token-file', tokenFile, '--shutdown-grace', '0']);
    let postDone = false;
    const inFlight = post(server, JSON.stringify(longArticle('abandoned-on-sigterm', 1024 * 1024)), auth).then(async (r) => {
      postDone = true;
      return { status: r.status, body: await r.json() };
    });
    await extracting(server, () => postDone);
    expect(postDone).toBe(false);
    server.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ error: 'shutting_down', message: expect.stringMatching(/^the server is stopping: /) });
    expect(await exited(server)).toBe(0);
    expect(stored(db)).toEqual(before);
  }, 120_000);
});
