/** Codes of the load stage's guards against hostile input: forbidden characters, non-regular files and nesting too deep to read. */
import { code } from '../spec.js';

export const hostileCodes = {
  'yaml/control-character': code<{ codePoint: string; count: number }>('error', {
    id: (a) =>
      `Berkas berisi karakter kendali ${a.codePoint}${a.count > 1 ? ` (${a.count} buah)` : ''} yang tidak diizinkan YAML; hapus karakternya (biasanya terbawa saat menyalin dari aplikasi lain).`,
    en: (a) =>
      `The file holds the control character ${a.codePoint}${a.count > 1 ? ` (${a.count} of them)` : ''}, which YAML does not allow; delete it (it usually comes along when pasting from another program).`,
  }),
  'yaml/too-deep': code<{ limit: number }>('error', {
    id: (a) => `Data bersarang lebih dari ${a.limit} tingkat; tulis datanya dengan susunan yang lebih datar.`,
    en: (a) => `The data is nested more than ${a.limit} levels deep; write it with a flatter structure.`,
  }),
  'load/not-a-file': code<{ type: 'directory' | 'fifo' | 'socket' | 'device' | 'other' }>('error', {
    id: (a) =>
      `Ini bukan berkas biasa (${a.type === 'fifo' ? 'pipa bernama' : a.type === 'socket' ? 'soket' : a.type === 'device' ? 'perangkat' : a.type === 'directory' ? 'folder' : 'jenis lain'}) dan tidak dibaca; ganti dengan berkas biasa atau hapus.`,
    en: (a) =>
      `This is not a regular file (${a.type === 'fifo' ? 'a named pipe' : a.type === 'socket' ? 'a socket' : a.type === 'device' ? 'a device' : a.type === 'directory' ? 'a folder' : 'another kind'}) and is not read; replace it with a regular file or delete it.`,
  }),
};

/** Codes that keep every path a project file names inside the project (a project may come from a pull request). */
export const pathCodes = {
  'rule/path-outside': code<{ field: string; path: string }>('error', {
    id: (a) => `"${a.field}" menunjuk ke luar folder proyek (${a.path}); tulis jalur relatif di dalam proyek, misalnya "keluaran" atau "aset/logo.png".`,
    en: (a) => `"${a.field}" points outside the project folder (${a.path}); write a relative path inside the project, such as "keluaran" or "aset/logo.png".`,
  }),
  'rule/output-not-folder': code<{ path: string; file: string }>('error', {
    id: (a) => `Folder keluaran "${a.path}" ${a.path === a.file ? 'adalah sebuah berkas, bukan folder' : `tidak dapat dibuat karena ${a.file} adalah sebuah berkas`}; pilih nama folder lain.`,
    en: (a) => `The output folder "${a.path}" ${a.path === a.file ? 'is a file, not a folder' : `cannot be created because ${a.file} is a file`}; choose another folder name.`,
  }),
  'load/outside-project': code<{ name: string }>('error', {
    id: (a) => `"${a.name}" adalah tautan ke luar folder proyek dan tidak dibaca; salin berkasnya ke dalam proyek.`,
    en: (a) => `"${a.name}" is a link to outside the project folder and is not read; copy the file into the project.`,
  }),
};
