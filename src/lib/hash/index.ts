export { Sha256, sha256Hex } from './sha256.ts';
export { hashSource } from './hash-source.ts';
