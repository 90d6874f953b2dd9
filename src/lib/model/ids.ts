/** The numeric id in a per-namespace image name, e.g. 13 for `mountpoints-13.img`. */
export const imageId = (name: string): number => Number(/-(\d+)\.img$/.exec(name)?.[1] ?? -1);
