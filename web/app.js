// sitrep's web page: a map, a list and a timeline over /api, with the filter state kept in the URL so a
// view can be shared. No framework and no build step: Leaflet, its clustering plugin and topojson are
// loaded as plain scripts from the server's own /vendor folder.
/* global L, topojson */

const TYPES = {
  Battles: 'battles', 'Explosions/Remote violence': 'explosions', 'Violence against civilians': 'civilians',
  Protests: 'protests', Riots: 'riots', 'Strategic developments': 'strategic',
};
const FILTERS = ['q', 'country', 'type', 'status', 'actor', 'since', 'until'];
const FILTER_NAMES = { q: 'search', country: 'country', type: 'type', status: 'status', actor: 'actor', since: 'from', until: 'to' };
const TIME_PRECISION = { 1: 'day known', 2: 'week known', 3: 'month known' };
const GEO_PRECISION = { 1: 'the place itself', 2: 'near it, or its district', 3: 'only the region or country' };
// the most events one request brings (the API's own limit): the map and the list hold at most this many
const MAP_LIMIT = 10000;
const LIST_STEP = 300; // rows the list draws at a time; "show more" draws the next ones
const DAY = 86400000;
// Natural Earth's 1:50m borders are all the offline map has: past this zoom a view shows one border line
// or none, so nothing the page does on its own (first view, opening an event, a cluster click) goes further.
const CONTEXT_ZOOM = 7;

const $ = (sel) => document.querySelector(sel);
const form = $('#filters');
const state = Object.fromEntries(new URLSearchParams(location.search));
const map = L.map('map', { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 13 }).setView([25, 30], 3);
// clusters at every zoom, so events at one point are never drawn on top of each other: a click on a
// cluster zooms in up to CONTEXT_ZOOM and past it spreads the cluster's markers around it. Without the
// plugin's animations a cluster can be spread as soon as the map has moved.
const cluster = L.markerClusterGroup({
  maxClusterRadius: 40, showCoverageOnHover: false, zoomToBoundsOnClick: false, spiderfyOnMaxZoom: false, animate: false,
  iconCreateFunction: clusterIcon,
});
map.addLayer(cluster);
// the zoom the page shows, for the tests and anyone scripting the page, like body[data-state]
const showZoom = () => (map.getContainer().dataset.zoom = map.getZoom());
map.on('zoomend', showZoom);
showZoom();
const markers = new Map(); // id → { marker, event }
let fittedCountry; // the country filter the view was last fitted to; undefined before the first fit
let tally = null; // the tally whose counted events are marked, chosen in the tallies tab
let countedIds = null; // the ids of those events among the events loaded
let matched = { count: 0, capped: false, from: null }; // how many events the filters match (more than `count` when capped); the first day loaded when not all are

// ---- plumbing ----

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// sitrep stores only http(s) source URLs, but a database written by an older version may hold any
// scheme, and a javascript: or data: href would run in this page: anything else is shown as text.
const isWebUrl = (url) => /^https?:\/\//i.test(url ?? '');

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  return q.toString();
}

async function api(path, params = {}, signal = undefined) {
  const qs = query(params);
  const res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { signal });
  const body = await res.json();
  if (!res.ok) throw new Error(body.message ?? `${res.status} ${res.statusText}`);
  return body;
}

const isAbort = (err) => err?.name === 'AbortError';

function showError(err) {
  const box = $('#error');
  box.textContent = err ? String(err.message ?? err) : '';
  box.hidden = !err;
}

const filters = () => Object.fromEntries(FILTERS.map((k) => [k, state[k]]));

function saveState() {
  const qs = query({ ...filters(), event: state.event });
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  const fq = query(filters());
  for (const format of ['csv', 'json', 'geojson']) $(`#export-${format}`).href = `/api/export.${format}${fq ? `?${fq}` : ''}`;
}

function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}

// ---- basemap: Natural Earth country borders from the world-atlas package ----

// The borders (and the filter lists) are built once the first query has asked for its events, so that
// the request is not held up behind them, and the borders go on the map once it has fitted the view (or
// failed): drawn before, every border was projected twice, for the default view and again for the fitted one.
let mapAsked;
const firstAsked = new Promise((done) => (mapAsked = done));
let viewFitted;
const firstView = new Promise((done) => (viewFitted = done));

async function drawBorders() {
  const answer = await fetch('/vendor/world-atlas/countries-50m.json');
  await firstAsked;
  const world = await answer.json();
  const borders = L.geoJSON(topojson.feature(world, world.objects.countries), {
    style: { color: '#9aa5b1', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
    interactive: false,
  });
  await firstView;
  borders.addTo(map);
}

// ---- filters ----

const countryName = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return (cc) => { try { return names.of(cc); } catch { return cc; } };
})();

// The unfiltered stats, asked for once at the start: the filter lists and the first view's timeline (when
// only dates, or nothing, are chosen) read the same answer, so the page does not ask for it twice.
let startStats = null;

async function fillFilterOptions(stats) {
  const all = await stats;
  await firstAsked; // the lists can wait until the events are asked for
  const countries = Object.entries(all.by_country).map(([cc, n]) => [cc, countryName(cc), n]).sort((a, b) => a[1].localeCompare(b[1]));
  form.country.insertAdjacentHTML('beforeend', countries.map(([cc, name, n]) => `<option value="${esc(cc)}">${esc(name)} (${esc(cc)}) · ${n}</option>`).join(''));
  form.type.insertAdjacentHTML('beforeend', Object.keys(TYPES).map((t) => `<option>${esc(t)}</option>`).join(''));
  $('#actors').innerHTML = all.by_actor.map((a) => `<option value="${esc(a.name)}">`).join('');
  $('#legend').innerHTML = Object.entries(TYPES).map(([t, c]) => `<span><i class="swatch t-${c}"></i>${esc(t)}</span>`).join('')
    + '<span><i class="swatch hollow"></i>region or country only</span>';
}

