/** Removes `<at>…</at>` mention markup (left in channel and group chat messages) and tidies whitespace. */
export function stripMentions(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at\b[^>]*>.*?<\/at>/gis, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
