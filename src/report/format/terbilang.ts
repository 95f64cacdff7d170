/** Numbers in Indonesian words (terbilang), as written on budgets: 1250000 → "satu juta dua ratus lima puluh ribu". */

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

const SCALES: readonly (readonly [bigint, string])[] = [
  [10n ** 15n, 'kuadriliun'],
  [10n ** 12n, 'triliun'],
  [10n ** 9n, 'miliar'],
  [10n ** 6n, 'juta'],
];

/** Words for 0 < n < 1000. */
function below1000(n: number): string {
  if (n < 12) return ONES[n] ?? '';
  if (n < 20) return `${ONES[n - 10] ?? ''} belas`;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const rest = n % 10;
    return `${ONES[tens] ?? ''} puluh${rest > 0 ? ` ${below1000(rest)}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? 'seratus' : `${ONES[hundreds] ?? ''} ratus`}${rest > 0 ? ` ${below1000(rest)}` : ''}`;
}

/** Words for 0 < n < 1.000.000: "seribu" for exactly one thousand-group. */
function below1e6(n: number): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands === 0 ? '' : thousands === 1 ? 'seribu' : `${below1000(thousands)} ribu`;
  const tail = rest > 0 ? below1000(rest) : '';
  return [head, tail].filter((s) => s !== '').join(' ');
}

function positive(n: bigint): string {
  const parts: string[] = [];
  let rest = n;
  for (const [scale, word] of SCALES) {
    if (rest >= scale) {
      const count = rest / scale;
      parts.push(`${positive(count)} ${word}`);
      rest %= scale;
    }
  }
  if (rest > 0n) parts.push(below1e6(Number(rest)));
  return parts.join(' ');
}

/**
 * An integer in Indonesian words: 1250000 → "satu juta dua ratus lima puluh ribu"; negatives start with
 * "minus"; decimals are rounded to the nearest integer.
 * @param value the number (safe integer range)
 * @param options `rupiah: true` appends "rupiah"
 * @returns the words, lower case
 * @throws RangeError for a value that is not finite or beyond the safe integer range
 */
export function terbilang(value: number, options: { rupiah?: boolean } = {}): string {
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`terbilang: out of range: ${String(value)}`);
  }
  const n = Math.round(value);
  const words = n === 0 ? 'nol' : `${n < 0 ? 'minus ' : ''}${positive(BigInt(Math.abs(n)))}`;
  return options.rupiah === true ? `${words} rupiah` : words;
}
