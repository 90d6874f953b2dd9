/**
 * The decoder's view of the magic table (magic.ts, owned with the schemas): lookups by type
 * magic and by crit name, and raw images by file name.
 */
import {
  IMG_COMMON_MAGIC,
  IMG_SERVICE_MAGIC,
  byMagic,
  byName,
  rawImageByFileName,
  type ImageType,
} from './magic.ts';

export const IMG_COMMON = IMG_COMMON_MAGIC;
export const IMG_SERVICE = IMG_SERVICE_MAGIC;

export type ImageKind = ImageType;

export function imageKindByMagic(magic: number): ImageKind | undefined {
  return byMagic(magic);
}

export function imageKindByName(name: string): ImageKind | undefined {
  return byName(name);
}

/**
 * Raw images have no magic at all (page contents, tmpfs tarballs, `ip`/iptables/nft dumps,
 * conntrack netlink messages); they are recognised by name only, before any byte is read.
 */
export function isRawImageName(name: string): boolean {
  return rawImageByFileName(name.slice(name.lastIndexOf('/') + 1)) !== undefined;
}
