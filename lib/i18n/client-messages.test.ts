import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogue";
import { clientMessages, SERVER_ONLY_NAMESPACES } from "./client-messages";

/** Every .ts/.tsx file under the folders that hold components. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the catalogue handed to browser components", () => {
  it("keeps every namespace a component reads with useTranslations, and only leaves out server-only ones", () => {
    const used = new Set<string>();
    for (const file of ["app", "components", "lib"].flatMap(sourceFiles)) {
      const source = readFileSync(file, "utf8");
      expect(source, `${file} reads the catalogue without a namespace`).not.toMatch(/useTranslations\(\s*\)/);
      for (const match of source.matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const namespace of SERVER_ONLY_NAMESPACES) expect(used.has(namespace), namespace).toBe(false);
    const kept = Object.keys(clientMessages(catalogues.en));
    for (const namespace of used) expect(kept).toContain(namespace);
    for (const namespace of SERVER_ONLY_NAMESPACES) expect(kept).not.toContain(namespace);
  });
});
