// Proves that each validator rejects a broken manifest: every case breaks one thing in a copy of a
// rendered overlay and expects the named check to report it. A validator that cannot fail would
// let every case through, and this test would fail.
//   node selftest.mjs --crds <dir of Strimzi CRDs>
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { parseArgs } from 'node:util';
import { checkSet, checkTypes } from './lib/checks.mjs';
import { projectVersion } from './lib/consistency.mjs';
import { committedSecrets } from './lib/policies.mjs';
import { renderOverlay } from './lib/render.mjs';
import { strimziValidators } from './lib/schemas.mjs';

const { values } = parseArgs({ options: { crds: { type: 'string' } } });
if (!values.crds) throw new Error('usage: node selftest.mjs --crds <dir>');

const find = (objects, kind, name) => {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`the case needs ${kind}/${name}, which the overlay no longer has`);
  return o;
};
const remove = (objects, kind, name) => objects.splice(objects.indexOf(find(objects, kind, name)), 1);
const container = (objects, name) => find(objects, 'Deployment', name).spec.template.spec.containers[0];
const realm = (objects) => find(objects, 'KeycloakRealmImport', 'spinepath-realm').spec.realm;

// [name, overlay, check, expected message, mutation]
const CASES = [
  // Unknown fields, caught by the typed-literal check.
  ['misspelled Deployment field', 'prod', 'types', /'"replica"' does not exist/, (o) => { find(o, 'Deployment', 'triage-service').spec.replica = 3; }],
  ['misspelled Service port field', 'prod', 'types', /'"targetport"' does not exist/, (o) => { find(o, 'Service', 'portal').spec.ports[0].targetport = 'http'; }],
  ['misspelled probe field', 'prod', 'types', /'"initialDelay"' does not exist/, (o) => { container(o, 'intake-service').livenessProbe.initialDelay = 5; }],
  ['misspelled CloudNativePG Cluster field', 'prod', 'types', /'"instance"' does not exist/, (o) => { find(o, 'Cluster', 'spinepath-postgres').spec.instance = 3; }],
  ['misspelled KEDA ScaledObject field', 'prod-keda', 'types', /'"maxReplicaCnt"' does not exist/, (o) => { find(o, 'ScaledObject', 'triage-service').spec.maxReplicaCnt = 4; }],
  ['misspelled ServiceMonitor field', 'prod', 'types', /'"bearerTokenSecrett"' does not exist/, (o) => { find(o, 'ServiceMonitor', 'spinepath-apps').spec.endpoints[0].bearerTokenSecrett = {}; }],
  // Wrong values, removed API versions, kinds without a schema.
  ['CPU limit that is no quantity', 'prod', 'schema', /limits\/cpu must match format "quantity"/, (o) => { container(o, 'portal').resources.limits.cpu = 'lots'; }],
  ['replicas as a string', 'prod', 'schema', /\/spec\/replicas must be integer/, (o) => { find(o, 'Deployment', 'portal').spec.replicas = 'two'; }],
  ['removed API version', 'prod', 'schema', /no schema for apiVersion autoscaling\/v2beta2/, (o) => { find(o, 'HorizontalPodAutoscaler', 'portal').apiVersion = 'autoscaling/v2beta2'; }],
  ['kind without a schema', 'prod', 'schema', /no schema for apiVersion example\.org\/v1 kind Widget/, (o) => { o.push({ apiVersion: 'example.org/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'spinepath' } }); }],
  ['misspelled KafkaTopic field', 'prod', 'schema', /\/spec: unknown field "partitons"/, (o) => { find(o, 'KafkaTopic', 'case.submitted').spec.partitons = 3; }],
  ['invalid Kafka listener authentication', 'prod', 'schema', /authentication\/type: must be equal to one of the allowed values/, (o) => { find(o, 'Kafka', 'spinepath').spec.kafka.listeners[0].authentication.type = 'scram'; }],
  ['misspelled Kafka listener field', 'prod', 'schema', /unknown field "tlss"/, (o) => { find(o, 'Kafka', 'spinepath').spec.kafka.listeners[0].tlss = true; }],
  ['misspelled KafkaUser ACL field', 'prod', 'schema', /unknown field "operation"/, (o) => { find(o, 'KafkaUser', 'portal').spec.authorization.acls[0].operation = 'Read'; }],
  ['KafkaNodePool replicas as a string', 'prod', 'schema', /\/spec\/replicas: must be integer/, (o) => { find(o, 'KafkaNodePool', 'dual-role').spec.replicas = 'three'; }],
  ['misspelled Keycloak field', 'prod', 'schema', /\/spec\/hostname: unknown field "hostnme"/, (o) => { find(o, 'Keycloak', 'spinepath-keycloak').spec.hostname.hostnme = 'x'; }],
  ['misspelled KeycloakRealmImport field', 'prod', 'schema', /unknown field "keycloakCrName"/, (o) => { const s = find(o, 'KeycloakRealmImport', 'spinepath-realm').spec; s.keycloakCrName = s.keycloakCRName; delete s.keycloakCRName; }],
  // Policies.
  ['missing readiness probe', 'prod', 'policy', /container app has no readinessProbe/, (o) => { delete container(o, 'triage-service').readinessProbe; }],
  ['startup probe on the wrong path', 'prod', 'policy', /startupProbe must GET \/q\/health\/started/, (o) => { container(o, 'intake-service').startupProbe.httpGet.path = '/q/health'; }],
  ['missing limits', 'prod', 'policy', /has no resources\.limits\.memory/, (o) => { delete container(o, 'content-service').resources.limits; }],
  ['writable root file system', 'prod', 'policy', /readOnlyRootFilesystem is not true/, (o) => { container(o, 'portal').securityContext.readOnlyRootFilesystem = false; }],
  ['capabilities kept', 'prod', 'policy', /does not drop ALL capabilities/, (o) => { delete container(o, 'portal').securityContext.capabilities; }],
  ['no seccomp profile', 'prod', 'policy', /seccompProfile\.type is not RuntimeDefault/, (o) => { delete find(o, 'Deployment', 'portal').spec.template.spec.securityContext.seccompProfile; }],
  ['service account token mounted', 'prod', 'policy', /service account token is mounted/, (o) => { find(o, 'Deployment', 'portal').spec.template.spec.automountServiceAccountToken = true; find(o, 'ServiceAccount', 'portal').automountServiceAccountToken = true; }],
  ['image tag latest', 'prod', 'policy', /uses the tag latest/, (o) => { const c = container(o, 'notification-service'); c.image = c.image.replace(/:[^:]+$/, ':latest'); }],
  ['image tag other than the project version', 'prod', 'policy', /is not tagged with the project version/, (o) => { const c = container(o, 'notification-service'); c.image = c.image.replace(/:[^:]+$/, ':0.0.9'); }],
  ['password as a literal value', 'prod', 'policy', /sets SPINEPATH_DB_PASSWORD to a literal value/, (o) => { const e = container(o, 'intake-service').env.find((x) => x.name === 'SPINEPATH_DB_PASSWORD'); delete e.valueFrom; e.value = 'spinepath'; }],
  ['Secret with data', 'prod', 'policy', /a Secret is part of the manifests/, (o) => { o.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'leak', namespace: 'spinepath' }, data: { password: 'c3BpbmVwYXRo' } }); }],
  ['no PodDisruptionBudget', 'prod', 'policy', /no PodDisruptionBudget selects its pods/, (o) => { remove(o, 'PodDisruptionBudget', 'triage-service'); }],
  ['no Service', 'prod', 'policy', /no Service selects its pods/, (o) => { remove(o, 'Service', 'content-service'); }],
  ['no NetworkPolicy of its own', 'prod', 'policy', /no NetworkPolicy of its own selects its pods/, (o) => { remove(o, 'NetworkPolicy', 'notification-service'); }],
  ['no default deny', 'prod', 'policy', /no default-deny NetworkPolicy/, (o) => { remove(o, 'NetworkPolicy', 'default-deny-all'); }],
  ['no autoscaler', 'prod', 'policy', /no HorizontalPodAutoscaler or KEDA ScaledObject/, (o) => { remove(o, 'HorizontalPodAutoscaler', 'portal'); }],
  ['grace period shorter than the shutdown', 'prod', 'policy', /terminationGracePeriodSeconds 30 is not above/, (o) => { find(o, 'Deployment', 'intake-service').spec.template.spec.terminationGracePeriodSeconds = 30; }],
  ['public host without TLS', 'prod', 'policy', /served without TLS/, (o) => { find(o, 'Ingress', 'spinepath').spec.tls[0].hosts.pop(); }],
  ['object without a namespace', 'prod', 'policy', /has no namespace/, (o) => { delete find(o, 'ConfigMap', 'portal').metadata.namespace; }],
  // Consistency with the code.
  ['topic of Topics without a KafkaTopic', 'prod', 'consistency', /missing: platform-common Topics\.REFERRAL_EVENTS, .* use topic referral\.events/, (o) => { remove(o, 'KafkaTopic', 'referral.events'); }],
  ['dead-letter topic without a KafkaTopic', 'prod', 'consistency', /missing: triage-service\S+ \(dead-letter topic of content-published\) uses topic content\.published\.dlq/, (o) => { remove(o, 'KafkaTopic', 'content.published.dlq'); }],
  ['unknown topic', 'prod', 'consistency', /unknown topic case\.submited/, (o) => { const t = structuredClone(find(o, 'KafkaTopic', 'case.submitted')); t.metadata.name = 'case.submited'; t.spec.topicName = 'case.submited'; o.push(t); }],
  ['environment variable the service does not read', 'prod', 'consistency', /sets SPINEPATH_KAFAK, which intake-service does not read/, (o) => { find(o, 'ConfigMap', 'intake-service').data.SPINEPATH_KAFAK = 'spinepath-kafka-bootstrap:9093'; }],
  ['portal variable outside its contract', 'prod', 'consistency', /sets QUARKUS_OIDC_CLIENTID, which portal does not read/, (o) => { find(o, 'ConfigMap', 'portal').data.QUARKUS_OIDC_CLIENTID = 'spinepath-portal'; }],
  ['more replicas than partitions', 'prod', 'consistency', /scales triage-service to 12 replicas but the topics it reads have at most 6 partitions/, (o) => { find(o, 'HorizontalPodAutoscaler', 'triage-service').spec.maxReplicas = 12; }],
  ['lag trigger on a topic the app does not read', 'prod-keda', 'consistency', /watches topic triage\.completed in group triage-service, which triage-service does not consume/, (o) => { find(o, 'ScaledObject', 'triage-service').spec.triggers[0].metadata.topic = 'triage.completed'; }],
  ['consumer without a Read ACL', 'prod', 'consistency', /triage-service consumes case\.submitted but may not Read it/, (o) => { const u = find(o, 'KafkaUser', 'triage-service'); u.spec.authorization.acls = u.spec.authorization.acls.filter((a) => a.resource.name !== 'case.submitted'); }],
  ['ACL beyond what the app uses', 'prod', 'consistency', /ACL grants referral\.requested, which content-service neither reads nor writes/, (o) => { find(o, 'KafkaUser', 'content-service').spec.authorization.acls.push({ resource: { type: 'topic', name: 'referral.requested' }, operations: ['Read'] }); }],
  ['database without a Database', 'prod', 'consistency', /database intak has no CloudNativePG Database/, (o) => { const cm = find(o, 'ConfigMap', 'intake-service'); cm.data.SPINEPATH_DB_URL = cm.data.SPINEPATH_DB_URL.replace('/intake?', '/intak?'); }],
  ['address of no Service', 'prod', 'consistency', /SPINEPATH_CONTENT_URL points at content-svc/, (o) => { find(o, 'ConfigMap', 'triage-service').data.SPINEPATH_CONTENT_URL = 'http://content-svc:8080'; }],
  ['realm role renamed', 'prod', 'consistency', /role clinician of deploy\/keycloak is missing/, (o) => { realm(o).roles.realm[0].name = 'clinicien'; }],
  ['realm client that differs', 'prod', 'consistency', /client spinepath-portal: publicClient is true, deploy\/keycloak has false/, (o) => { realm(o).clients.find((c) => c.clientId === 'spinepath-portal').publicClient = true; }],
  ['production realm with users', 'prod', 'consistency', /a production realm has users \(clinician1\)/, (o) => { realm(o).users = [{ username: 'clinician1', enabled: true }]; }],
  ['production realm with a literal secret', 'prod', 'consistency', /client intake-service has a literal secret/, (o) => { realm(o).clients.find((c) => c.clientId === 'intake-service').secret = 'intake-service-dev-secret'; }],
  ['production realm with a development client', 'prod', 'consistency', /client spinepath-cli is for development only/, (o) => { realm(o).clients.push({ clientId: 'spinepath-cli', enabled: true, protocol: 'openid-connect', publicClient: true, standardFlowEnabled: false, implicitFlowEnabled: false, directAccessGrantsEnabled: true, serviceAccountsEnabled: false, fullScopeAllowed: true }); }],
  ['development realm without the development client', 'dev', 'consistency', /client spinepath-cli of deploy\/keycloak is missing/, (o) => { const r = realm(o); r.clients = r.clients.filter((c) => c.clientId !== 'spinepath-cli'); }],
  ['placeholder without a Secret', 'prod', 'consistency', /placeholder \$\{TRIAGE_SERVICE_SECRET\} has no entry/, (o) => { delete find(o, 'KeycloakRealmImport', 'spinepath-realm').spec.placeholders.TRIAGE_SERVICE_SECRET; }],
];

describe('each validator rejects a broken manifest', () => {
  const results = new Map();
  before(async () => {
    const context = { strimzi: strimziValidators(values.crds), projectVersion: projectVersion() };
    const rendered = Object.fromEntries(['dev', 'prod', 'prod-keda'].map((n) => [n, renderOverlay(n)]));
    const sets = CASES.map(([name, overlay, , , mutate]) => {
      const objects = structuredClone(rendered[overlay]);
      mutate(objects);
      return { name, overlay, objects };
    });
    for (const set of sets) results.set(set.name, await checkSet(set, context));
    // One TypeScript program for the cases that need it: the type check is the slow one.
    for (const e of checkTypes(sets.filter((s) => CASES.find((c) => c[0] === s.name)[2] === 'types'))) results.get(e.set).push(e);
    // The unbroken overlays pass, so each finding below is the mutation's.
    const clean = Object.entries(rendered).map(([name, objects]) => ({ name, objects }));
    const cleanFindings = [...checkTypes(clean)];
    for (const set of clean) cleanFindings.push(...await checkSet(set, context));
    assert.deepEqual(cleanFindings, [], 'the unbroken overlays have findings');
  });
  for (const [name, , check, expected] of CASES) {
    test(`${check}: ${name}`, () => {
      const found = results.get(name).filter((e) => e.check === check);
      assert.ok(found.some((e) => expected.test(e.message)),
        `expected a ${check} finding matching ${expected}, got:\n${results.get(name).map((e) => `  [${e.check}] ${e.object}: ${e.message}`).join('\n') || '  nothing'}`);
    });
  }
  test('policy: a Secret with data committed in the tree', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinepath-k8s-'));
    try {
      fs.writeFileSync(path.join(dir, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: leak\nstringData:\n  password: spinepath\n');
      assert.match(committedSecrets(dir).map((e) => e.message).join('\n'), /Secret leak with data is committed/);
      assert.deepEqual(committedSecrets(), [], 'deploy/k8s itself holds a Secret');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
