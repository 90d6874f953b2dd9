/** The content viewer shows a payload a page at a time; the download is always all of it. */
export const PAGE_BYTES = 64 * 1024;

export interface ContentPage {
  /** Byte offset of the page in the content. */
  offset: number;
  /** Bytes on this page. */
  length: number;
  /** Page index, clamped to the pages there are. */
  index: number;
  pages: number;
}

/** Page `index` of content of `total` bytes (at least one page, even when empty). */
export function contentPage(total: number, index: number, size = PAGE_BYTES): ContentPage {
  const pages = Math.max(1, Math.ceil(total / size));
  const i = Math.min(Math.max(0, Math.floor(index)), pages - 1);
  const offset = i * size;
  return { offset, length: Math.max(0, Math.min(size, total - offset)), index: i, pages };
}
