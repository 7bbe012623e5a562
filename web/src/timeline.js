// The timeline (GET /api/timeline): event counts as bars, mean Goldstein as a line;
// dragging across the chart selects a date range.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { getJson } from './api.js';
import { el, fill, byId } from './dom.js';
import { eventFilter } from './state.js';

let chart = null;

export async function showTimeline(state, setState) {
  const by = state.by || 'month';
  const dyad = state.dyad;
  const answer = await getJson('/api/timeline', { ...eventFilter(state), dyad, by });
  const container = byId('timeline-chart');
  chart?.destroy();
  chart = null;
  fill(byId('timeline-scope'), scopeLine(state, setState));
  const buckets = answer.buckets;
  container.dataset.marks = String(buckets.filter((bucket) => bucket.events > 0).length);
  if (buckets.length === 0) {
    fill(container, el('p', { class: 'hint' }, 'No events for this filter.'));
    return;
  }
  fill(container);
  const days = buckets.map((bucket) => Date.parse(`${bucket.start}T00:00:00Z`) / 1000);
  const data = [days, buckets.map((bucket) => bucket.events), buckets.map((bucket) => bucket.goldstein)];
  chart = new uPlot(chartOptions(container, setState), data, container);
}

function scopeLine(state, setState) {
  const parts = [];
  if (state.dyad) {
    // `$` (exactly this code) is the API's; the chip names the actors.
    const [source, target] = state.dyad.split(',').map((code) => code.replace(/\$$/, ''));
    parts.push(
      el('span', { class: 'chip' }, `${source} → ${target} `, el('button', { type: 'button', title: 'follow the whole filter', onclick: () => setState({ dyad: '' }) }, '×')),
    );
  } else if (state.actor) {
    parts.push(el('span', { class: 'chip' }, `actor ${state.actor}`));
  } else {
    parts.push(el('span', {}, state.q ? `events of articles matching the search` : 'all events'));
  }
  const select = el(
    'select',
    { id: 'timeline-by', onchange: (event) => setState({ by: event.target.value }, { replace: true }) },
    ['day', 'week', 'month', 'year'].map((by) => el('option', { value: by, selected: (state.by || 'month') === by }, by)),
  );
  return [parts, ' by ', select, el('span', { class: 'hint' }, ' · drag across the chart to select dates')];
}

function chartOptions(container, setState) {
  return {
    width: Math.max(300, container.clientWidth),
    height: 180,
    scales: { x: { time: true }, events: { range: (u, min, max) => [0, Math.max(1, max)] }, goldstein: { range: [-10, 10] } },
    series: [
      {},
      { label: 'events', scale: 'events', stroke: '#466', fill: 'rgba(70,102,102,0.35)', paths: uPlot.paths.bars({ size: [0.7, 40] }), points: { show: false } },
      { label: 'mean Goldstein', scale: 'goldstein', stroke: '#c8372d', width: 2, points: { show: true, size: 6 } },
    ],
    axes: [{}, { scale: 'events', label: 'events' }, { scale: 'goldstein', side: 1, label: 'Goldstein', grid: { show: false } }],
    cursor: { drag: { x: true, y: false, setScale: false } },
    hooks: { setSelect: [(u) => selectDates(u, setState)] },
  };
}

function selectDates(u, setState) {
  const { left, width } = u.select;
  if (width < 2) return;
  const day = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);
  setState({ from: day(u.posToVal(left, 'x')), to: day(u.posToVal(left + width, 'x')), page: '' });
}
