import { templateResponse } from "../../../_import/import-routes";

/** The CSV template of a customer import. */
export function GET() {
  return templateResponse("customers");
}
