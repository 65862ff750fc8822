// exceljs ships types for its index only; its Workbook module is the same class.
declare module "exceljs/lib/doc/workbook.js" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
