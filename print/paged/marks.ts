/** User Timing marks around Paged.js's pagination of a print view: shown in DevTools, read by `npm run bench`. */
export const PAGINATION_MARKS = { start: 'gongwen:paginate-start', end: 'gongwen:paginate-end' } as const;
