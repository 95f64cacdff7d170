/**
 * resvg (SVG to PNG), loaded once per thread. On Linux its native binding is required directly: the
 * package's own loader asks for a full diagnostic report of the process to tell glibc from musl, which
 * is slow and, with a worker thread running, waits on every other thread. Elsewhere, or when the
 * direct way fails, the package loads itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Resvg, ResvgRenderOptions } from '@resvg/resvg-js';

/** The renderer's instance: what the charts and the logo use. */
export type ResvgInstance = InstanceType<typeof Resvg>;

/** Makes a renderer for one SVG. */
export type MakeResvg = (svg: string, options?: ResvgRenderOptions) => ResvgInstance;

type NativeResvg = new (svg: string, options?: string) => ResvgInstance;

const requireHere = createRequire(import.meta.url);

/** The C library, read from the dynamic loader script as detect-libc does; undefined when unknown. */
function linuxLibc(): 'gnu' | 'musl' | undefined {
  try {
    const ldd = readFileSync('/usr/bin/ldd', 'utf8');
    if (ldd.includes('musl')) return 'musl';
    if (ldd.includes('GNU C Library') || ldd.includes('GLIBC')) return 'gnu';
  } catch {
    // No ldd to read: let the package decide.
  }
  return undefined;
}

/** The binding's package for this platform when it can be named without the package's check. */
export function directBinding(platform: string, arch: string, libc: () => 'gnu' | 'musl' | undefined): string | undefined {
  if (platform !== 'linux' || !['x64', 'arm64', 'riscv64'].includes(arch)) return undefined;
  const kind = libc();
  return kind === undefined ? undefined : `@resvg/resvg-js-linux-${arch}-${kind}`;
}

function nativeResvg(): NativeResvg | undefined {
  const name = directBinding(process.platform, process.arch, linuxLibc);
  if (name === undefined) return undefined;
  try {
    // Resolved from the package itself, where npm puts its optional dependencies.
    const fromPackage = createRequire(requireHere.resolve('@resvg/resvg-js'));
    return (fromPackage(name) as { Resvg?: NativeResvg }).Resvg;
  } catch {
    return undefined;
  }
}

let loaded: MakeResvg | undefined;

/**
 * The renderer factory, loaded on first use.
 * @returns a function making a renderer for an SVG with resvg's options
 */
export async function resvg(): Promise<MakeResvg> {
  if (loaded !== undefined) return loaded;
  const native = nativeResvg();
  if (native !== undefined) {
    // The package's wrapper does exactly this: the options cross to the binding as JSON.
    loaded = (svg, options) => new native(svg, options === undefined ? undefined : JSON.stringify(options));
  } else {
    const { Resvg } = await import('@resvg/resvg-js');
    loaded = (svg, options) => new Resvg(svg, options);
  }
  return loaded;
}
