// Offline validation of deploy/k8s: renders every overlay and checks every object against its
// schema, the platform's policies and the code. Exits 1 on any finding.
//   node validate.mjs --crds <dir of Strimzi CRDs> [--out <dir for the rendered overlays>]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSet, checkTypes } from './lib/checks.mjs';
import { projectVersion } from './lib/consistency.mjs';
import { committedSecrets } from './lib/policies.mjs';
import { K8S_DIR, OVERLAYS, parseDocs, renderText } from './lib/render.mjs';
import { strimziValidators } from './lib/schemas.mjs';

const { values } = parseArgs({ options: { crds: { type: 'string' }, out: { type: 'string' } } });
if (!values.crds) {
  console.error('usage: node validate.mjs --crds <dir> [--out <dir>]');
  process.exit(2);
}
const started = Date.now();
const context = { strimzi: strimziValidators(values.crds), projectVersion: projectVersion() };
const sets = [];
const findings = [];
for (const name of OVERLAYS) {
  try {
    const text = renderText(path.join(K8S_DIR, 'overlays', name));
    if (values.out) {
      fs.mkdirSync(values.out, { recursive: true });
      fs.writeFileSync(path.join(values.out, `${name}.yaml`), text);
    }
    sets.push({ name, objects: parseDocs(text) });
  } catch (e) {
    findings.push({ set: name, check: 'render', object: `overlays/${name}`, message: e.message });
  }
}
for (const set of sets) findings.push(...await checkSet(set, context));
findings.push(...checkTypes(sets));
findings.push(...committedSecrets().map((e) => ({ set: 'tree', check: 'policy', ...e })));

for (const set of sets) {
  const kinds = {};
  for (const o of set.objects) kinds[o.kind] = (kinds[o.kind] ?? 0) + 1;
  console.log(`overlays/${set.name}: ${set.objects.length} objects (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`);
}
for (const f of findings) console.log(`FAIL [${f.check}] ${f.set}: ${f.object}: ${f.message}`);
console.log(`${findings.length === 0 ? 'deploy/k8s is valid' : `${findings.length} finding(s)`}: ${sets.length} overlays rendered and checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(findings.length === 0 ? 0 : 1);
