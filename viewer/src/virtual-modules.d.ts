declare module 'virtual:report-validator' {
  import type { ReportValidate } from './check-report.js';
  export const validate: ReportValidate;
}
