import { templateResponse } from "../../../_import/import-routes";

/** The CSV template of a reseller import (Partner Center's indirect-reseller export columns). */
export function GET() {
  return templateResponse("resellers");
}
