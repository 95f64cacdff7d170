/** Name of the project configuration file. */
export const CONFIG_FILE = 'masterplan.yaml';
