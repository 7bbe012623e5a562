// GET requests to the JSON API (docs/api.md). Empty parameters are left out.

export function apiUrl(path, params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The request in flight on each channel: a newer one aborts it, so a slow old answer never overwrites a newer view. */
const inFlight = new Map();

/**
 * The JSON answer, or an Error carrying the API's `message` (a bad filter, say). A
 * request superseded on its `channel` (one per view) rejects with an `AbortError`.
 */
export async function getJson(path, params, channel = path) {
  inFlight.get(channel)?.abort();
  const controller = new AbortController();
  inFlight.set(channel, controller);
  try {
    const response = await fetch(apiUrl(path, params), { signal: controller.signal });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(body?.message ?? `${path}: HTTP ${response.status}`);
    }
    return body;
  } finally {
    if (inFlight.get(channel) === controller) inFlight.delete(channel);
  }
}

export function superseded(error) {
  return error?.name === 'AbortError';
}
