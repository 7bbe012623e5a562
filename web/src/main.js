// The page: reads the state from the address, draws each view whose inputs changed, and
// writes every change back to the address (so the URL can be shared).
import './style.css';
import { readState, writeState, eventFilter } from './state.js';
import { superseded } from './api.js';
import { byId, fill } from './dom.js';
import { showSearch } from './search.js';
import { showTimeline } from './timeline.js';
import { showMap } from './map.js';
import { showNetwork } from './network.js';
import { showEventList } from './events.js';
import { showQuotes } from './quotes.js';
import { showArticle } from './article.js';

const FILTER_KEYS = Object.keys(eventFilter({}));
const FORM_KEYS = ['q', 'from', 'to', 'country', 'actor', 'theme', 'root'];

/** Each view and the state keys it is drawn from: it is redrawn when one of them changes. */
const VIEWS = [
  [showSearch, ['q', 'from', 'to', 'country', 'actor', 'theme', 'page']],
  [showTimeline, [...FILTER_KEYS, 'dyad', 'by']],
  [showMap, FILTER_KEYS],
  [showNetwork, FILTER_KEYS],
  [showEventList, [...FILTER_KEYS, 'list']],
  [showQuotes, ['speaker', 'from', 'to']],
  [showArticle, ['article', 'span']],
];

let state = readState();
const drawnFrom = new Map();
let pending = 0;

function setState(change, options) {
  state = { ...state, ...change };
  writeState(state, options);
  render();
}

function render() {
  fill(byId('status'));
  for (const [name, field] of FORM_KEYS.map((key) => [key, byId(`filter-${key}`)])) field.value = state[name];
  byId('speaker').value = state.speaker;
  for (const [view, keys] of VIEWS) {
    const inputs = JSON.stringify(keys.map((key) => state[key]));
    if (drawnFrom.get(view) === inputs) continue;
    drawnFrom.set(view, inputs);
    track(view(state, setState));
  }
}

/** Counts the requests in flight (the browser test waits for none) and shows failures. */
function track(drawing) {
  pending += 1;
  document.body.dataset.pending = String(pending);
  drawing
    .catch((error) => {
      if (!superseded(error)) fill(byId('status'), error.message);
    })
    .finally(() => {
      pending -= 1;
      document.body.dataset.pending = String(pending);
    });
}

byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const change = { page: '' };
  for (const key of FORM_KEYS) change[key] = byId(`filter-${key}`).value.trim();
  setState(change);
});
byId('clear-filters').addEventListener('click', () => {
  setState({ ...Object.fromEntries(FORM_KEYS.filter((key) => key !== 'q').map((key) => [key, ''])), dyad: '', list: '', page: '' });
});
byId('speaker-form').addEventListener('submit', (event) => {
  event.preventDefault();
  setState({ speaker: byId('speaker').value.trim() });
});
window.addEventListener('popstate', () => {
  state = readState();
  render();
});
render();
