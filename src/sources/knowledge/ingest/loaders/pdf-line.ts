/** One visual line of a PDF page. */
export interface PdfLine {
  text: string;
  fontSize: number;
  /** Baseline, in PDF space (grows upwards). */
  y: number;
  x: number;
  width: number;
  page: number;
}
