/** The integration's resolved options, as the injected pages import them. */
declare module 'virtual:gongwen/config' {
  const config: import('./options.ts').PageConfig;
  export default config;
}
