/** The bundled scenarios' index, made at build time by scripts/scenario-index.mjs. */
declare module 'virtual:scenario-index' {
  const index: import('../../scenario/listing').IndexEntry[];
  export default index;
}
