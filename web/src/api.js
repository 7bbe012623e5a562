// GET requests to the JSON API (docs/api.md). Empty parameters are left out.

export function apiUrl(path, params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The JSON answer, or an Error carrying the API's `message` (a bad filter, say). */
export async function getJson(path, params) {
  const response = await fetch(apiUrl(path, params));
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body?.message ?? `${path}: HTTP ${response.status}`);
  }
  return body;
}
