/**
 * Puts text on the clipboard. Resolves false when the browser has no clipboard access or refuses
 * it (an insecure origin, a denied permission): the screen then offers the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard === undefined) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
