/**
 * JSON values with exact integers: integers that may exceed 2^53 are `bigint`, so nothing on the
 * way from a CRIU image to crit-style JSON goes through a float.
 */
export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}
