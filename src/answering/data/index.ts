/** The public face of answering/data/: what other folders may import from it. */
export { createDataAnswerer } from './answer-data-question.ts';
