/** The public face of lib/masking/: what other folders may import from it. */
export { maskPersonalData } from './mask-personal-data.ts';
