/** The diff stage: two versions of a project → what changed, as data. */
export { compareProjects, ownerOf, type CompareOptions } from './compare.js';
export { diffValues, itemKey, ITEM_KEYS, sameValue, wholeFile } from './data.js';
export type { CompletenessChange, DiffSide, FieldChange, FileDiff, FileStatus, ProjectDiff, RankChange, SideFile, Total, Totals } from './types.js';
