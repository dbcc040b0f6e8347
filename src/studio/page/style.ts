/** The studio page's stylesheet. */
export const PAGE_STYLE = `
:root { color-scheme: dark; --bg: #111418; --panel: #1a1f26; --line: #2a313b; --text: #e6e9ee; --dim: #9aa4b2; --accent: #5b9dff; --warn: #ffb020; --err: #ff5a5f; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--text); }
header { display: flex; gap: 18px; align-items: baseline; padding: 10px 18px; border-bottom: 1px solid var(--line); background: var(--panel); position: sticky; top: 0; z-index: 2; }
.brand { font-weight: 700; }
#file { color: var(--dim); font-family: ui-monospace, monospace; }
#totals { margin-left: auto; font-weight: 600; }
#status { color: var(--dim); font-size: 12px; }
main { display: flex; align-items: flex-start; }
nav { width: 300px; flex: none; border-right: 1px solid var(--line); height: calc(100vh - 44px); overflow: auto; position: sticky; top: 44px; padding: 10px; }
nav input { width: 100%; padding: 6px 8px; background: var(--bg); color: var(--text); border: 1px solid var(--line); border-radius: 6px; }
#count { color: var(--dim); font-size: 12px; margin: 6px 2px; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav li { padding: 6px 8px; border-radius: 6px; cursor: pointer; display: grid; grid-template-columns: 1fr auto; gap: 0 8px; }
nav li:hover { background: #222934; }
nav li.selected { background: #25324a; }
nav li .meta { grid-column: 1 / 3; color: var(--dim); font-size: 12px; }
nav li .bad { color: var(--err); }
#view { flex: 1; padding: 16px 22px 60px; min-width: 0; }
.video-head { display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; margin-bottom: 12px; }
.video-head h1 { font-size: 20px; margin: 0; }
.video-head .facts { color: var(--dim); }
button { background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: 6px 12px; font-weight: 600; cursor: pointer; }
button:disabled { opacity: .6; cursor: default; }
.draft { margin: 8px 0 16px; }
.draft video { max-width: 560px; width: 100%; display: block; margin-top: 8px; border-radius: 6px; background: #000; }
.scene { display: flex; gap: 18px; padding: 14px 0; border-top: 1px solid var(--line); align-items: flex-start; }
.frame { flex: none; width: 480px; max-width: 55vw; }
.frame.portrait { width: 240px; }
.frame.square { width: 340px; }
.frame svg { width: 100%; height: auto; display: block; border-radius: 4px; box-shadow: 0 0 0 1px var(--line); }
.facts-panel { min-width: 0; flex: 1; }
.facts-panel h3 { margin: 0 0 4px; font-size: 15px; }
.facts-panel dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 6px 0; }
.facts-panel dt { color: var(--dim); }
.facts-panel dd { margin: 0; overflow-wrap: anywhere; }
.story { font-style: italic; }
.findings { margin: 8px 0 0; padding-left: 0; list-style: none; }
.findings li { color: var(--warn); margin: 4px 0; }
.findings li b { display: inline-block; min-width: 20px; }
.findings li.hint { color: var(--dim); }
.diagnostics { border: 1px solid var(--err); border-radius: 8px; padding: 12px 16px; background: #2a1517; margin-bottom: 16px; }
.diagnostics h2 { margin: 0 0 8px; font-size: 16px; color: var(--err); }
.diagnostic { margin: 10px 0; }
.diagnostic .where { font-family: ui-monospace, monospace; font-weight: 700; }
.diagnostic .path { color: var(--dim); font-family: ui-monospace, monospace; }
.diagnostic.warning .sev { color: var(--warn); }
.diagnostic.error .sev { color: var(--err); }
.diagnostic pre { background: #0c0e11; padding: 8px 10px; border-radius: 6px; overflow: auto; margin: 6px 0 0; }
.warnings { border-color: var(--warn); background: #2a2415; }
.warnings h2 { color: var(--warn); }
.total { font-size: 16px; font-weight: 700; margin: 18px 0 0; padding-top: 12px; border-top: 2px solid var(--line); }
.placeholder { font: 30px/1.3 system-ui, sans-serif; color: #dfe6f1; padding: 28px; overflow: hidden; height: 100%; }
.placeholder b { display: block; font-size: 38px; margin-bottom: 8px; }
.sub { height: 100%; display: flex; align-items: center; }
.sub span { padding: 0 .2em; }
.marker { font: 800 64px system-ui, sans-serif; paint-order: stroke; stroke: #111418; stroke-width: 8px; }
`;
