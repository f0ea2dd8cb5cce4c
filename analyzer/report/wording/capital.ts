/** A phrase as the start of a sentence: the limits are written lower case, to follow "blastmap: " on a terminal. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
