// Prints the rendered YAML of one overlay, with the project's own kubectl.
//   node render.mjs dev|prod|prod-keda
import path from 'node:path';
import { K8S_DIR, OVERLAYS, renderText } from './lib/render.mjs';

const overlay = process.argv[2];
if (!OVERLAYS.includes(overlay)) {
  console.error(`usage: node render.mjs ${OVERLAYS.join('|')}`);
  process.exit(2);
}
process.stdout.write(renderText(path.join(K8S_DIR, 'overlays', overlay)));
