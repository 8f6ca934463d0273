/**
 * The authorization matrix in parts, by the app folder an endpoint's file is in (a path relative to the project): one
 * test file per part, so Vitest's workers share the cells. `rest` is every endpoint no other part names, so a new
 * folder is never left out (matrix.test.ts checks that each endpoint is in exactly one part).
 */
const named = {
  settings: (file: string) => file.startsWith("app/(app)/settings/"),
  partners: (file: string) => /^app\/\(app\)\/(resellers|providers|status|invitations|own-use)\//.test(file),
  customers: (file: string) => /^app\/\(app\)\/(customers|customer|team|support)\//.test(file),
};

export const matrixParts = {
  ...named,
  rest: (file: string) => !Object.values(named).some((inPart) => inPart(file)),
} satisfies Record<string, (file: string) => boolean>;

export type MatrixPart = keyof typeof matrixParts;
