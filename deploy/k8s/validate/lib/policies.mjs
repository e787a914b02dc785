// The platform's deployment policies, checked on every rendered overlay. Each returns
// [{ object, message }]; the messages say what to fix.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { K8S_DIR, label } from './render.mjs';

const HEALTH = { startupProbe: '/q/health/started', livenessProbe: '/q/health/live', readinessProbe: '/q/health/ready' };

const podSpec = (o) => o.spec?.template?.spec;
const matches = (selector, labels) => {
  if (!selector) return false;
  const ml = selector.matchLabels ?? {};
  const me = selector.matchExpressions ?? [];
  if (Object.keys(ml).length === 0 && me.length === 0) return false;
  return Object.entries(ml).every(([k, v]) => labels[k] === v)
    && me.every((e) => (e.operator === 'In' ? e.values.includes(labels[e.key])
      : e.operator === 'NotIn' ? !e.values.includes(labels[e.key])
        : e.operator === 'Exists' ? e.key in labels : !(e.key in labels)));
};

/** Seconds of a Quarkus duration such as 30S, PT30S or 30. */
export function seconds(duration) {
  const m = /^(?:PT)?(\d+)S?$/i.exec(String(duration ?? '').trim());
  return m ? Number(m[1]) : undefined;
}

export function containerPolicies(objects, { projectVersion }) {
  const errors = [];
  for (const o of objects.filter((x) => x.kind === 'Deployment')) {
    const add = (m) => errors.push({ object: label(o), message: m });
    const pod = podSpec(o) ?? {};
    const podSc = pod.securityContext ?? {};
    const sa = objects.find((x) => x.kind === 'ServiceAccount' && x.metadata.name === pod.serviceAccountName);
    if (pod.automountServiceAccountToken !== false && sa?.automountServiceAccountToken !== false) {
      add('the service account token is mounted: set automountServiceAccountToken: false (no app calls the Kubernetes API)');
    }
    if ((podSc.seccompProfile?.type) !== 'RuntimeDefault') add('pod securityContext.seccompProfile.type is not RuntimeDefault');
    const keys = new Set((pod.topologySpreadConstraints ?? []).map((t) => t.topologyKey));
    for (const k of ['topology.kubernetes.io/zone', 'kubernetes.io/hostname']) {
      if (!keys.has(k)) add(`no topologySpreadConstraint over ${k}`);
    }
    const tmpVolumes = new Set((pod.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
    const configMaps = (c) => (c.envFrom ?? []).map((e) => objects.find((x) => x.kind === 'ConfigMap' && x.metadata.name === e.configMapRef?.name)).filter(Boolean);
    for (const c of pod.containers ?? []) {
      const at = `container ${c.name}`;
      for (const [probe, pathExpected] of Object.entries(HEALTH)) {
        if (!c[probe]) add(`${at} has no ${probe} (${pathExpected})`);
        else if (c[probe].httpGet?.path !== pathExpected) add(`${at} ${probe} must GET ${pathExpected}, not ${c[probe].httpGet?.path}`);
      }
      for (const kind of ['requests', 'limits']) {
        for (const r of ['cpu', 'memory']) if (c.resources?.[kind]?.[r] == null) add(`${at} has no resources.${kind}.${r}`);
      }
      const sc = c.securityContext ?? {};
      if (!(sc.runAsNonRoot ?? podSc.runAsNonRoot)) add(`${at} may run as root: set runAsNonRoot: true`);
      if (sc.readOnlyRootFilesystem !== true) add(`${at} securityContext.readOnlyRootFilesystem is not true`);
      if (sc.allowPrivilegeEscalation !== false) add(`${at} securityContext.allowPrivilegeEscalation is not false`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) add(`${at} does not drop ALL capabilities`);
      if (!(c.volumeMounts ?? []).some((m) => m.mountPath === '/tmp' && tmpVolumes.has(m.name))) add(`${at} has no emptyDir mounted on /tmp (the root file system is read-only)`);
      const image = String(c.image ?? '');
      const tag = /^[^@]+:([^:/@]+)$/.exec(image)?.[1];
      if (!tag && !image.includes('@sha256:')) add(`${at} image ${image} has no tag: use an immutable version tag`);
      else if (tag === 'latest') add(`${at} image ${image} uses the tag latest: use an immutable version tag`);
      else if (/\/spinepath\/|^spinepath\//.test(image) && tag !== projectVersion) add(`${at} image ${image} is not tagged with the project version ${projectVersion}`);
      // Secrets come from Secrets, never as literal values.
      for (const e of c.env ?? []) {
        if (/PASSWORD|SECRET|TOKEN|JAAS/.test(e.name) && e.value != null) add(`${at} sets ${e.name} to a literal value: take it from a Secret (valueFrom.secretKeyRef)`);
      }
      for (const cm of configMaps(c)) {
        for (const k of Object.keys(cm.data ?? {})) {
          if (/PASSWORD|SECRET|TOKEN|JAAS/.test(k)) add(`ConfigMap ${cm.metadata.name} holds ${k}: take it from a Secret`);
        }
      }
      // Graceful shutdown: the kubelet must not kill the JVM before Quarkus has finished.
      const env = Object.assign({}, ...configMaps(c).map((cm) => cm.data ?? {}), Object.fromEntries((c.env ?? []).filter((e) => e.value != null).map((e) => [e.name, e.value])));
      const shutdown = seconds(env.QUARKUS_SHUTDOWN_TIMEOUT);
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      const preStop = c.lifecycle?.preStop?.sleep?.seconds ?? 0;
      if (shutdown == null) add(`${at} sets no QUARKUS_SHUTDOWN_TIMEOUT: without it Quarkus does not wait for in-flight work`);
      else if (grace <= shutdown + preStop) add(`terminationGracePeriodSeconds ${grace} is not above the preStop pause (${preStop} s) plus QUARKUS_SHUTDOWN_TIMEOUT (${shutdown} s)`);
    }
  }
  return errors;
}

/** Every Deployment has a PodDisruptionBudget, a Service, a NetworkPolicy of its own and an autoscaler. */
export function coveragePolicies(objects) {
  const errors = [];
  for (const d of objects.filter((x) => x.kind === 'Deployment')) {
    const labels = d.spec?.template?.metadata?.labels ?? {};
    const add = (m) => errors.push({ object: label(d), message: m });
    const ns = d.metadata.namespace;
    const same = (x) => x.metadata.namespace === ns;
    if (!objects.some((x) => x.kind === 'PodDisruptionBudget' && same(x) && matches(x.spec?.selector, labels))) add('no PodDisruptionBudget selects its pods');
    if (!objects.some((x) => x.kind === 'Service' && same(x) && x.spec?.selector && matches({ matchLabels: x.spec.selector }, labels))) add('no Service selects its pods');
    if (!objects.some((x) => x.kind === 'NetworkPolicy' && same(x) && matches(x.spec?.podSelector, labels))) add('no NetworkPolicy of its own selects its pods (the namespace default-deny is not enough)');
    const scaled = objects.some((x) => (x.kind === 'HorizontalPodAutoscaler' && x.spec?.scaleTargetRef?.kind === 'Deployment' && x.spec.scaleTargetRef.name === d.metadata.name)
      || (x.kind === 'ScaledObject' && (x.spec?.scaleTargetRef?.kind ?? 'Deployment') === 'Deployment' && x.spec?.scaleTargetRef?.name === d.metadata.name));
    if (!scaled) add('no HorizontalPodAutoscaler or KEDA ScaledObject scales it');
  }
  if (!objects.some((x) => x.kind === 'NetworkPolicy' && Object.keys(x.spec?.podSelector ?? {}).length === 0
    && ['Ingress', 'Egress'].every((t) => (x.spec.policyTypes ?? []).includes(t)) && !x.spec.ingress && !x.spec.egress)) {
    errors.push({ object: 'NetworkPolicy/*', message: 'no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)' });
  }
  // Every kind the platform renders is namespaced.
  for (const o of objects) {
    if (!o.metadata?.namespace) errors.push({ object: label(o), message: 'has no namespace: the overlay must set one' });
  }
  for (const i of objects.filter((x) => x.kind === 'Ingress')) {
    const hosts = new Set((i.spec?.tls ?? []).flatMap((t) => t.hosts ?? []));
    for (const r of i.spec?.rules ?? []) {
      if (!hosts.has(r.host)) errors.push({ object: label(i), message: `host ${r.host} is served without TLS` });
    }
  }
  return errors;
}

/** No Secret with data anywhere: not rendered, and not in any YAML file of deploy/k8s. */
export function secretPolicies(objects) {
  const errors = [];
  for (const o of objects.filter((x) => x.kind === 'Secret')) {
    errors.push({ object: label(o), message: 'a Secret is part of the manifests: Secrets are created by the platform team or an ExternalSecret, never committed' });
  }
  return errors;
}

export function committedSecrets(root = K8S_DIR) {
  const errors = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'target' || e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) {
        for (const doc of YAML.parseAllDocuments(fs.readFileSync(p, 'utf8'))) {
          const o = doc.toJS();
          if (o?.kind === 'Secret' && (o.data || o.stringData)) {
            errors.push({ object: path.relative(root, p), message: `Secret ${o.metadata?.name} with data is committed` });
          }
          if (o?.kind === 'Kustomization' && o.secretGenerator) {
            errors.push({ object: path.relative(root, p), message: 'a secretGenerator puts secret values in the tree' });
          }
        }
      }
    }
  };
  walk(root);
  return errors;
}
