// The authorization matrix: every server action and route handler, found by reading app/, called as each kind of
// user; the answer must be the expected one, and a refusal must leave every table exactly as it was. The cells run in
// parts (matrix-parts.ts), one test file each: this file runs the `rest` part, and checks the matrix covers the app.
import { beforeAll, describe, expect, it } from "vitest";
import { discoverEndpoints, type Discovered } from "./discover";
import { matrix } from "./matrix";
import { matrixParts } from "./matrix-parts";
import { matrixCells } from "./matrix-run";

let endpoints: Discovered[];

beforeAll(async () => {
  endpoints = await discoverEndpoints();
}, 180_000);

describe("authorization matrix", () => {
  it("discovers the app's actions and route handlers, and each has exactly one entry", () => {
    const keys = endpoints.map((e) => e.key);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys).toContain("app/(app)/settings/actions.ts#changeDisplayName");
    expect(keys).toContain("app/api/v1/evaluate/route.ts#POST");
    const missing = keys.filter((key) => !(key in matrix));
    expect(missing, "add these to test/authorization/matrix.ts").toEqual([]);
    const stale = Object.keys(matrix).filter((key) => !keys.includes(key));
    expect(stale, "these matrix entries name no endpoint").toEqual([]);
  });

  it("puts each endpoint in exactly one part of the matrix, and each part has endpoints", () => {
    const partsOf = (file: string) => Object.entries(matrixParts).filter(([, inPart]) => inPart(file)).map(([part]) => part);
    const notInOne = endpoints.filter((e) => partsOf(e.key.split("#")[0]!).length !== 1).map((e) => e.key);
    expect(notInOne, "each endpoint's file must be in exactly one part (matrix-parts.ts)").toEqual([]);
    for (const [part, inPart] of Object.entries(matrixParts)) expect(endpoints.filter((e) => inPart(e.key.split("#")[0]!)).length, part).toBeGreaterThan(0);
  });

  matrixCells("rest", { minimumCells: 100 });
});
