import { resultResponse } from "../../../../_import/import-routes";

/** The import's result, row by row, as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ importId: string }> }) {
  return resultResponse("customers", (await params).importId);
}
