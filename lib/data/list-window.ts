/** Rows `offset` to `offset + limit` of a list, for callers that page by cursor (the partner API) instead of page number. */
export type ListWindow = { offset: number; limit: number };
