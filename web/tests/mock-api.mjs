// A development stand-in for `dateline serve`: answers the JSON API of docs/api.md from
// the output of `dateline extract` (JSON Lines), with naive word matching instead of
// FTS5, and serves dist/. For working on the page without a store:
//   dateline extract examples > /tmp/examples.jsonl
//   node tests/mock-api.mjs /tmp/examples.jsonl 8090
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [input, port = '8090'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node tests/mock-api.mjs EXTRACT_OUTPUT.jsonl [PORT]');
  process.exit(2);
}
const articles = readFileSync(input, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
articles.forEach((article, i) => (article.store_id = i + 1));
const events = articles.flatMap((article) =>
  article.events.map((event) => ({
    article: article.store_id,
    date: article.date,
    source: { code: event.source, text: event.source_text },
    target: { code: event.target, text: event.target_text },
    code: event.code,
    root: event.root,
    quad: event.quad,
    goldstein: event.goldstein,
    tone: article.tone.tone,
    location: event.location && { name: event.location.name, country: event.location.country, lat: event.location.lat, lon: event.location.lon },
    start: event.start,
    end: event.end,
    evidence: event.evidence,
    rule: event.rule,
  })),
);
events.forEach((event, i) => (event.id = i + 1));

const words = (text) => (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const matches = (article, q) => {
  const have = new Set(words(`${article.title ?? ''} ${article.text}`));
  return words(q).every((word) => have.has(word));
};
const inDates = (date, p) => (!p.from || date >= p.from) && (!p.to || date <= p.to);
// A code or its prefix; `CODE$` is the code alone, as the API reads it.
const codeMatch = (code, wanted) => !wanted || (wanted.endsWith('$') ? code === wanted.slice(0, -1) : (code ?? '').startsWith(wanted));

function eventsFor(p) {
  const byId = new Map(articles.map((a) => [a.store_id, a]));
  return events.filter((e) => {
    const article = byId.get(e.article);
    if (p.q && !matches(article, p.q)) return false;
    if (!inDates(e.date, p)) return false;
    if (p.actor && !codeMatch(e.source.code, p.actor) && !codeMatch(e.target.code, p.actor)) return false;
    if (!codeMatch(e.source.code, p.source) || !codeMatch(e.target.code, p.target)) return false;
    if (p.country && e.location?.country !== p.country && !codeMatch(e.source.code, p.country) && !codeMatch(e.target.code, p.country)) return false;
    if (p.root && e.root !== p.root) return false;
    if (p.dyad) {
      const [s, t] = p.dyad.split(',');
      if (!codeMatch(e.source.code, s) || !codeMatch(e.target.code, t)) return false;
    }
    if (p.near) {
      const [lat, lon, km] = p.near.split(',').map(Number);
      if (!e.location || Math.hypot(e.location.lat - lat, e.location.lon - lon) * 111 > km) return false;
    }
    return true;
  });
}

function top(keys) {
  const counts = new Map();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([key, count]) => ({ key, count }));
}
const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** The first day of the bucket holding `date` (weeks start on Monday). */
function bucketStart(date, by) {
  if (by === 'year') return `${date.slice(0, 4)}-01-01`;
  if (by === 'month') return `${date.slice(0, 7)}-01`;
  if (by === 'day') return date;
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

function snippet(text, q) {
  const wanted = new Set(words(q));
  const first = [...text.matchAll(/[\p{L}\p{N}]+/gu)].find((m) => wanted.has(m[0].toLowerCase()));
  const from = Math.max(0, (first?.index ?? 0) - 60);
  const passage = text.slice(from, from + 160);
  const parts = [];
  let at = 0;
  for (const m of passage.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!wanted.has(m[0].toLowerCase())) continue;
    parts.push({ text: passage.slice(at, m.index), mark: false }, { text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  parts.push({ text: passage.slice(at), mark: false });
  return parts.filter((part) => part.text);
}

const routes = {
  '/api/search': (p) => {
    const hits = articles.filter((a) => matches(a, p.q) && inDates(a.date, p));
    return {
      total: hits.length,
      page: 1,
      per_page: 50,
      hits: hits.map((a) => ({ id: a.store_id, title: a.title ?? a.id, date: a.date, source: a.source ?? null, dateline: { place: a.dateline.place, agency: a.dateline.agency }, snippet: snippet(a.text, p.q) })),
      facets: {
        actors: top(hits.flatMap((a) => a.events.flatMap((e) => [e.source, e.target]))),
        countries: top(hits.flatMap((a) => a.places.map((place) => place.country))),
        themes: top(hits.flatMap((a) => a.themes.map((t) => t.theme))),
        roots: top(hits.flatMap((a) => a.events.map((e) => e.root))),
      },
    };
  },
  '/api/events': (p) => {
    const found = eventsFor(p);
    return { total: found.length, page: 1, per_page: 50, events: found };
  },
  '/api/timeline': (p) => {
    const by = p.by ?? 'month';
    const buckets = new Map();
    for (const e of eventsFor(p)) {
      const key = bucketStart(e.date, by);
      if (!buckets.has(key)) buckets.set(key, []);
      buckets.get(key).push(e);
    }
    return {
      by,
      buckets: [...buckets].sort().map(([start, list]) => ({ start, events: list.length, goldstein: mean(list.map((e) => e.goldstein)), tone: mean(list.map((e) => e.tone)) })),
    };
  },
  '/api/actors': (p) => {
    const found = eventsFor(p);
    const group = (key) => {
      const groups = new Map();
      for (const e of found) for (const k of key(e)) (groups.get(k) ?? groups.set(k, []).get(k)).push(e.goldstein);
      return [...groups].sort((a, b) => b[1].length - a[1].length);
    };
    return {
      actors: group((e) => [e.source.code, e.target.code].filter(Boolean)).map(([code, g]) => ({ code, events: g.length, goldstein: mean(g) })),
      dyads: group((e) => (e.source.code && e.target.code ? [`${e.source.code},${e.target.code}`] : [])).map(([pair, g]) => {
        const [source, target] = pair.split(',');
        return { source, target, events: g.length, goldstein: mean(g) };
      }),
    };
  },
  '/api/places': (p) => {
    const groups = new Map();
    for (const e of eventsFor(p)) if (e.location) (groups.get(e.location.name) ?? groups.set(e.location.name, []).get(e.location.name)).push(e);
    return {
      places: [...groups].map(([name, list]) => ({ name, country: list[0].location.country, lat: list[0].location.lat, lon: list[0].location.lon, events: list.length, goldstein: mean(list.map((e) => e.goldstein)), quads: [1, 2, 3, 4].map((q) => list.filter((e) => e.quad === q).length) })),
    };
  },
  '/api/quotes': (p) => {
    const quotes = articles.flatMap((a) =>
      a.quotes.map((q) => ({ article: a.store_id, date: a.date, speaker: q.speaker, speaker_actor: q.speaker_actor, text: q.text, start: q.start, end: q.end })),
    ).filter((q) => inDates(q.date, p) && words(p.speaker).every((w) => words(q.speaker).includes(w)));
    quotes.forEach((q, i) => (q.id = i + 1));
    return { total: quotes.length, page: 1, per_page: 50, quotes };
  },
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const params = Object.fromEntries(url.searchParams);
  const send = (status, body) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const article = url.pathname.match(/^\/api\/articles\/(\d+)$/);
  if (article) {
    const found = articles.find((a) => a.store_id === Number(article[1]));
    return found ? send(200, found) : send(404, { error: 'not_found', message: `no article ${article[1]}` });
  }
  if (routes[url.pathname]) return send(200, routes[url.pathname](params));
  const file = join('dist', normalize(url.pathname === '/' ? 'index.html' : url.pathname).replace(/^(\.\.[/\\])+/, ''));
  if (!existsSync(file)) return send(404, { error: 'not_found', message: url.pathname });
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
}).listen(Number(port), '127.0.0.1', () => console.error(`mock API on http://127.0.0.1:${port}/`));
