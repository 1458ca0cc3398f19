/** A text as a regular expression that matches it literally ("St. Anthonis" → "St\. Anthonis"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
