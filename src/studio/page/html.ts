/** The studio's page: a shell the script fills from `/api/state` and `/api/video/<n>`. */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pictory-jsx studio</title>
<link rel="stylesheet" href="/studio.css">
<style id="fonts"></style>
</head>
<body>
<header id="top"><span class="brand">pictory-jsx studio</span><span id="file"></span><span id="totals"></span><span id="status" aria-live="polite">connecting…</span></header>
<main>
<nav id="list" hidden><input id="search" type="search" placeholder="Search videos…" aria-label="Search videos"><div id="count"></div><ul id="videos"></ul></nav>
<section id="view"></section>
</main>
<script src="/studio.js"></script>
</body>
</html>
`;
