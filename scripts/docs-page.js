/**
 * docs/functions.md → dist/functions.html: the page every GTM.* function's @helpurl points at
 * (Excel's "Help on this function"). Rendered at build time with marked; served beside the add-in.
 */
const { marked } = require("marked");

const STYLE = `
  body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 960px; margin: 2rem auto; padding: 0 1rem; color: #242424; line-height: 1.5; }
  h1, h2, h3 { color: #0f6cbd; }
  code { background: #f5f5f5; padding: 0 0.25em; border-radius: 3px; }
  pre { background: #f5f5f5; padding: 0.75rem; overflow-x: auto; }
  table { border-collapse: collapse; margin: 1rem 0; }
  th, td { border: 1px solid #d1d1d1; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
  th { background: #f0f0f0; }`;

/** A whole HTML page from the Markdown text. Links to the repository's other .md pages become plain text: only this page is served. */
function renderDocsPage(markdown, title) {
  const body = marked
    .parse(markdown, { async: false })
    .replace(/<a href="[^"]*\.md(#[^"]*)?">(.*?)<\/a>/g, "$2");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

module.exports = { renderDocsPage };
