// The article view (GET /api/articles/{id}): the text with every layer highlighted, and a
// side panel listing them; clicking an item scrolls its span into view. Highlights are
// built from text nodes cut at the spans' boundaries, so untrusted text stays text.
import { getJson } from './api.js';
import { el, fill, byId } from './dom.js';
import { byteToIndexTable, indexOf } from './offsets.js';
import { fixed } from './format.js';

/** The layers shown, in the side panel's order. */
const LAYERS = [
  ['entity', 'Entities'],
  ['quote', 'Quotes'],
  ['speaker', 'Speakers'],
  ['date', 'Dates'],
  ['place', 'Places'],
  ['event', 'Events'],
];

/** What the open article shows: its id and its annotations with their highlighted spans. */
let shown = { id: null, annotations: [] };

export async function showArticle(state, setState) {
  const drawer = byId('article');
  if (!state.article) {
    drawer.hidden = true;
    shown = { id: null, annotations: [] };
    return;
  }
  drawer.hidden = false;
  if (shown.id !== state.article) {
    // Nothing of the previous article stays up if this one cannot be read.
    shown = { id: null, annotations: [] };
    fill(drawer, el('p', { class: 'hint' }, 'Loading…'));
    const article = await getJson(`/api/articles/${encodeURIComponent(state.article)}`, {}, 'article');
    shown = { id: state.article, annotations: annotations(article) };
    render(drawer, article, shown.annotations, setState);
  }
  if (state.span) {
    const [start, end] = state.span.split('-').map(Number);
    // The exact span (a panel item, an event's evidence, a quote), else one around it.
    const annotation =
      shown.annotations.find((a) => a.start === start && a.end === end) ??
      shown.annotations.find((a) => a.start <= start && end <= a.end);
    if (annotation) focus(annotation);
  }
}

/** Every highlighted span of the article, with the label the panel shows for it. */
function annotations(article) {
  const list = [];
  const add = (kind, item, start, end, label, detail) => {
    if (end > start) list.push({ kind, item, start, end, label, detail, segments: [] });
  };
  for (const e of article.entities) add('entity', e, e.start, e.end, e.text, [e.label, e.actor].filter(Boolean).join(' · '));
  for (const q of article.quotes) {
    add('quote', q, q.start, q.end, `“${q.text}”`, q.speaker ? `— ${q.speaker}${q.speaker_actor ? ` (${q.speaker_actor})` : ''}` : '');
    if (q.speaker_start !== null && q.speaker_start !== undefined) {
      add('speaker', q, q.speaker_start, q.speaker_end, q.speaker ?? '', q.speaker_actor ?? q.speaker_kind ?? '');
    }
  }
  for (const d of article.dates) add('date', d, d.start, d.end, d.text, d.value ?? 'unresolved');
  for (const p of article.places) add('place', p, p.start, p.end, p.text, placeDetail(p));
  for (const v of article.events) {
    add('event', v, v.start, v.end, `${v.source ?? '—'} → ${v.target ?? '—'} · ${v.code}`, `Goldstein ${fixed(v.goldstein)} · ${v.trigger ?? ''} · ${v.rule ?? ''}`);
  }
  return list;
}

function placeDetail(place) {
  if (place.name === null) return 'not in the gazetteer';
  return `${place.name}, ${place.country ?? '?'} (${fixed(place.lat, 2)}, ${fixed(place.lon, 2)}) ${place.kind ?? ''}`;
}

function render(drawer, article, annotations, setState) {
  const dateline = article.dateline ?? {};
  const header = el(
    'header',
    {},
    el('button', { type: 'button', class: 'close', title: 'close the article', onclick: () => setState({ article: '', span: '' }) }, '×'),
    el('h2', { id: 'article-title' }, article.title || article.id),
    el(
      'div',
      { class: 'meta' },
      [article.date, article.source, [dateline.place, dateline.agency].filter(Boolean).join(' · '), article.url]
        .filter(Boolean)
        .join(' · '),
    ),
    el(
      'div',
      { class: 'meta' },
      `tone ${fixed(article.tone?.tone)} · themes: ${[...new Set(article.themes.map((t) => t.theme))].join(', ') || 'none'}`,
    ),
  );
  fill(
    drawer,
    header,
    el('div', { class: 'article-body' }, el('div', { id: 'article-text', class: 'article-text' }, highlighted(article.text, annotations)), sidePanel(annotations, setState)),
  );
}

/**
 * The text cut at every span boundary: each piece covered by spans is a <span> with a
 * class per layer covering it (overlapping layers combine), and each annotation keeps
 * its pieces so the panel can scroll to and flash them.
 */
function highlighted(text, annotations) {
  const table = byteToIndexTable(text);
  const opens = new Map();
  const closes = new Map();
  const push = (map, key, value) => (map.get(key) ?? map.set(key, []).get(key)).push(value);
  for (const annotation of annotations) {
    const start = indexOf(table, annotation.start);
    const end = indexOf(table, annotation.end);
    if (end <= start) continue;
    push(opens, start, annotation);
    push(closes, end, annotation);
  }
  const cuts = [...new Set([0, text.length, ...opens.keys(), ...closes.keys()])].sort((a, b) => a - b);
  const active = new Set();
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const at = cuts[i];
    for (const annotation of closes.get(at) ?? []) active.delete(annotation);
    for (const annotation of opens.get(at) ?? []) active.add(annotation);
    const piece = text.slice(at, cuts[i + 1]);
    if (active.size === 0) {
      pieces.push(piece);
      continue;
    }
    const kinds = new Set([...active].map((a) => a.kind));
    const labels = [...active].filter((a) => a.kind === 'entity').map((a) => `hl-${a.item.label}`);
    const span = el(
      'span',
      { class: ['hl', ...[...kinds].map((kind) => `hl-${kind}`), ...labels].join(' '), title: [...active].map((a) => `${a.kind}: ${a.detail}`).join('\n') },
      piece,
    );
    for (const annotation of active) annotation.segments.push(span);
    pieces.push(span);
  }
  return pieces;
}

function sidePanel(annotations, setState) {
  return el(
    'nav',
    { id: 'article-panel', class: 'article-panel' },
    LAYERS.map(([kind, title]) => {
      const items = annotations.filter((a) => a.kind === kind && a.segments.length > 0);
      if (items.length === 0) return null;
      return el(
        'section',
        { class: `layer layer-${kind}` },
        el('h4', {}, `${title} (${items.length})`),
        el(
          'ul',
          {},
          items.map((annotation) =>
            el(
              'li',
              {},
              el(
                'button',
                { type: 'button', class: `link panel-item hl-${kind}-key`, dataset: { kind }, onclick: () => setState({ span: `${annotation.start}-${annotation.end}` }, { replace: true }) },
                annotation.label,
              ),
              el('span', { class: 'detail' }, ` ${annotation.detail}`),
            ),
          ),
        ),
      );
    }),
  );
}

/** Scrolls an annotation's first piece into view and flashes all of its pieces. */
function focus(annotation) {
  for (const span of document.querySelectorAll('#article-text .focused')) span.classList.remove('focused');
  for (const span of annotation.segments) span.classList.add('focused');
  annotation.segments[0]?.scrollIntoView({ block: 'center' });
}
