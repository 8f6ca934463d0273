import type { FormState } from "@/lib/result";

export type WithValues<T> = (FormState<T> & { values?: Record<string, string> }) | null;

/**
 * Wraps a form action (in the browser) so its answer carries what was typed: React resets a form after its action,
 * and a refused form should show the entries again. Fields named in `omit` (passwords) are never kept.
 */
export function keepValues<T>(action: (previous: unknown, formData: FormData) => Promise<FormState<T>>, omit: string[] = []) {
  return async (previous: unknown, formData: FormData): Promise<WithValues<T>> => {
    const result = await action(previous, formData);
    if (!result || result.ok) return result;
    const values: Record<string, string> = {};
    for (const [name, value] of formData.entries()) if (typeof value === "string" && !omit.includes(name) && !name.startsWith("$")) values[name] = value;
    return { ...result, values };
  };
}
