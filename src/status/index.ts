/** The bimtek workflow stage: stage model, requirement evaluation, status report and its diagnostics. */
export { booksAt, defaultStage, defaultStages, requirementsAt, stagesOf } from './stages.js';
export { evaluateStage, type RequirementItem } from './evaluate.js';
export { statusReport, type CoverageGap, type OpdStatus, type StatusItem, type StatusReport } from './report.js';
export { coverageDiagnostics, missingDiagnostics } from './diagnostics.js';
export { arahDiagnostics } from './arah.js';