function showFilters() {
  for (const k of FILTERS) form[k].value = state[k] ?? '';
  showFilterCount();
}

// on a phone the filters fold away behind this button, which says how many are on
function showFilterCount() {
  const active = FILTERS.filter((k) => state[k]).length;
  $('#filters-toggle').textContent = active ? `filters (${active})` : 'filters';
}

form.addEventListener('change', (ev) => {
  if (ev.target.name === 'q') return;
  setFilter(ev.target.name, ev.target.value);
});
form.q.addEventListener('input', debounce(() => setFilter('q', form.q.value.trim()), 300));
form.addEventListener('submit', (ev) => ev.preventDefault());
$('#clear').addEventListener('click', clearFilters);
$('#filters-toggle').addEventListener('click', (ev) => {
  const open = form.classList.toggle('open');
  ev.currentTarget.setAttribute('aria-expanded', String(open));
});

function setFilter(name, value) {
  if (value) state[name] = value;
  else delete state[name];
  tally = null;
  showFilterCount(); // not showFilters: the search box is still being typed in
  refresh();
}

function clearFilters() {
  for (const k of FILTERS) delete state[k];
  tally = null;
  showFilters();
  refresh();
}

// ---- events: markers and list ----

// body[data-state] is "ready" when nothing is loading: tests and the benchmark wait for it
let pending = 0;
async function track(work) {
  pending++;
  document.body.dataset.state = 'loading';
  try {
    await work;
  } catch (err) {
    if (!isAbort(err)) showError(err);
  } finally {
    if (--pending === 0) document.body.dataset.state = 'ready';
  }
}

// A newer query aborts the one before it, so a slow answer to an old filter can never be drawn over a
// newer one; until the newer answer comes, the old markers are dimmed and the count says so.
let current = null;

function refresh() {
  saveState();
  current?.abort();
  const ctl = new AbortController();
  current = ctl;
  showView('loading');
  return track((async () => {
    try {
      const f = filters();
      const { since, until, ...undated } = f;
      const shared = startStats;
      startStats = null;
      const reported = api('tallies', { since, until, country: f.country, limit: 50 }, ctl.signal);
      reported.catch(() => {}); // awaited below; a failure before then is not unhandled
      const timeline = await (shared && !query(undated) ? shared : api('stats', undated, ctl.signal));
      const page = await mapPage(f, timeline, ctl.signal);
      const tallies = await reported;
      if (ctl.signal.aborted) return;
      matched = { count: page.count, capped: page.count_capped, from: page.from };
      countedIds = tally ? new Set(page.events.filter((e) => countedBy(tally, e)).map((e) => e.id)) : null;
      drawMarkers(page.events, { fit: fittedCountry !== (state.country ?? '') });
      drawList(page.events);
      drawTimeline(timeline.by_day, timeline.covers);
      drawTallies(tallies);
      drawTallyNote();
      showCount(page);
      showView(page.count ? 'current' : 'empty');
      showError(null);
    } catch (err) {
      if (ctl === current && !isAbort(err)) showView('failed');
      throw err;
    } finally {
      mapAsked();
      viewFitted();
    }
  })());
}

/**
 * The events the map and the list hold, in one request: the stats, which the timeline needs anyway, say
 * how many match each day, so when more match than one request brings, the request asks for the newest
 * days that fit from the start (before, the page asked for the oldest 10,000 and then again for the
 * newest: two answers of 3.7 MB). `count` is of all matches, summed from the same stats. A search past
 * the server's cap has stats of its newest matches only, and an answer may hold fewer events than asked
 * for (a server with a lower limit): both take the first page and then the newest, as `newestPage` says.
 */
async function mapPage(f, stats, signal) {
  const count = stats.capped ? null : daysTotal(stats.by_day, f);
  const from = count > MAP_LIMIT ? newestDays(stats.by_day, f, MAP_LIMIT) : null;
  const asked = api('events', { ...f, ...(from && { since: from }), view: 'map', limit: MAP_LIMIT }, signal);
  mapAsked();
  const first = await asked;
  // (the newest days may hold more than were counted, if articles came in meanwhile: their newest, again)
  if (from) return first.next_cursor === null ? { ...first, count, count_capped: false, from } : newestPage(f, { ...first, count, count_capped: false, from }, stats, signal);
  // a search's count stops at the server's cap; a first page that holds every match counts them itself
  const whole = first.next_cursor === null;
  const counted = whole ? { ...first, count: first.events.length, count_capped: false } : first;
  return !whole && (first.count > first.events.length || first.count_capped) ? newestPage(f, counted, stats, signal) : counted;
}

/** How many events fall on the days of the filters' range. */
function daysTotal(byDay, { since, until }) {
  let n = 0;
  for (const { date, total } of byDay) if ((!since || date >= since) && (!until || date <= until)) n += total;
  return n;
}

/**
 * More events match than one request brings: the map and the list take the newest of them, from the
 * first day on which the rest fit, rather than the oldest, which the API pages first. `count` stays
 * the number of all matches. The stats of a common word are of its newest matches only (`covers`):
 * days before those, when the filters end there, are read from the stats of the filters' own dates.
 */
