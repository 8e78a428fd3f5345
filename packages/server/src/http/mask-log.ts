/**
 * Masks mainland mobile numbers and ID numbers in anything written to the log, so a request that
 * carries them (an error message quoting input, say) never puts them on disk in full.
 */
export function maskSensitive(text: string): string {
  return text
    .replace(/(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g, '$1********$2')
    .replace(/(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, '$1****$2');
}
