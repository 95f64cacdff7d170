/** Indonesian dates through Intl (id-ID) from the ISO strings of the input files, independent of the time zone. */

const dayFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const monthFormat = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A calendar date as `21 Juni 2022`.
 * @param iso a date `YYYY-MM-DD`
 * @returns the formatted date
 * @throws RangeError when the text is not a real date
 */
export function tanggal(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) throw new RangeError(`tanggal: expected YYYY-MM-DD, got "${iso}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Built in UTC and formatted in UTC, so no local time zone can shift the day.
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new RangeError(`tanggal: no such date "${iso}"`);
  }
  return dayFormat.format(date);
}

/**
 * A month as `Juni 2023`.
 * @param ym a month `YYYY-MM` (a full date `YYYY-MM-DD` is accepted too)
 * @returns the formatted month
 * @throws RangeError when the text is not a month
 */
export function bulan(ym: string): string {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(ym.trim());
  const mo = m ? Number(m[2]) : 0;
  if (!m || mo < 1 || mo > 12) throw new RangeError(`bulan: expected YYYY-MM, got "${ym}"`);
  return monthFormat.format(new Date(Date.UTC(Number(m[1]), mo - 1, 1)));
}
