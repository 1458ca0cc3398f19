/** The public face of app/: what other folders may import from it. */
export { createStelselwijzer } from './composition-root.ts';
