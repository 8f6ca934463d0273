import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every server action and route handler of the app, found by reading the files (no hand-kept list). */
export type Discovered = { key: string; file: string; exportName: string; kind: "action" | "route" };

const root = process.cwd();
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** True when the file's first statement is the "use server" directive (comments before it are allowed). */
export function isServerActionFile(source: string): boolean {
  const withoutComments = source.replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/g, "").trimStart();
  return /^["']use server["'];?/.test(withoutComments);
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");

/**
 * Imports each file and lists its exports: functions of "use server" files, HTTP-method exports of route files.
 * `inFile` (given the file's path relative to the project) keeps the files of one part of the app.
 */
export async function discoverEndpoints(inFile: (file: string) => boolean = () => true): Promise<Discovered[]> {
  const found: Discovered[] = [];
  for (const file of sourceFiles(path.join(root, "app"))) {
    if (!inFile(relative(file))) continue;
    const source = readFileSync(file, "utf8");
    const isRoute = /^route\.tsx?$/.test(path.basename(file));
    if (!isRoute && !isServerActionFile(source)) continue;
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    if (isRoute) {
      // By binding, not value: Auth.js's handlers are undefined under the test mocks but still exported.
      for (const method of HTTP_METHODS) {
        if (method in exports) found.push({ key: `${relative(file)}#${method}`, file, exportName: method, kind: "route" });
      }
    } else {
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === "function") found.push({ key: `${relative(file)}#${name}`, file, exportName: name, kind: "action" });
      }
    }
  }
  return found.sort((a, b) => a.key.localeCompare(b.key));
}
