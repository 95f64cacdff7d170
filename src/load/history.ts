/** When each input file last changed: from git history when the project is in a git repository, else file times. */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Last change of each file, as ISO date-times keyed by the file's project-relative path.
 * @param root project folder
 * @param files project-relative paths
 * @returns map of path → ISO date-time, and which source was used
 */
export async function lastChanged(root: string, files: readonly string[]): Promise<{ source: 'git' | 'mtime'; times: Map<string, string> }> {
  const fromGit = await gitTimes(root);
  const times = new Map<string, string>();
  if (fromGit !== undefined) {
    for (const f of files) {
      const t = fromGit.get(f);
      if (t !== undefined) times.set(f, t);
    }
  }
  // Files git does not know yet (new, uncommitted) fall back to their modification time.
  for (const f of files) {
    if (times.has(f)) continue;
    try {
      times.set(f, (await stat(path.join(root, f))).mtime.toISOString());
    } catch {
      // A file that vanished meanwhile has no time.
    }
  }
  return { source: fromGit !== undefined ? 'git' : 'mtime', times };
}

function gitTimes(root: string): Promise<Map<string, string> | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['log', '--format=@%cI', '--name-only', '--relative', '--no-renames', '--', '.'],
      { cwd: root, timeout: 10_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error) { resolve(undefined); return; }
        const times = new Map<string, string>();
        let current = '';
        for (const line of stdout.split('\n')) {
          if (line.startsWith('@')) current = line.slice(1);
          else if (line !== '' && !times.has(line)) times.set(line, current);
        }
        resolve(times);
      },
    );
  });
}
