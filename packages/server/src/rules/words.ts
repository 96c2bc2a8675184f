/** Whether an excerpt holds a text word for word (runs of white space count as one space). */
export function holdsWords(excerpt: string, text: string): boolean {
  const squeeze = (words: string) => words.replace(/\s+/g, ' ').trim();
  return squeeze(excerpt).includes(squeeze(text));
}