async function newestPage(f, page, stats, signal) {
  const byDay = stats.capped && f.until && f.until < stats.covers.since ? (await api('stats', f, signal)).by_day : stats.by_day;
  const from = newestDays(byDay, f, page.events.length);
  if (!from) return page;
  const newest = await api('events', { ...f, since: from, view: 'map', limit: MAP_LIMIT }, signal);
  return { ...newest, count: page.count, count_capped: page.count_capped, from };
}

/** The earliest day in the filters' range from which on at most `room` events fall (the last day alone, if even it holds more). */
function newestDays(byDay, { since, until }, room) {
  let n = 0;
  let from = null;
  for (let i = byDay.length - 1; i >= 0; i--) {
    const { date, total } = byDay[i];
    if ((since && date < since) || (until && date > until)) continue;
    if (from && n + total > room) break;
    n += total;
    from = date;
  }
  return from;
}

const nEvents = (n) => `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`;
/** How many match: a search's count stops at the server's cap, past which it says "more than". */
const nMatched = ({ count, capped }) => (capped ? `more than ${nEvents(count)}` : nEvents(count));

/** The number of all matches, in the header and on the export links, which export them all. */
function showCount(page) {
  const count = { count: page.count, capped: page.count_capped };
  $('#count').textContent = nMatched(count) + (page.from ? ` (the newest ${page.events.length.toLocaleString('en')} shown)` : '');
  $('#export-what').textContent = count.capped ? 'all the events that match' : `all ${nEvents(page.count)} that match`;
}

/** What the map and list show: a query in flight or failed (old markers dimmed), its answer, or no events with a way out. */
function showView(view) {
  document.body.dataset.view = view;
  $('#map-area').setAttribute('aria-busy', String(view === 'loading'));
  const box = $('#status');
  box.hidden = view === 'current' || view === 'failed';
  box.className = view;
  if (view === 'loading') {
    $('#count').textContent = 'loading…';
    $('#export-what').textContent = 'the events that match';
    box.textContent = 'loading events…';
  } else if (view === 'failed') {
    $('#count').textContent = 'not loaded';
  } else if (view === 'empty') {
    const active = FILTERS.filter((k) => state[k]).map((k) => `${FILTER_NAMES[k]} “${esc(state[k])}”`);
    box.innerHTML = `No events match ${active.length ? active.join(', ') : 'yet: the database is empty'}.`
      + (active.length ? ' <button type="button" class="clear-all">clear filters</button>' : '');
  }
}

$('#status').addEventListener('click', (ev) => {
  if (ev.target.closest('button.clear-all')) clearFilters();
});

function markerSize(e) {
  const hurt = (e.fatalities ?? 0) + (e.injured ?? 0) / 2;
  return Math.round(Math.min(36, 12 + 5 * Math.sqrt(hurt)));
}

// markers of one look share one icon: ten thousand icon objects were a tenth of drawing the markers
const icons = new Map();

function markerIcon(e) {
  const size = markerSize(e);
  const classes = ['event-marker', `t-${TYPES[e.event_type] ?? 'strategic'}`];
  // a country's or region's centroid is not where the event happened: drawn hollow, as the legend says
  if (e.location.geo_precision === 3) classes.push('hollow');
  if (e.id === state.event) classes.push('selected');
  if (countedIds && !countedIds.has(e.id)) classes.push('faded');
  const key = `${classes.join(' ')} ${size}`;
  if (!icons.has(key)) icons.set(key, L.divIcon({ className: classes.join(' '), iconSize: [size, size], html: '' }));
  return icons.get(key);
}

// a marker names its event on its element once drawn (markers of a cluster are drawn only when shown)
const EventMarker = L.Marker.extend({
  onAdd(m) {
    L.Marker.prototype.onAdd.call(this, m);
    this._icon.dataset.id = this.options.eventId;
    return this;
  },
});
// one listener for every marker: a marker's click reaches its cluster group (a cluster's is "clusterclick")
cluster.on('click', (ev) => {
  const id = ev.layer?.options.eventId;
  if (id) openEvent(id, { focus: byKeyboard });
});

function clusterIcon(c) {
  const n = c.getChildCount();
  const size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
  return L.divIcon({ html: `<div><span>${n}</span></div>`, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) });
}

/**
 * The events' markers; with `fit`, the view is fitted to them first, while the map holds none: fitted
 * after, every marker was clustered again at the new zoom (a third of the time the page took to draw).
 */
function drawMarkers(events, { fit = false } = {}) {
  cluster.clearLayers();
  markers.clear();
  if (fit) fitBulk(events);
  const layers = [];
  for (const e of events) {
    if (e.location.lat == null || e.location.lon == null) continue;
    const approx = e.location.geo_precision === 3 ? ' (region or country only)' : '';
    const m = new EventMarker([e.location.lat, e.location.lon], { icon: markerIcon(e), title: `${e.date} ${e.sub_event_type}, ${e.location.name}${approx}`, eventId: e.id });
    markers.set(e.id, { marker: m, event: e });
    layers.push(m);
  }
  cluster.addLayers(layers);
}

/** Marks the open event's marker (style.css brings it in front); unmarks the one before. */
function markSelected(previous) {
  for (const id of [previous, state.event]) {
    const entry = id && markers.get(id);
    if (entry) entry.marker.setIcon(markerIcon(entry.event));
  }
}

