// The whole state of the page lives in the address (after `#`), so a copied URL opens
// the same search, filters, chart focus, list and article.

/** Every key the address may hold, in the order it is written. */
const KEYS = [
  'q', // full-text query (FTS5 syntax)
  'from', 'to', // inclusive days YYYY-MM-DD
  'country', 'actor', 'theme', 'root', // filters, also set by clicking facets
  'page', // page of search hits
  'by', // timeline bucket: day, week, month, year
  'dyad', // SRC,TGT: the timeline follows this pair (a network edge)
  'list', // the event list: near:LAT,LON or dyad:SRC,TGT
  'speaker', // the quotes view: speaker's words
  'article', // store id of the open article
  'span', // START-END bytes of the article span scrolled to
];

export function readState() {
  const params = new URLSearchParams(location.hash.slice(1));
  const state = {};
  for (const key of KEYS) state[key] = params.get(key) ?? '';
  return state;
}

export function stateHash(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key]) params.set(key, state[key]);
  return `#${params}`;
}

/** Writes the state to the address: a new history entry, or in place for small moves. */
export function writeState(state, { replace = false } = {}) {
  const hash = stateHash(state);
  if (hash === location.hash || (hash === '#' && !location.hash)) return;
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
}

/** The filter every event endpoint shares (docs/api.md), from the state. */
export function eventFilter(state) {
  const { q, from, to, country, actor, theme, root } = state;
  return { q, from, to, country, actor, theme, root };
}
