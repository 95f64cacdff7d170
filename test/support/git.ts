/** Temporary git repositories for tests: commits with chosen dates, made with the `git` command. */
import { execFileSync } from 'node:child_process';

/**
 * Runs git in a folder with a fixed identity and no user or system configuration.
 * @param cwd the folder
 * @param args git's arguments
 * @param date author and committer date of a commit (ISO 8601)
 * @returns its standard output, trimmed
 */
export function git(cwd: string, args: readonly string[], date?: string): string {
  return execFileSync('git', ['-c', 'user.name=Tim Pelaksana', '-c', 'user.email=tim@example.id', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...(date !== undefined ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  }).trim();
}

/**
 * Commits everything in the work tree.
 * @param cwd the repository
 * @param message the message
 * @param date the commit's date (ISO 8601)
 * @returns the commit's full id
 */
export function commitAll(cwd: string, message: string, date: string): string {
  git(cwd, ['add', '-A']);
  git(cwd, ['commit', '-q', '-m', message], date);
  return git(cwd, ['rev-parse', 'HEAD']);
}