/**
 * Fits the view to the bulk of the events: the 5th to 95th percentile of latitude and of longitude,
 * widened by a quarter on each side, holds the events fitted; one report from far away would otherwise
 * shrink all the others into a corner of an empty map.
 */
function fitBulk(events) {
  fittedCountry = state.country ?? '';
  const points = events.filter((e) => e.location.lat != null && e.location.lon != null).map((e) => [e.location.lat, e.location.lon]);
  if (!points.length) return;
  const range = (values) => {
    const s = values.sort((a, b) => a - b);
    const at = (p) => {
      const i = p * (s.length - 1);
      return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
    };
    const [lo, hi] = [at(0.05), at(0.95)];
    const margin = Math.max(1, (hi - lo) / 4);
    return [lo - margin, hi + margin];
  };
  const [south, north] = range(points.map((p) => p[0]));
  const [west, east] = range(points.map((p) => p[1]));
  const bulk = points.filter(([lat, lon]) => lat >= south && lat <= north && lon >= west && lon <= east);
  map.fitBounds(L.latLngBounds(bulk), { padding: [30, 30], maxZoom: CONTEXT_ZOOM, animate: false });
}

// markercluster leaves a spread cluster's centre at 30 % opacity, where its count cannot be read: style.css keeps it whole
cluster.on('spiderfied', (ev) => ev.cluster.getElement()?.classList.add('spread'));
cluster.on('unspiderfied', (ev) => ev.cluster.getElement()?.classList.remove('spread'));

cluster.on('clusterclick', (ev) => {
  const c = ev.layer;
  const bounds = c.getBounds();
  const zoom = Math.min(CONTEXT_ZOOM, map.getBoundsZoom(bounds.pad(0.2)));
  // events at one point, or a view already as close as context allows: spread the markers around it
  if (bounds.getNorthEast().equals(bounds.getSouthWest()) || zoom <= map.getZoom()) c.spiderfy();
  else map.fitBounds(bounds.pad(0.2), { maxZoom: CONTEXT_ZOOM });
});

/**
 * Brings an event's marker into view. With `zoom`, as when it is chosen in the list, the map zooms in to
 * CONTEXT_ZOOM at most, and the cluster still holding the marker there is spread so it can be seen.
 */
function showOnMap(id, { zoom = false } = {}) {
  const entry = markers.get(id);
  if (!entry) return;
  const m = entry.marker;
  // the sheet may just have grown under a phone's map
  map.invalidateSize({ pan: false });
  if (zoom) map.setView(m.getLatLng(), Math.max(map.getZoom(), CONTEXT_ZOOM), { animate: false });
  const shown = cluster.getVisibleParent(m);
  if (shown && shown !== m && zoom) shown.spiderfy();
  else if (!map.getBounds().contains((shown ?? m).getLatLng())) map.panTo(m.getLatLng(), { animate: false });
}

// Leaflet gives markers role=button and a tab stop but answers no key; a click on the focused icon is
// what a pointer would do, for events and clusters alike
let byKeyboard = false;
$('#map').addEventListener('keydown', (ev) => {
  if (ev.key !== 'Enter' && ev.key !== ' ') return;
  const icon = ev.target.closest('.leaflet-marker-icon');
  if (!icon) return;
  ev.preventDefault();
  byKeyboard = true;
  icon.click();
  byKeyboard = false;
  // a cluster zoomed or spread is gone from under the focus: keep it on the map, one Tab from the markers
  if (!icon.isConnected || icon.classList.contains('marker-cluster')) map.getContainer().focus();
});

// the list's rows, newest first (a tally's counted events before the others), and how many are drawn
let listRows = [];
let listShown = 0;

function drawList(events) {
  listRows = [...events].reverse();
  if (countedIds) listRows.sort((a, b) => Number(countedIds.has(b.id)) - Number(countedIds.has(a.id)));
  listShown = 0;
  $('#list').innerHTML = '';
  drawMoreRows();
}

function drawMoreRows() {
  const from = listShown;
  listShown = Math.min(listRows.length, listShown + LIST_STEP);
  $('#list').insertAdjacentHTML('beforeend', listRows.slice(from, listShown).map(rowHtml).join(''));
  drawListFoot();
}

function rowHtml(e) {
  return `
    <li data-id="${esc(e.id)}" tabindex="0" class="${e.id === state.event ? 'open' : ''} ${countedIds?.has(e.id) ? 'counted' : countedIds ? 'faded' : ''}">
      <span class="when">${esc(e.date)}</span>
      <span class="what"><i class="swatch t-${TYPES[e.event_type] ?? 'strategic'}${e.location.geo_precision === 3 ? ' hollow' : ''}"></i>${esc(e.sub_event_type)} · ${esc(e.location.name)}${e.location.country_code ? ` (${esc(e.location.country_code)})` : ''}</span>
      <span class="who">${esc(e.actor1 ?? 'unknown')} → ${esc(e.actor2 ?? 'unknown')}${e.fatalities ? ` · ${e.fatalities} killed` : ''} · <span class="badge ${esc(e.status)}">${esc(e.status)}</span></span>
    </li>`;
}

