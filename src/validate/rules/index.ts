/** The semantic rules, run in this order after every file's shape is valid. */
import { configRules } from './config.js';
import type { Rule } from './context.js';
import { duplicateNames, opdFigures, withinPeriode } from './items.js';
import { naskahRules } from './naskah.js';
import { references } from './references.js';
import { criteriaRules, quickWinScores } from './scoring.js';
import { elemenInDimensi } from './taxonomy.js';

export const RULES: readonly Rule[] = [
  configRules,
  references,
  elemenInDimensi,
  criteriaRules,
  quickWinScores,
  opdFigures,
  withinPeriode,
  duplicateNames,
  naskahRules,
];

export { createContext, type Rule, type RuleContext } from './context.js';
