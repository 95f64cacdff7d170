/** `status --format md`: the content of the status table as GitHub-flavoured Markdown, for a job summary. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { editFile, incompleteExample, MINIMAL, minimalProject } from '../support/project.js';

describe('status --format md', () => {
  it('has the content of the table: title, completeness, one row per OPD owing most first, city items, coverage', async () => {
    const dir = await incompleteExample();
    const res = await runCli(['status', dir, '--stage', '1', '--format', 'md']);
    expect(res.code).toBe(0);
    const table = await runCli(['status', dir, '--stage', '1']);
    const lines = res.stdout.split('\n');
    const plain = table.stdout.split('\n');
    expect(lines[0]).toBe(`## ${plain[0] as string}`);
    expect(lines[2]).toBe(plain[1]);
    expect(lines[4]).toBe('| OPD | Wajib | Lengkap | Profil | Kurang | Diubah |');
    expect(lines[5]).toBe('| --- | ---: | ---: | ---: | --- | --- |');
    expect(lines[6]).toMatch(/^\| Dinsos \| 1\/3 \| 33% \| \d+\/\d+ \| Data SDM, Daftar aplikasi \| \d{4}-\d\d-\d\d \|$/);
    // One row per OPD, in the table's order.
    const rows = lines.filter((l) => /^\| (?!OPD \||---)/.test(l)).map((l) => l.split(' | ')[0]?.slice(2));
    const header = plain.findIndex((l) => l.startsWith('OPD'));
    const names = plain.slice(header + 1, header + 1 + rows.length).map((l) => l.split(/\s{2,}/)[0] as string);
    // The terminal table cuts long names; the Markdown keeps them whole.
    expect(rows.map((r, i) => {
      const name = names[i] ?? '';
      return name.endsWith('…') ? `${(r ?? '').slice(0, name.length - 1)}…` : r;
    })).toEqual(names);
    expect(rows).toContain('Perumda Air Minum Tirta Bahari');
    expect(rows).toHaveLength(21);
    expect(res.stdout).toContain('\n### Data tingkat kota (Tim Pelaksana)\n\n');
    expect(res.stdout).toContain('\n- ✗ Analisis kesiapan daerah\n');
    expect(res.stdout).toContain('\n### Peringatan cakupan\n\n- ! ');
    const items = (text: string, mark: string) => text.split('\n').filter((l) => l.includes(`${mark} `)).length;
    expect(items(res.stdout, '- ✓') + items(res.stdout, '- ✗')).toBe(items(table.stdout, '✓') + items(table.stdout, '✗'));
  });

  it('shows names literally and never truncates them', async () => {
    const dir = await incompleteExample();
    await editFile(dir, 'data/opd/dinsos.yaml', /^singkatan: .*$/m, 'singkatan: "Dinsos *PPPA* | <b>_x_</b> yang namanya panjang sekali"');
    const res = await runCli(['status', dir, '--stage', '1', '--format', 'md']);
    expect(res.stdout).toContain('\n| Dinsos \\*PPPA\\* \\| &lt;b&gt;\\_x\\_&lt;/b&gt; yang namanya panjang sekali | 1/3 |');
  });

  it('exits 1 with the errors on stderr when the project does not validate', async () => {
    const dir = await minimalProject({ 'data/quickwin/portal.yaml': (MINIMAL['data/quickwin/portal.yaml'] as string).replace('opd: diskominfo', 'opd: dinkes') });
    const res = await runCli(['status', dir, '--format', 'md']);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/data\/quickwin\/portal\.yaml\n\s+2:6\s+galat/);
  });
});