/** Under the list: how many rows of all the matches are drawn, and a button for the next ones. */
function drawListFoot() {
  const foot = $('#list-foot');
  const more = Math.min(LIST_STEP, listRows.length - listShown);
  const partial = listRows.length < matched.count || (matched.capped && !!matched.from);
  foot.hidden = !more && !partial;
  foot.innerHTML = more ? `${listShown.toLocaleString('en')} of ${nMatched(matched)} listed. <button type="button" class="more">show ${more} more</button>`
    : partial ? `These are the newest ${nEvents(listRows.length)}${matched.from ? `, from ${esc(matched.from)},` : ''} of ${matched.capped ? 'more than ' : ''}${matched.count.toLocaleString('en')}: narrow the filters to list older ones, or export them all.`
      : '';
}

// the first new row takes the focus, so the keyboard goes on where the list did and the button was
$('#list-foot').addEventListener('click', (ev) => {
  if (!ev.target.closest('button.more')) return;
  const first = listShown;
  drawMoreRows();
  $('#list').children[first]?.focus();
});

function openFromList(ev) {
  const li = ev.target.closest('li[data-id]');
  if (!li || (ev.type === 'keydown' && ev.key !== 'Enter' && ev.key !== ' ')) return;
  if (ev.type === 'keydown') ev.preventDefault();
  openEvent(li.dataset.id, { zoom: true, focus: ev.type === 'keydown' });
}
$('#list').addEventListener('click', openFromList);
$('#list').addEventListener('keydown', openFromList);

// ---- the panel's tabs: events, the open event, tallies; on a phone, the sheet under the map ----

const TABS = { list: ['#tab-list', '#list-section'], detail: ['#tab-detail', '#detail'], tallies: ['#tab-tallies', '#tallies-section'] };

function showTab(name) {
  for (const [tab, [button, panel]] of Object.entries(TABS)) {
    $(button).setAttribute('aria-selected', String(tab === name));
    $(button).tabIndex = tab === name ? 0 : -1;
    $(panel).hidden = tab !== name;
  }
  document.body.classList.toggle('sheet-event', name === 'detail');
}

$('.tabs').addEventListener('click', (ev) => {
  const button = ev.target.closest('[role=tab]');
  if (button && !button.disabled) showTab(Object.keys(TABS).find((k) => TABS[k][0] === `#${button.id}`));
});
// arrow keys move between tabs, as in any tab list
$('.tabs').addEventListener('keydown', (ev) => {
  if (ev.key !== 'ArrowLeft' && ev.key !== 'ArrowRight') return;
  const tabs = [...document.querySelectorAll('.tabs [role=tab]:not([disabled])')];
  const next = tabs[(tabs.indexOf(document.activeElement) + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
  next.focus();
  next.click();
});

// ---- one event, with every source sentence and the words behind each field ----

let detailRequest = null;
let opener = null; // what opened the event by keyboard, where focus goes back on close

async function openEvent(id, { zoom = false, focus = false } = {}) {
  opener = focus ? document.activeElement : null;
  const previous = state.event;
  state.event = id;
  saveState();
  for (const li of document.querySelectorAll('#list li')) li.classList.toggle('open', li.dataset.id === id);
  markSelected(previous);
  $('#tab-detail').disabled = false;
  showTab('detail');
  showOnMap(id, { zoom });
  detailRequest?.abort();
  const ctl = new AbortController();
  detailRequest = ctl;
  const box = $('#detail');
  box.setAttribute('aria-busy', 'true');
  // another event's detail is not left on screen while this one loads
  if (box.dataset.id !== id) box.innerHTML = '<p class="key">loading the event…</p>';
  box.dataset.id = id;
  await track((async () => {
    try {
      const { event: e, related_events: related, links, evidence, rules } = await api(`events/${encodeURIComponent(id)}`, {}, ctl.signal);
      if (ctl.signal.aborted) return;
      box.innerHTML = detailHtml(e, related, links, evidence, rules);
    } catch (err) {
      if (!isAbort(err)) {
        box.innerHTML = `<p class="key">This event could not be loaded: ${esc(err.message)}</p>`;
        box.setAttribute('aria-busy', 'false');
      }
      throw err;
    }
    box.scrollTop = 0;
    box.setAttribute('aria-busy', 'false');
    if (focus) box.focus({ preventScroll: true });
  })());
}

function closeEvent() {
  if (!state.event) return;
  const previous = state.event;
  delete state.event;
  detailRequest?.abort();
  saveState();
  markSelected(previous);
  for (const li of document.querySelectorAll('#list li.open')) li.classList.remove('open');
  $('#detail').innerHTML = '';
  delete $('#detail').dataset.id;
  $('#tab-detail').disabled = true;
  showTab('list');
  if (opener?.isConnected) opener.focus();
  opener = null;
}

document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && state.event) closeEvent();
});

