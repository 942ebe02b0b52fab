// The API client: same-origin GETs under /api/, answers cached for the page's life (editions do not change under a
// reader; the server's ETag makes a reload cheap).

const cache = new Map();

/** Thrown for a non-2xx answer; carries the RFC 9457 problem's detail when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** GET /api/{path} as JSON (cached). */
export function get(path) {
  if (!cache.has(path)) {
    const promise = fetch(`/api/${path}`, { headers: { Accept: 'application/json' } }).then(async (response) => {
      if (!response.ok) {
        let problem = null;
        try { problem = await response.json(); } catch { /* not JSON */ }
        throw new ApiError(response.status, problem);
      }
      return response.json();
    });
    promise.catch(() => cache.delete(path));
    cache.set(path, promise);
  }
  return cache.get(path);
}

export const api = {
  editions: () => get('editions'),
  framework: (year) => get(`framework?year=${year}`),
  rankings: (year) => get(`rankings/${year}`),
  country: (iso3, year) => get(`countries/${iso3}?year=${year}`),
  methodology: (year) => get(`methodology?year=${year}`),
};
