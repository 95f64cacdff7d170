/** Returned OPD forms: reading them safely, checking them as if imported, and turning them into YAML. */
export { checkFormFiles, checkForms, type CheckedForm, type FormFile } from './check.js';
export { evaluateForm, type FormOutcome, type FormRecord } from './evaluate.js';
export { formInput, type FormInput } from './form-input.js';
export { readForm, type FormRead } from './read-form.js';
export { guardXlsx, ZIP_LIMITS } from './zip-guard.js';
export { FORM_VERSION, layoutHash } from './definition.js';
