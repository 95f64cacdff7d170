/** The command-line program: commands, flags and help texts. A fresh Command per call, for tests. */
import { Command, CommanderError, Option } from 'commander';
import type { Env } from '../env.js';
import { InternalError, isUserError } from '../errors.js';
import { langOf, type GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';
import { userErrorMessage } from './format/errors.js';
import { version } from './version.js';

type Action = () => Promise<number>;

/**
 * Builds the program. Each action stores its exit code in `state.code`; a UserError that stops it
 * is told on stderr in the language the command resolved (exit 2).
 * @param env the environment
 * @param state where the exit code goes
 * @returns the commander program
 */
export function createProgram(env: Env, state: { code: number }): Command {
  const program = new Command('masterplan');
  const run = async (opts: GlobalOptions, action: Action) => {
    try {
      state.code = await action();
    } catch (e) {
      if (!isUserError(e)) throw e;
      env.stderr(`masterplan: ${userErrorMessage(e, langOf(opts))}\n`);
      state.code = EXIT.CANNOT_RUN;
    }
  };
  const common = (cmd: Command) =>
    cmd
      .addOption(new Option('--lang <lang>', 'bahasa pesan / message language').choices(['id', 'en']))
      .option('-q, --quiet', 'tanpa keterangan kemajuan / no progress output');

  program
    .description('Masterplan Smart City: periksa data OPD, nilai quick win, susun buku dan lembar kerja.\nMasterplan Smart City: validate OPD data, score quick wins, build the books and workbook.')
    .version(version(), '-V, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => env.stdout(s),
      writeErr: (s) => env.stderr(s),
    });

  common(program.command('validate').argument('[paths...]', 'folder proyek atau berkas / project folder or files'))
    .description('Periksa data YAML dan formulir XLSX / check YAML data and XLSX forms')
    .option('-f, --format <format>', 'stylish | json | github | sarif | junit | md (github otomatis bila GITHUB_ACTIONS=true)')
    .option('-o, --output <file>', 'tulis laporan ke berkas / write the report to a file')
    .option('--root <dir>', 'jalur dilaporkan relatif terhadap folder ini (bawaan: puncak repositori git, atau folder proyek) / report paths relative to this folder (default: the git top level, else the project folder)')
    .addOption(new Option('--fail-on <severity>', 'tingkat yang menggagalkan / severity that fails').choices(['error', 'warning']).default('error'))
    .option('-w, --watch', 'periksa ulang setiap ada perubahan / validate again on every change')
    .action((paths: string[], opts) =>
      run(opts, async () => (await import('./commands/validate.js')).validateCommand(paths, opts, env)),
    );

  common(program.command('init').argument('[dir]', 'folder proyek baru / new project folder', '.'))
    .description('Buat proyek baru dengan contoh berkomentar / create a new project with commented examples')
    .option('--force', 'tulis juga ke folder yang tidak kosong / write into a non-empty folder')
    .option('--from <spec>', 'sumber masterplan di package.json: versi npm, tarball, atau URL git (bawaan: versi ini) / where package.json installs masterplan from: npm version, tarball or git URL (default: this version)')
    .action((dir: string, opts) => run(opts, async () => (await import('./commands/init.js')).initCommand(dir, opts, env)));

  common(program.command('new').argument('<kind>', 'opd | isu | quickwin | program | naskah').argument('<id>', 'id (nama berkas), atau <buku>/<slot> untuk naskah / id (file name), or <buku>/<slot> for naskah'))
    .description('Tambah satu berkas data dengan semua kolom berkomentar, atau satu naskah dengan panduannya / add one data file with every field commented, or one naskah with its guide')
    .option('-C, --dir <dir>', 'folder proyek / project folder', '.')
    .action((kind: string, id: string, opts) => run(opts, async () => (await import('./commands/new.js')).newCommand(kind, id, opts, env)));

  common(program.command('score').argument('[dir]', 'folder proyek / project folder', '.'))
    .description('Peringkat quick win / rank the quick wins (SAW, WP, TOPSIS; bobot atau AHP)')
    .addOption(new Option('-m, --method <method>', 'metode (bawaan: penilaian.metode) / method').choices(['saw', 'wp', 'topsis']))
    .addOption(new Option('-f, --format <format>', 'table | json | csv').choices(['table', 'json', 'csv']).default('table'))
    .option('-e, --explain <id>', 'rincian satu quick win per kriteria / one proposal criterion by criterion')
    .option('--sensitivity', 'uji kepekaan bobot ±20% / weight sensitivity analysis (±20%)')
    .option('--seed <n>', 'benih acak / random seed', '1')
    .option('--draws <n>', 'jumlah undian / number of draws', '1000')
    .action((dir: string, opts) => run(opts, async () => (await import('./commands/score.js')).scoreCommand(dir, opts, env)));

  common(program.command('build').argument('[dir]', 'folder proyek / project folder', '.'))
    .description('Susun buku (DOCX) dan lembar kerja (XLSX) / build the books (DOCX) and the workbook (XLSX)')
    .option('-o, --out <dir>', 'folder keluaran (bawaan: keluaran.folder) / output folder')
    .option('-s, --stage <n>', 'buku yang jatuh tempo pada tahap 1–4 atau next (bimtek berikutnya), sebagai draf / the books due at stage 1–4 or next (the next bimtek), as drafts')
    .option('-b, --book <list>', 'buku tertentu, mis. 1,2 / only these books, e.g. 1,2')
    .option('-f, --format <list>', 'docx,xlsx,pdf,md (bawaan: docx,xlsx)', 'docx,xlsx')
    .option('--draft', 'tandai DRAF dan tampilkan data yang kurang / mark DRAF and show missing data')
    .option('--changes-since <when>', 'lampirkan Catatan Perubahan sejak revisi, tanggal, atau tahap:N pada buku draf / append the Catatan Perubahan since a revision, date or tahap:N to draft books')
    .option('--changes-in-final', 'lampirkan Catatan Perubahan juga pada buku final / append it to final books too')
    .option('--pdf-a', 'PDF sebagai PDF/A-2b untuk arsip (termasuk pdf) / PDF twins as PDF/A-2b for archiving (implies pdf)')
    .option('-w, --watch', 'susun ulang setiap ada perubahan / build again on every change')
    .action((dir: string, opts) => run(opts, async () => (await import('./commands/build.js')).buildCommand(dir, opts, env)));

  common(program.command('status').argument('[dir]', 'folder proyek / project folder', '.'))
    .description('Apa yang masih kurang per OPD untuk tahap bimtek / what each OPD still owes for a bimtek stage')
    .option('-s, --stage <n>', 'tahap 1–4 atau next (bawaan: next, bimtek berikutnya) / stage 1–4 or next (default: next, the next bimtek)')
    .option('-f, --format <format>', 'table | json | md | xlsx', 'table')
    .option('-o, --output <file>', 'berkas XLSX (bawaan: <keluaran>/status-tahap-N.xlsx) / XLSX file')
    .action((dir: string, opts) => run(opts, async () => (await import('./commands/status.js')).statusCommand(dir, opts, env)));

  common(program.command('diff').argument('[dir]', 'folder proyek / project folder', '.'))
    .description('Apa yang berubah sejak revisi git, tanggal, atau bimtek / what changed since a git revision, a date or a bimtek')
    .requiredOption('--since <when>', 'revisi git, YYYY-MM-DD (commit terakhir sebelum tanggal itu), atau tahap:N (tanggal bimtek N) / a git revision, YYYY-MM-DD (the last commit before it) or tahap:N (the date of bimtek N)')
    .addOption(new Option('-f, --format <format>', 'table | json | md').choices(['table', 'json', 'md']).default('table'))
    .option('-s, --stage <n>', 'tahap untuk kelengkapan (bawaan: bimtek berikutnya) / stage of the completeness (default: the next bimtek)')
    .action((dir: string, opts) => run(opts, async () => (await import('./commands/diff.js')).diffCommand(dir, opts, env)));

  common(program.command('form').argument('[opd...]', 'id OPD, lalu folder proyek (opsional) / OPD ids, then the project folder (optional)'))
    .description('Buat formulir XLSX pengumpulan data per OPD / create an XLSX data-collection form per OPD')
    .option('--all', 'semua OPD / every OPD')
    .option('-o, --out <dir>', 'folder keluaran (bawaan: <keluaran.folder>/formulir) / output folder')
    .option('-C, --dir <dir>', 'folder proyek / project folder')
    .action((ids: string[], opts) => run(opts, async () => (await import('./commands/form.js')).formCommand(ids, opts, env)));

  common(program.command('import').argument('<xlsx...>', 'formulir OPD yang sudah diisi / filled OPD forms'))
    .description('Impor formulir OPD menjadi berkas YAML di data/ / import filled OPD forms into YAML files under data/')
    .option('--into <dir>', 'folder proyek / project folder', '.')
    .option('--force', 'timpa berkas yang ada; versi lama disimpan di .masterplan/backup/ / overwrite existing files; old versions go to .masterplan/backup/')
    .option('-f, --format <format>', 'format temuan / findings format: stylish | json | github | sarif | junit | md')
    .action((files: string[], opts) => run(opts, async () => (await import('./commands/import.js')).importCommand(files, opts, env)));

  common(program.command('schema'))
    .description('Tulis JSON Schema setiap jenis berkas / write JSON Schema for every input kind')
    .option('-o, --out <dir>', 'folder keluaran / output folder', 'schema')
    .action((opts) => run(opts, async () => (await import('./commands/schema.js')).schemaCommand(opts, env)));

  return program;
}

/**
 * Runs the program on arguments and returns the exit code; never throws.
 * @param argv arguments after the program name
 * @param env the environment
 * @returns exit code 0, 1 or 2
 */
export async function run(argv: readonly string[], env: Env): Promise<number> {
  const state = { code: EXIT.OK as number };
  const program = createProgram(env, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version succeed; help shown because no command was given is a usage error.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.OK;
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.OK : EXIT.CANNOT_RUN;
      return EXIT.CANNOT_RUN;
    }
    if (isUserError(e)) {
      env.stderr(`masterplan: ${userErrorMessage(e, 'id')}\n`);
      return EXIT.CANNOT_RUN;
    }
    const err = e instanceof Error ? e : new InternalError(String(e));
    env.stderr(`${err.stack ?? err.message}\n\nmasterplan: galat internal / internal error. Mohon laporkan / please report it, with the command you ran.\n`);
    return EXIT.CANNOT_RUN;
  }
}
