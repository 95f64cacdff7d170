// Benchmark (not a test): rank 10,000 quick wins on 8 criteria and run 1,000 sensitivity draws.
// Runs against the compiled code: `npm run build && node bench/score.bench.mjs`.
// Target: under 2 s of wall-clock time per method on the project's 2-core machine. The CPU time and
// the load average are printed too: on a busy machine the wall-clock figure says little.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { mulberry32, rankQuickWins } from '../dist/score/index.js';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const DRAWS = Number(process.env.BENCH_DRAWS ?? 1_000);
const TARGET_MS = 2_000;

const dims = ['governance', 'branding', 'economy', 'living', 'society', 'environment'];
const elemen = { governance: 'pelayanan', branding: 'pariwisata', economy: 'industri', living: 'kesehatan', society: 'komunitas', environment: 'energi' };
const scored = ['dampak', 'urgensi', 'kemudahan', 'inovasi', 'kesiapan', 'visibilitas'];

const penilaian = {
  metode: 'saw',
  skala: { min: 1, max: 5 },
  kriteria: [
    ...scored.map((id, i) => ({ id, nama: id, jenis: 'benefit', bobot: 10 + i * 3 })),
    { id: 'anggaran', nama: 'anggaran', jenis: 'cost', bobot: 12, dari: 'anggaran' },
    { id: 'durasi', nama: 'durasi', jenis: 'cost', bobot: 8, dari: 'durasi_bulan' },
  ],
  syarat: { durasi_bulan_maks: 12, isu_wajib: true },
  pilihan: { per_dimensi: 3 },
};

const random = mulberry32(20260101);
const quickwins = Array.from({ length: PROPOSALS }, (_, i) => {
  const dimensi = dims[i % dims.length];
  const skor = Object.fromEntries(scored.map((id) => [id, 1 + Math.floor(random() * 5)]));
  return {
    id: `qw-${String(i).padStart(5, '0')}`,
    data: {
      nama: `Quick win ${i}`,
      opd: `opd-${i % 40}`,
      dimensi,
      elemen: elemen[dimensi],
      isu: ['isu-1'],
      anggaran: { nilai: Math.round(50_000_000 + random() * 2_000_000_000), sumber: 'APBD' },
      durasi_bulan: 3 + Math.floor(random() * 12),
      skor,
      status: 'usulan',
    },
  };
});

const at = { file: 'bench', line: 1, column: 1 };
const ctx = { lang: 'id', locateConfig: () => at, locateQuickWin: () => at };

const report = [];
for (const method of ['saw', 'wp', 'topsis']) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const ranking = rankQuickWins({ penilaian, quickwins }, ctx, { method, sensitivity: { seed: 1, draws: DRAWS, spread: 0.2 } });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  report.push({ method, ms, cpuMs: (cpu.user + cpu.system) / 1000, first: ranking.quickwins[0]?.id, keep: ranking.sensitivity?.quickwins[0]?.keepRank });
}

for (const r of report) {
  console.log(
    `${r.method.padEnd(6)} ${PROPOSALS} proposals × 8 criteria, ${DRAWS} draws: ${r.ms.toFixed(0)} ms ` +
      `(CPU ${r.cpuMs.toFixed(0)} ms, load average ${loadavg()[0]?.toFixed(1)}) ` +
      `— ${r.ms <= TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target; best ${r.first}, keeps rank in ${(r.keep * 100).toFixed(1)} % of draws`,
  );
}
process.exitCode = report.every((r) => r.ms <= TARGET_MS) ? 0 : 1;
