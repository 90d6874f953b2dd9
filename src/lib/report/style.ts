/**
 * The report's one stylesheet, inline (the report loads nothing). It is pinned by hash in the
 * report's CSP. The print rules make a clean PDF from the browser's print dialog: each section
 * starts a page, rows are not split across pages, table headers repeat, nothing is fixed or
 * sticky (such elements repeat on every printed page or hide text).
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; background: #fff; margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 18px; border-bottom: 2px solid #1b1f24; padding-bottom: 4px; margin: 28px 0 10px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
p { margin: 6px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
th, td { border: 1px solid #c9ced6; padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th.n, td.n { white-space: nowrap; }
td.long { overflow-wrap: anywhere; }
table.facts td { overflow-wrap: anywhere; }
thead th { background: #eef1f5; }
table.facts th { width: 14em; background: #f6f8fa; font-weight: 600; }
.mono, .hash, td.mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 12.5px; }
.hash { overflow-wrap: anywhere; }
.tree { white-space: pre; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
.more, .absent { color: #57606a; font-style: italic; }
.finding { border: 1px solid #c9ced6; border-left-width: 6px; padding: 6px 10px; margin: 8px 0; break-inside: avoid; }
.finding.high { border-left-color: #b3261e; }
.finding.medium { border-left-color: #c46200; }
.finding.low { border-left-color: #7a6a00; }
.finding.info { border-left-color: #3d6fb6; }
.sev { display: inline-block; font-weight: 700; text-transform: uppercase; font-size: 12px; padding: 0 6px; border-radius: 3px; color: #fff; }
.sev.high { background: #b3261e; } .sev.medium { background: #c46200; } .sev.low { background: #7a6a00; } .sev.info { background: #3d6fb6; }
.why { color: #3b434b; }
ul { margin: 4px 0 4px 20px; padding: 0; }
.note { white-space: pre-wrap; border-left: 3px solid #8c959f; padding-left: 8px; margin: 4px 0; }
footer { margin-top: 32px; color: #57606a; font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  section + section { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, .finding { break-inside: avoid; }
  thead { display: table-header-group; }
  .sev, thead th, table.facts th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
@page { margin: 16mm 14mm; }
`;
