/** Indonesian formatting of numbers, money, dates, roman numerals and numbers in words. */
export { angka, persen, rupiah } from './number.js';
export { bulan, tanggal } from './date.js';
export { romawi } from '../../doc/numbering.js';
export { terbilang } from './terbilang.js';