function detailHtml(e, related, links, evidence, rules) {
  const actor = (a, assoc) => (a ? `${esc(a.name)} <small>(${esc(a.type)})</small>` : 'unknown') + (assoc.length ? ` with ${assoc.map((x) => esc(x.name)).join(', ')}` : '');
  const range = (r) => (r.best != null ? esc(r.best) : r.low != null ? `at least ${esc(r.low)}` : 'not reported') + (r.text ? ` <q>${esc(r.text)}</q>` : '');
  const days = e.date_earliest === e.date_latest ? esc(e.date) : `${esc(e.date)} (between ${esc(e.date_earliest)} and ${esc(e.date_latest)})`;
  const place = e.location;
  return `
    <button class="close" type="button" aria-label="close (Esc)">×</button>
    <h2><i class="swatch t-${TYPES[e.event_type] ?? 'strategic'}"></i>${esc(e.sub_event_type)}${e.weapon ? ` <small>(${esc(e.weapon)})</small>` : ''}
      <span class="badge ${esc(e.status)}" title="status">${esc(e.status)}</span></h2>
    <div class="notes">${esc(e.notes)}</div>
    <dl>
      <dt>type</dt><dd>${esc(e.event_type)} / ${esc(e.sub_event_type)}</dd>
      <dt>when</dt><dd>${days} <small>· ${TIME_PRECISION[e.time_precision]}</small></dd>
      <dt>where</dt><dd>${esc(place.name)}${place.admin1 && place.admin1 !== place.name ? `, ${esc(place.admin1)}` : ''}${place.country && place.country !== place.name ? `, ${esc(place.country)}` : ''}
        <small>· ${GEO_PRECISION[place.geo_precision]}${place.lat != null ? ` · ${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}` : ''}</small></dd>
      <dt>who</dt><dd>${actor(e.actor1, e.assoc_actors1)}</dd>
      <dt>whom</dt><dd>${actor(e.actor2, e.assoc_actors2)}</dd>
      <dt>killed</dt><dd>${range(e.fatalities)}</dd>
      <dt>injured</dt><dd>${range(e.injured)}</dd>
      ${e.claimed_by.length ? `<dt>claimed by</dt><dd>${e.claimed_by.map(esc).join(', ')}</dd>` : ''}
    </dl>
    <p class="key">marked: <mark class="f-event">act</mark> <mark class="f-actor1">who</mark> <mark class="f-actor2">whom</mark> <mark class="f-location">where</mark>
      <mark class="f-fatalities">casualties</mark> <mark class="f-attribution">source</mark></p>
    <h3>${e.sources.length} source sentence${e.sources.length === 1 ? "" : "s"} from ${e.num_sources} article${e.num_sources === 1 ? "" : "s"}</h3>
    <ol class="sources">${e.sources.map((s, i) => `
      <li><div class="meta">${isWebUrl(s.url) ? `<a href="${esc(s.url)}" target="_blank" rel="noreferrer noopener">${esc(s.outlet ?? s.article_id)}</a>` : esc(s.outlet ?? s.article_id)},
        ${esc(s.published)}${s.attribution ? ` · according to ${esc(s.attribution)}` : ''}</div>
        <p class="sentence">${highlight(s.sentence, evidence[i] ?? [])}</p>
        <div class="rules">${rules[i] ? `rules ${esc(rules[i].join(', '))}` : 'words not marked: stored by an earlier sitrep'}</div></li>`).join('')}</ol>
    ${related.length ? `<h3>related</h3><ul>${related.map((r) => `<li><a href="#" data-open="${esc(r.id)}">${esc(r.relation.replace('_', ' '))}: ${esc(r.date)} ${esc(r.sub_event_type)}, ${esc(r.location.name)}</a></li>`).join('')}</ul>` : ''}
    ${links.length ? `<details><summary>why these reports are one event</summary><ul>${links.map((l) => `<li>${esc(l.article_id)} joined ${esc(l.joined)}: ${esc(l.criteria.join('; '))}</li>`).join('')}</ul></details>` : ''}`;
}

// one listener for the rendered detail: the page's Content-Security-Policy runs no inline handler
$('#detail').addEventListener('click', (ev) => {
  if (ev.target.closest('button.close')) return closeEvent();
  const a = ev.target.closest('[data-open]');
  if (!a) return;
  ev.preventDefault();
  openEvent(a.dataset.open, { zoom: true });
});

/** The sentence with the words behind each field marked, as the extractor recorded them when it read the article. */
function highlight(sentence, spans) {
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += esc(sentence.slice(pos, s.start)) + `<mark class="f-${esc(s.field)}" title="${esc(s.field)}">${esc(sentence.slice(s.start, s.end))}</mark>`;
    pos = s.end;
  }
  return out + esc(sentence.slice(pos));
}

// ---- timeline: events per day (or per few days) stacked by type; dragging or the arrow keys choose since/until ----

const svg = $('#timeline');
const PAD = { left: 30, right: 8, top: 16, bottom: 16 };
const MIN_BAR_PX = 3; // narrower bars disappear: days are binned until a bar is this wide
const MIN_TICK_PX = 64;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
let days = [];
let scale = null; // { first, last, pxPerDay, binDays, plotH } of the drawn timeline

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const xOf = (ms) => PAD.left + ((ms - scale.first) / DAY) * scale.pxPerDay;

