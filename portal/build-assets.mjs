// Copies the pinned front-end packages into the portal's static resources at build time.
// The NHS.UK stylesheet names its web fonts on assets.nhs.uk; those @font-face rules are dropped
// so the browser never reaches out to a CDN (the CSP would block it anyway) and falls back to
// the design system's own Arial stack.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  throw new Error('usage: node build-assets.mjs <output directory>');
}
const nhsuk = 'node_modules/nhsuk-frontend/dist/nhsuk';
mkdirSync(join(out, 'static'), { recursive: true });

const css = readFileSync(join(nhsuk, 'nhsuk-frontend.min.css'), 'utf8')
  .replace(/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}/g, '');
writeFileSync(join(out, 'static', 'nhsuk-frontend.min.css'), css);
cpSync(join(nhsuk, 'nhsuk-frontend.min.js'), join(out, 'static', 'nhsuk-frontend.min.js'));
cpSync(join(nhsuk, 'assets'), join(out, 'assets'), { recursive: true });
cpSync('node_modules/htmx.org/dist/htmx.min.js', join(out, 'static', 'htmx.min.js'));
