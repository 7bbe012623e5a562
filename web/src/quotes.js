// The quotes view (GET /api/quotes), grouped by speaker: the search's date range, and the
// speaker's words typed here; a quote opens its article at the quotation.
import { getJson } from './api.js';
import { el, fill, byId } from './dom.js';

export async function showQuotes(state, setState) {
  const { speaker, from, to } = state;
  const answer = await getJson('/api/quotes', { speaker, from, to, per_page: 200 });
  const bySpeaker = new Map();
  for (const quote of answer.quotes) {
    const key = quote.speaker ?? 'unattributed';
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(quote);
  }
  const groups = [...bySpeaker].sort((a, b) => b[1].length - a[1].length);
  fill(
    byId('quotes'),
    el('p', { class: 'count' }, `${answer.total} quote${answer.total === 1 ? '' : 's'} by ${groups.length} speaker${groups.length === 1 ? '' : 's'}`),
    groups.map(([name, quotes]) =>
      el(
        'section',
        { class: 'speaker' },
        el('h4', {}, name, quotes[0].speaker_actor ? el('span', { class: 'actor' }, quotes[0].speaker_actor) : null),
        el(
          'ul',
          {},
          quotes.map((quote) =>
            el(
              'li',
              {},
              el(
                'button',
                { type: 'button', class: 'link quote', onclick: () => setState({ article: String(quote.article), span: `${quote.start}-${quote.end}` }) },
                `“${quote.text}”`,
              ),
              el('span', { class: 'meta' }, ` ${quote.date ?? ''}`),
            ),
          ),
        ),
      ),
    ),
  );
}