/** The stats' days as bars; `covers` when they are of a search's newest matches only, which the axis says. */
function drawTimeline(byDay, covers) {
  days = byDay;
  const width = svg.clientWidth || 800;
  const height = svg.clientHeight || 90;
  if (!byDay.length) {
    scale = null;
    svg.setAttribute('aria-label', 'timeline: no events');
    return void (svg.innerHTML = '<text class="axis" x="8" y="40">no events</text>');
  }
  const first = Date.parse(byDay[0].date);
  const last = Date.parse(byDay[byDay.length - 1].date);
  const pxPerDay = (width - PAD.left - PAD.right) / ((last - first) / DAY + 1);
  const binDays = Math.ceil(MIN_BAR_PX / pxPerDay);
  const plotH = height - PAD.top - PAD.bottom;
  scale = { first, last, pxPerDay, binDays, plotH };
  const bins = new Map();
  for (const d of byDay) {
    const start = first + Math.floor((Date.parse(d.date) - first) / DAY / binDays) * binDays * DAY;
    const bin = bins.get(start) ?? { total: 0, byType: {} };
    bin.total += d.total;
    for (const [type, n] of Object.entries(d.by_type)) bin.byType[type] = (bin.byType[type] ?? 0) + n;
    bins.set(start, bin);
  }
  const max = Math.max(...[...bins.values()].map((b) => b.total));
  const per = binDays === 1 ? 'day' : `${binDays} days`;
  const barW = Math.max(2, binDays * pxPerDay - 1);
  let bars = '';
  for (const [start, bin] of bins) {
    let y = PAD.top + plotH;
    const when = binDays === 1 ? isoDay(start) : `${isoDay(start)} – ${isoDay(start + (binDays - 1) * DAY)}`;
    for (const [type, n] of Object.entries(bin.byType)) {
      const h = (n / max) * plotH;
      y -= h;
      bars += `<rect class="t-${TYPES[type] ?? 'strategic'}" x="${xOf(start).toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${esc(when)}: ${n} ${esc(type)}</title></rect>`;
    }
  }
  const base = PAD.top + plotH;
  const yScale = `<line class="grid" x1="${PAD.left}" x2="${width - PAD.right}" y1="${PAD.top}" y2="${PAD.top}"></line>`
    + `<line class="grid" x1="${PAD.left}" x2="${width - PAD.right}" y1="${base}" y2="${base}"></line>`
    + `<text class="axis y" x="${PAD.left - 4}" y="${PAD.top + 3}" text-anchor="end">${max}</text>`
    + `<text class="axis y" x="${PAD.left - 4}" y="${base}" text-anchor="end">0</text>`
    + `<text class="axis unit" x="${PAD.left}" y="${PAD.top - 5}">events per ${per}${esc(newestOnly(covers))}</text>`;
  const xAxis = ticks(first, last, pxPerDay).map(([ms, label]) => `<line class="tick" x1="${xOf(ms).toFixed(1)}" x2="${xOf(ms).toFixed(1)}" y1="${base}" y2="${base + 4}"></line>`
    + `<text class="axis x" x="${xOf(ms).toFixed(1)}" y="${height - 2}" text-anchor="middle">${label}</text>`).join('');
  svg.innerHTML = bars + yScale + xAxis + '<g class="brush-layer"></g>';
  svg.setAttribute('aria-label', `timeline of events per ${per}${newestOnly(covers)}, ${isoDay(first)} to ${isoDay(last)}. Drag, or use the arrow keys, to choose dates: ← → move the start, Shift with ← → the end, Escape clears`);
  drawBrush();
}

const newestOnly = (covers) => (covers ? `, of the newest ${covers.newest.toLocaleString('en')} matches only (from ${covers.since})` : '');

/** Dated ticks at least MIN_TICK_PX apart: months (years labelled at January) over long spans, days over short ones. */
function ticks(first, last, pxPerDay) {
  const out = [];
  const spanDays = (last - first) / DAY + 1;
  if (spanDays > 62) {
    const step = [1, 2, 3, 6, 12, 24, 60].find((m) => m * 30.44 * pxPerDay >= MIN_TICK_PX) ?? 120;
    const d = new Date(first);
    let month = d.getUTCFullYear() * 12 + d.getUTCMonth() + 1;
    month += (step - (month % step)) % step;
    for (let ms = Date.UTC(Math.floor(month / 12), month % 12, 1); ms <= last; month += step, ms = Date.UTC(Math.floor(month / 12), month % 12, 1)) {
      out.push([ms, month % 12 === 0 ? String(Math.floor(month / 12)) : MONTHS[month % 12]]);
    }
  } else {
    const step = [1, 2, 7, 14, 28].find((n) => n * pxPerDay >= MIN_TICK_PX) ?? 28;
    for (let ms = first; ms <= last; ms += step * DAY) {
      const d = new Date(ms);
      out.push([ms, `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`]);
    }
  }
  return out;
}

function drawBrush() {
  const layer = svg.querySelector('.brush-layer');
  if (!layer || !scale) return;
  if (!state.since && !state.until) return void (layer.innerHTML = '');
  const x0 = state.since ? xOf(Date.parse(state.since)) : PAD.left;
  const x1 = state.until ? xOf(Date.parse(state.until) + DAY) : svg.clientWidth - PAD.right;
  layer.innerHTML = `<rect class="brush" x="${Math.max(0, x0).toFixed(1)}" y="${PAD.top}" width="${Math.max(2, x1 - x0).toFixed(1)}" height="${scale.plotH}"></rect>`;
}

function dayAt(clientX) {
  const box = svg.getBoundingClientRect();
  const i = Math.floor((clientX - box.left - PAD.left) / scale.pxPerDay);
  return isoDay(Math.min(scale.last, scale.first + Math.max(0, i) * DAY));
}

let dragFrom = null;
svg.addEventListener('pointerdown', (ev) => {
  if (!scale) return;
  dragFrom = ev.clientX;
  svg.setPointerCapture(ev.pointerId);
});
svg.addEventListener('pointermove', (ev) => {
  if (dragFrom === null) return;
  const box = svg.getBoundingClientRect();
  const [a, b] = [dragFrom, ev.clientX].sort((x, y) => x - y);
  svg.querySelector('.brush-layer').innerHTML = `<rect class="brush" x="${a - box.left}" y="${PAD.top}" width="${Math.max(2, b - a)}" height="${scale.plotH}"></rect>`;
});
svg.addEventListener('pointerup', (ev) => {
  if (dragFrom === null) return;
  const [a, b] = [dragFrom, ev.clientX].sort((x, y) => x - y);
  dragFrom = null;
  if (b - a < 3) { delete state.since; delete state.until; } // a click clears the range
  else { state.since = dayAt(a); state.until = dayAt(b); }
  tally = null;
  showFilters();
  refresh();
});

