import fc from "fast-check";

/** Strings an attacker or a broken client sends: injection, markup, odd unicode, control characters, sheer size. */
export const hostileStrings = [
  "",
  " ",
  "'; drop table users; --",
  "' or '1'='1",
  "Robert'); DELETE FROM organizations;--",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "\u0000",
  "name\u0000with nul",
  "\u202eevil\u202c",
  "\u200b\u200c\u200d\ufeff",
  "\ud800",
  "\udfff\ud800",
  "🧑🏽‍💻👨‍👩‍👧‍👦",
  "Z̴̡̧̛̛̛͓̝̱̲̳̭̫̞̤̳͉̝̠̈́̈́̆̓͗̽͐̅̈͒̆͌̓̅̀̌̈́",
  "x".repeat(101),
  "x".repeat(10_000),
  "é".repeat(70_000),
  "../../etc/passwd",
  "%00%27%22",
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "NaN",
  "-1",
  "99999999999999999999999",
  "true",
];

export const hostileString = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
);

/** Any value a client could make React serialise to a server action, and some it could not. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, undefined, true, false, 0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 1),
  fc.integer(),
  fc.double(),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 4 }),
  fc.constant(new Blob(["x".repeat(2048)])),
);

/**
 * Variations of a valid input: one field replaced by a hostile value, a field dropped, an extra field, prototype
 * keys, or the whole input replaced by something that is not an object at all.
 */
export function hostileInputs(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const replaceOne = keys.length
    ? fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value }))
    : fc.constant(valid);
  const dropOne = keys.length
    ? fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)))
    : fc.constant({});
  const allHostile = fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])));
  const extra = fc.tuple(hostileString, hostileValue).map(([key, value]) => ({ ...valid, [key]: value }));
  const prototypeKeys = fc.constant(JSON.parse(`{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}`));
  return fc.oneof(replaceOne, replaceOne, dropOne, allHostile, extra, prototypeKeys, hostileValue);
}
