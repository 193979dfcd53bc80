/**
 * The form in which local search compares text: composed Unicode, lower case, `ß` as `ss`. So "straße",
 * "STRASSE" and a decomposed "Straße" from a Mac-exported CSV all find "Straße"; umlauts stay umlauts.
 */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('ß', 'ss');
}
