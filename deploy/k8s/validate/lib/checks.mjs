// Every validator over a set of rendered objects. validate.mjs runs them on the overlays;
// selftest.mjs proves each one rejects a broken manifest.
import * as consistency from './consistency.mjs';
import * as policies from './policies.mjs';
import { schemaErrors, typeErrors } from './schemas.mjs';

const tag = (check, errors) => errors.map((e) => ({ check, ...e }));

/** All checks but the type check, for one set ({ name, overlay, objects }). */
export async function checkSet(set, { strimzi, projectVersion }) {
  const o = set.objects;
  return [
    ...tag('schema', await schemaErrors(o, strimzi)),
    ...tag('policy', policies.containerPolicies(o, { projectVersion })),
    ...tag('policy', policies.coveragePolicies(o)),
    ...tag('policy', policies.secretPolicies(o)),
    ...tag('consistency', consistency.topicConsistency(o)),
    ...tag('consistency', consistency.envConsistency(o)),
    ...tag('consistency', consistency.scalingConsistency(o)),
    ...tag('consistency', consistency.aclConsistency(o)),
    ...tag('consistency', consistency.databaseConsistency(o)),
    ...tag('consistency', consistency.addressConsistency(o)),
    ...tag('consistency', consistency.realmConsistency(o, set.overlay ?? set.name)),
  ].map((e) => ({ set: set.name, ...e }));
}

/** The type check of many sets at once: one TypeScript program is far cheaper than one per set. */
export function checkTypes(sets) {
  return tag('types', typeErrors(sets));
}
