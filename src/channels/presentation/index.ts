/** The public face of channels/presentation/: what other folders may import from it. */
export { formatTextTable } from './format-text-table.ts';
export { downscalePng, readPngSize } from './png-image.ts';
export { renderChartPng } from './render-chart.ts';
export { type DisplayTable, toDisplayTable } from './table-cells.ts';
