// The event list under the map and network (GET /api/events): the events at a clicked
// place (`near:LAT,LON`) or of a clicked edge (`dyad:SRC,TGT`); each opens its article
// scrolled to the evidence.
import { getJson } from './api.js';
import { el, fill, byId } from './dom.js';
import { eventFilter } from './state.js';
import { QUAD_COLOURS, fixed } from './format.js';

/** Places closer than this are one map marker's. */
const NEAR_KM = 1;

export async function showEventList(state, setState) {
  const section = byId('event-list');
  if (!state.list) {
    fill(section, el('p', { class: 'hint' }, 'Click a place on the map or an edge of the network to list its events.'));
    return;
  }
  const [kind, value] = splitOnce(state.list, ':');
  const params = { ...eventFilter(state), sort: '-date', per_page: 100 };
  let title;
  if (kind === 'near') {
    params.near = `${value},${NEAR_KM}`;
    title = `Events at ${value}`;
  } else {
    const [source, target] = value.split(',');
    Object.assign(params, { source, target });
    // `$` (exactly this code) is the API's; the title names the actors.
    const [from, to] = [source, target].map((code) => code.replace(/\$$/, ''));
    title = `Events ${from} → ${to}`;
  }
  const answer = await getJson('/api/events', params);
  fill(
    section,
    el(
      'h3',
      {},
      `${title}: ${answer.total}`,
      el('button', { type: 'button', class: 'close', title: 'close the list', onclick: () => setState({ list: '' }) }, '×'),
    ),
    el('ul', { class: 'events' }, answer.events.map((event) => eventItem(event, setState))),
  );
}

function eventItem(event, setState) {
  const open = () => setState({ article: String(event.article), span: `${event.start}-${event.end}` });
  return el(
    'li',
    { class: 'event' },
    el('span', { class: 'quad', style: `background:${QUAD_COLOURS[event.quad - 1]}` }),
    el(
      'button',
      { type: 'button', class: 'link', onclick: open },
      `${event.date ?? ''} ${event.source?.code ?? '—'} → ${event.target?.code ?? '—'} · ${event.code} (Goldstein ${fixed(event.goldstein)})`,
    ),
    el('div', { class: 'evidence' }, event.evidence),
  );
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
