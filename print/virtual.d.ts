/** The URL of Paged.js's polyfill as the built site serves it (print/vite-plugin.ts). */
declare module 'virtual:gongwen/paged-polyfill' {
  const url: string;
  export default url;
}
