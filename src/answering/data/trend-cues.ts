/**
 * "Hoe ontwikkelt het aantal residentiële plaatsingen zich?", "wat laat de data zien?", "how have
 * our placements changed over time?": a series over time rather than one figure. Plain text.
 */
export const asksForTrend =
  /\b(?:hoe ontwikkel\w*|ontwikkel(?:t|en|de|den|d)\b|ontwikkeling|verloop|trend\w*|door de tijd|in de loop van de tijd|over (?:de )?jaren|wat laat de data zien|how (?:has|have|does|do|did|is|are) .{0,80}(?:develop|chang|evolv|trend)\w*|over time|what does the data show)/;

/** National or source questions stay with the knowledge base even when they ask for a development. */
export const nationalOrSource = /\b(?:landelijk|nationally|nationaal|national|nederland|netherlands|volgens|according to|onderzoek|research|study)\b/;
