/**
 * The CRIU image layer's public surface: decode images, print and read crit-compatible JSON,
 * encode images back. See decode-image.ts, crit-json.ts and encode-image.ts.
 */
export type { DecodedImage, Entry } from './types.ts';
export { decodeImage } from './decode-image.ts';
export { toCritJson, toCritValue, critJsonToDecoded, type CritJsonOptions } from './crit-json.ts';
export { encodeImage, tryEncodeImage, EncodeError, type EncodeOptions } from './encode-image.ts';
export { isRawImageName, byMagic, byName, type ImageType } from './magic.ts';
export { parseExactJson, type ParseResult } from './exact-json.ts';
export { pyJsonDumps } from './py-json.ts';
export type { JsonValue, JsonObject } from './json-value.ts';
