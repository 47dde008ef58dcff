declare module 'virtual:gongwen/fonts' {
  const fonts: Record<import('./types.ts').FontRole, import('./types.ts').ResolvedFont>;
  export default fonts;
}
