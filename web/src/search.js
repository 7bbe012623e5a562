// The search hits and their facets (GET /api/search).
import { getJson } from './api.js';
import { el, fill, byId } from './dom.js';

const PER_PAGE = 20;

/** Which filter a facet sets when clicked. */
const FACETS = [
  ['actors', 'actor', 'Actors'],
  ['countries', 'country', 'Countries'],
  ['themes', 'theme', 'Themes'],
  ['roots', 'root', 'Event roots'],
];

export async function showSearch(state, setState) {
  const hits = byId('hits');
  const facets = byId('facets');
  if (!state.q) {
    fill(hits, el('p', { class: 'hint' }, 'Type words to search the articles (phrases in quotes, AND, OR, NOT, prefix*).'));
    fill(facets);
    return;
  }
  const page = Number(state.page) || 1;
  const { q, from, to, country, actor, theme } = state;
  const answer = await getJson('/api/search', { q, from, to, country, actor, theme, page, per_page: PER_PAGE });
  fill(
    hits,
    el('p', { class: 'count', id: 'hit-count' }, `${answer.total} article${answer.total === 1 ? '' : 's'}`),
    el('ol', { class: 'hit-list' }, answer.hits.map((hit) => hitItem(hit, state, setState))),
    pager(answer, page, setState),
  );
  fill(
    facets,
    FACETS.map(([field, filter, title]) => facetList(answer.facets[field] ?? [], filter, title, state, setState)),
  );
}

function hitItem(hit, state, setState) {
  const place = [hit.dateline?.place, hit.dateline?.agency].filter(Boolean).join(' · ');
  return el(
    'li',
    { class: state.article === String(hit.id) ? 'hit open' : 'hit', dataset: { article: hit.id } },
    el(
      'a',
      { href: '#', class: 'hit-title', onclick: (event) => openArticle(event, hit.id, setState) },
      // A story without a title is named by its dateline.
      hit.title || place || `article ${hit.id}`,
    ),
    el('div', { class: 'meta' }, [hit.date, hit.source, hit.title ? place : null].filter(Boolean).join(' · ')),
    el('p', { class: 'snippet' }, hit.snippet.map((part) => (part.mark ? el('mark', {}, part.text) : part.text))),
  );
}

function openArticle(event, id, setState) {
  event.preventDefault();
  setState({ article: String(id), span: '' });
}

function pager(answer, page, setState) {
  const pages = Math.ceil(answer.total / PER_PAGE);
  if (pages <= 1) return null;
  return el(
    'div',
    { class: 'pager' },
    el('button', { type: 'button', disabled: page <= 1, onclick: () => setState({ page: String(page - 1) }) }, '‹'),
    ` page ${page} of ${pages} `,
    el('button', { type: 'button', disabled: page >= pages, onclick: () => setState({ page: String(page + 1) }) }, '›'),
  );
}

function facetList(entries, filter, title, state, setState) {
  if (entries.length === 0) return null;
  return el(
    'section',
    { class: 'facet', dataset: { facet: filter } },
    el('h3', {}, title),
    el(
      'ul',
      {},
      entries.map(({ key, count }) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              class: state[filter] === key ? 'facet-key active' : 'facet-key',
              onclick: () => setState({ [filter]: state[filter] === key ? '' : key, page: '' }),
            },
            el('span', {}, key),
            el('span', { class: 'n' }, count),
          ),
        ),
      ),
    ),
  );
}
