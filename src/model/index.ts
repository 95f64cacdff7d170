/** The model stage: validated project → Model. */
export { buildModel } from './build-model.js';
export type { DimensionGroup, Isu, Model, ModelItem, NaskahModel, NaskahText, Opd, Program, QuickWin } from './types.js';
export { opdCompleteness, COMPLETENESS_FIELDS, type Completeness, type ProfileSection } from './completeness.js';