// holding an arrow key moves the range at once; the query waits until the key is let go
const refreshSoon = debounce(() => refresh(), 300);
svg.addEventListener('keydown', (ev) => {
  if (!scale) return;
  if (ev.key === 'Escape' || ev.key === 'Delete' || ev.key === 'Backspace') {
    if (!state.since && !state.until) return;
    ev.stopPropagation(); // Escape here clears the dates, not the open event
    delete state.since;
    delete state.until;
  } else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight') {
    const step = (ev.key === 'ArrowLeft' ? -1 : 1) * scale.binDays * DAY;
    const clamp = (ms, lo, hi) => Math.min(hi, Math.max(lo, ms));
    const day = (v, otherwise) => (Number.isNaN(Date.parse(v)) ? otherwise : Date.parse(v));
    let since = day(state.since, scale.first);
    let until = day(state.until, scale.last);
    if (ev.shiftKey) until = clamp(until + step, since, scale.last);
    else since = clamp(since + step, scale.first, until);
    state.since = isoDay(since);
    state.until = isoDay(until);
  } else {
    return;
  }
  ev.preventDefault();
  tally = null;
  showFilters();
  drawBrush();
  refreshSoon();
});

// ---- tallies: what sources counted beside what sitrep holds for the same scope ----

let reportedTallies = [];

function drawTallies(reported) {
  reportedTallies = reported;
  $('#tallies').innerHTML = reported.length ? reported.map((t, i) => `
    <li><button type="button" class="tally${tally && sameTally(t, tally) ? ' chosen' : ''}" data-i="${i}" title="${esc(t.source.sentence)}">
      <strong>${esc(t.count)}</strong> ${esc(t.what)}
      <small>(${esc(t.scope_countries.map(countryName).join(', ') || 'anywhere')}, ${esc(t.since ?? '?')} → ${esc(t.until ?? '?')}; ${esc(t.attribution ?? t.source.outlet ?? t.source.article_id)})</small>
      <span class="own">sitrep: ${t.sitrep.events} event${t.sitrep.events === 1 ? '' : 's'} from ${t.sitrep.articles} article${t.sitrep.articles === 1 ? '' : 's'}${t.sitrep.party ? ` ${t.sitrep.party.role === 'actor2' ? 'against' : 'by'} ${esc(t.sitrep.party.name)}` : ''}</span>
    </button></li>`).join('')
    : '<li>no tallies reported for these dates and country</li>';
}

const sameTally = (a, b) => a.source.article_id === b.source.article_id && a.source.sentence === b.source.sentence && a.what === b.what;

/** The events sitrep's own count for a tally takes (the server's compareTally): violent, in its countries and days, with its party in its role. */
function countedBy(t, e) {
  return e.event_type !== 'Protests'
    && (!t.since || e.date >= t.since) && (!t.until || e.date <= t.until)
    && (!t.scope_countries.length || t.scope_countries.includes(e.location.country_code))
    && (!t.sitrep.party || e[t.sitrep.party.role] === t.sitrep.party.name);
}

// choosing a tally filters by its days (and its country, when it names one) and marks the events counted
$('#tallies').addEventListener('click', (ev) => {
  const button = ev.target.closest('button.tally');
  if (!button) return;
  const t = reportedTallies[Number(button.dataset.i)];
  for (const k of FILTERS) delete state[k];
  if (t.since) state.since = t.since;
  if (t.until) state.until = t.until;
  if (t.scope_countries.length === 1) state.country = t.scope_countries[0];
  tally = t;
  showFilters();
  showTab('list');
  refresh();
});

function drawTallyNote() {
  const note = $('#tally-note');
  note.hidden = !tally;
  if (!tally) return;
  const t = tally;
  const where = t.scope_countries.length ? `in ${t.scope_countries.map(countryName).join(' and ')}` : 'anywhere';
  const party = t.sitrep.party ? `, ${t.sitrep.party.role === 'actor2' ? 'against' : 'by'} ${esc(t.sitrep.party.name)}` : '';
  note.innerHTML = `<button type="button" class="close" aria-label="stop marking the tally's events">×</button>
    <strong>${esc(t.count)} ${esc(t.what)}</strong> (${esc(t.attribution ?? t.source.outlet ?? t.source.article_id)}):
    sitrep counts <strong>${countedIds.size}</strong> violent event${countedIds.size === 1 ? '' : 's'} ${where}${party},
    ${esc(t.since ?? 'any day')} to ${esc(t.until ?? 'any day')}, marked first in the list; the others are dimmed.`;
}

$('#tally-note').addEventListener('click', (ev) => {
  if (!ev.target.closest('button.close')) return;
  tally = null;
  refresh();
});

// ---- start ----

async function start() {
  showFilters();
  // borders, filter lists and events load side by side; a select shows its value once its options exist
  startStats = api('stats');
  await Promise.all([track(drawBorders()), track(fillFilterOptions(startStats).then(showFilters)), refresh()]);
  if (state.event) openEvent(state.event, { zoom: true });
}

// the map and the timeline follow their boxes, which change with the window and with the phone's sheet
new ResizeObserver(() => map.invalidateSize({ pan: false })).observe($('#map'));
new ResizeObserver(debounce(() => days.length && drawTimeline(days), 100)).observe(svg);
start();
