// The authorization matrix's cells for the endpoints under the part's folders (matrix-parts.ts); see matrix.test.ts.
import { describe } from "vitest";
import { matrixCells } from "./matrix-run";

describe("authorization matrix", () => {
  matrixCells("customers", { minimumCells: 100 });
});
