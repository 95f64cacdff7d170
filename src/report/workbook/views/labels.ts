/** Labels of the workbook's own: enum ids made readable, and Ya/Tidak for flags. */

/**
 * A readable label for an enum id: `tidak-aktif` → `Tidak aktif`, `pihak-ketiga` → `Pihak ketiga`.
 * @param id the enum value
 * @returns the label
 */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.length === 0 ? '' : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Ya / Tidak for a flag; empty when unknown.
 * @param b the flag
 * @returns the label or null
 */
export function yesNo(b: boolean | undefined): string | null {
  return b === undefined ? null : b ? 'Ya' : 'Tidak';
}
