/**
 * The report's file name: `report-<input>.html`. The input's name is the analyst's own file
 * name, but it is shown and saved elsewhere too, so it is reduced to a safe, portable stem: no
 * path separators, no characters a file system or a shell treats specially, a bounded length.
 */
const ARCHIVE_SUFFIX = /\.(tar\.zst|tar\.gz|tar\.zstd|tgz|tar|zst|gz)$/i;

export function reportFileName(inputName: string): string {
  const stem = inputName
    .replace(ARCHIVE_SUFFIX, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 100);
  return `report-${stem || 'checkpoint'}.html`;
}
