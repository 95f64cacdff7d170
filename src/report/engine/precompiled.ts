/**
 * The built-in templates compiled when the program is bundled: scripts/bundle.mjs puts the output
 * of {@link precompiledModule} (./precompile.ts) in place of this module. Run from its sources, the
 * program has none and compiles every template on first use.
 */
import type Handlebars from 'handlebars';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** A compiled template, which a Handlebars environment makes a template function of with `template`. */
export type TemplateSpecification = ReturnType<typeof Handlebars.precompile>;

/** A template file compiled beforehand, with its lint beside the partials it was compiled with. */
export interface PrecompiledTemplate {
  /** The path shown in diagnostics. */
  readonly display: string;
  /** Its text, as the templates are read (the compiled form is used for this text only). */
  readonly source: string;
  /** The names of the partials beside it, sorted, one a line. */
  readonly partials: string;
  readonly lint: {
    readonly diagnostics: readonly Diagnostic[];
    readonly params: ReadonlyArray<readonly [string, string]>;
  };
  readonly spec: TemplateSpecification;
}

/** None: the bundle's version of this module has the built-in templates. */
export const PRECOMPILED: readonly PrecompiledTemplate[] = [];
