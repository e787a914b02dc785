// Consistency between the manifests and the code, so neither can drift from the other: topics,
// configuration properties, Kafka ACLs, databases, in-cluster addresses and the Keycloak realm.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, VALIDATE_DIR, label } from './render.mjs';

const read = (...p) => fs.readFileSync(path.join(...p), 'utf8');
const config = (name) => JSON.parse(read(VALIDATE_DIR, 'config', name));

/** MicroProfile Config's environment name of a property: upper case, other characters '_'. */
export const envName = (property) => property.toUpperCase().replace(/[^A-Z0-9]/g, '_');

export function parseProperties(text) {
  const props = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const i = line.search(/[=:]/);
    if (i < 0) continue;
    props.push({ key: line.slice(0, i).trim(), value: line.slice(i + 1).trim() });
  }
  return props;
}

export function projectVersion() {
  const pom = read(REPO_ROOT, 'pom.xml');
  const m = /<artifactId>spinepath-parent<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom);
  if (!m) throw new Error('no version in the root pom.xml');
  return m[1];
}

const topicsJava = () => read(REPO_ROOT, 'platform-common/src/main/java/org/spinepath/common/events/Topics.java');

/** Topic constants of platform-common's Topics (values that are topic names, not the suffix or prefix). */
export function platformTopics() {
  return [...topicsJava().matchAll(/static final String (\w+) = "([a-z]+(?:\.[a-z]+)+)";/g)].map((m) => ({ constant: m[1], topic: m[2] }));
}

/** Topics.DEAD_LETTER_SUFFIX: a consumer's dead letters for topic T go to T + suffix. */
export function deadLetterSuffix() {
  const m = /DEAD_LETTER_SUFFIX = "([^"]+)"/.exec(topicsJava());
  if (!m) throw new Error('platform-common Topics has no DEAD_LETTER_SUFFIX');
  return m[1];
}

function javaSources(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.java'))
    .map((e) => read(e.parentPath ?? e.path, e.name));
}

const platformProps = () => parseProperties(read(REPO_ROOT, 'platform-common/src/main/resources/META-INF/microprofile-config.properties'));

// The code does not change during a run: each app is read once.
const models = new Map();

/**
 * What one app reads and writes, from its module: properties, incoming channels, the topics its
 * code publishes to. The portal, until its module exists, from config/portal.properties.
 */
export function appModel(app) {
  if (!models.has(app)) models.set(app, readAppModel(app));
  return models.get(app);
}

function readAppModel(app) {
  const moduleProps = path.join(REPO_ROOT, app, 'src/main/resources/application.properties');
  const declared = path.join(VALIDATE_DIR, 'config', `${app}.properties`);
  const file = fs.existsSync(moduleProps) ? moduleProps : fs.existsSync(declared) ? declared : null;
  if (!file) return null;
  const own = parseProperties(read(file));
  const all = [...platformProps(), ...own];
  const noProfile = all.filter((p) => !p.key.startsWith('%'));
  const incoming = {};
  for (const { key, value } of noProfile) {
    const m = /^mp\.messaging\.incoming\.([^.]+)\.(topic|group\.id|dead-letter-queue\.topic)$/.exec(key);
    if (m) (incoming[m[1]] ??= {})[m[2]] = value;
  }
  const constants = Object.fromEntries(platformTopics().map((t) => [t.constant, t.topic]));
  const suffix = deadLetterSuffix();
  const sources = javaSources(path.join(REPO_ROOT, app, 'src/main/java'));
  // Dead letters: the connector's own (dead-letter-queue.topic), or platform-common's
  // InboundEvents, which sends a record of topic T that can never be processed to T + suffix.
  // A consumer of a dead-letter topic is not given one of its own.
  const inbox = sources.some((src) => /\bInboundEvents\b/.test(src));
  for (const c of Object.values(incoming)) {
    if (inbox && c.topic && !c.topic.endsWith(suffix) && !c['dead-letter-queue.topic']) c.dlq = c.topic + suffix;
  }
  const writes = new Set(Object.values(incoming).map((c) => c['dead-letter-queue.topic'] ?? c.dlq).filter(Boolean));
  for (const src of sources) {
    for (const m of src.matchAll(/outbox\.publish\(\s*Topics\.(\w+)/g)) if (constants[m[1]]) writes.add(constants[m[1]]);
    for (const m of src.matchAll(/"([a-z]+(?:\.[a-z]+)*\.dlq)"/g)) writes.add(m[1]);
  }
  const readable = new Set();
  for (const { key, value } of all) {
    readable.add(envName(key.replace(/^%[^.]+\./, '')));
    for (const m of value.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)) readable.add(m[1]);
  }
  for (const p of Object.keys(config('framework-properties.json').properties)) readable.add(envName(p));
  return {
    app, file: path.relative(REPO_ROOT, file), readable, writes,
    incoming: Object.entries(incoming).filter(([, c]) => c.topic).map(([channel, c]) => ({ channel, topic: c.topic, group: c['group.id'], dlq: c['dead-letter-queue.topic'] ?? c.dlq })),
  };
}

const topicName = (t) => t.spec?.topicName ?? t.metadata.name;
const deployments = (objects) => objects.filter((o) => o.kind === 'Deployment');
const envOf = (objects, c) => {
  const env = new Map();
  for (const e of c.envFrom ?? []) {
    const cm = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === e.configMapRef?.name);
    for (const [k, v] of Object.entries(cm?.data ?? {})) env.set(k, { value: v, from: `ConfigMap ${cm.metadata.name}` });
  }
  for (const e of c.env ?? []) env.set(e.name, { value: e.value, ref: e.valueFrom?.secretKeyRef, from: 'env' });
  return env;
};

export function topicConsistency(objects) {
  const errors = [];
  const topics = new Map(objects.filter((o) => o.kind === 'KafkaTopic').map((t) => [topicName(t), t]));
  const used = new Map();
  const use = (topic, where) => used.set(topic, [...(used.get(topic) ?? []), where]);
  for (const t of platformTopics()) use(t.topic, `platform-common Topics.${t.constant}`);
  for (const d of deployments(objects)) {
    const model = appModel(d.metadata.name);
    if (!model) continue;
    for (const c of model.incoming) {
      use(c.topic, `${model.file} (channel ${c.channel})`);
      if (c.dlq) use(c.dlq, `${model.file} (dead-letter topic of ${c.channel})`);
    }
    for (const w of model.writes) if (!used.has(w)) use(w, `${d.metadata.name}'s code`);
  }
  for (const [topic, where] of used) {
    if (!topics.has(topic)) errors.push({ object: `KafkaTopic/${topic}`, message: `missing: ${where.join(', ')} use${where.length > 1 ? '' : 's'} topic ${topic}` });
  }
  for (const [topic, t] of topics) {
    if (!used.has(topic)) errors.push({ object: label(t), message: `unknown topic ${topic}: no code or configuration uses it` });
  }
  return errors;
}

export function envConsistency(objects) {
  const errors = [];
  for (const d of deployments(objects)) {
    const model = appModel(d.metadata.name);
    if (!model) {
      errors.push({ object: label(d), message: `no ${d.metadata.name}/src/main/resources/application.properties (nor validate/config/${d.metadata.name}.properties): cannot check what it reads` });
      continue;
    }
    for (const c of d.spec.template.spec.containers) {
      for (const [name, e] of envOf(objects, c)) {
        if (!model.readable.has(name)) errors.push({ object: label(d), message: `${e.from} sets ${name}, which ${d.metadata.name} does not read (${model.file}, platform-common, validate/config/framework-properties.json)` });
      }
    }
  }
  return errors;
}

export function scalingConsistency(objects) {
  const errors = [];
  const partitions = new Map(objects.filter((o) => o.kind === 'KafkaTopic').map((t) => [topicName(t), t.spec.partitions]));
  // A consumer group cannot use more consumers than its topic has partitions: beyond the largest
  // topic an app reads, every extra replica is idle.
  for (const s of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
    const target = s.spec.scaleTargetRef?.name;
    const counts = (appModel(target)?.incoming ?? []).map((c) => partitions.get(c.topic)).filter((p) => p != null);
    if (counts.length && s.spec.maxReplicas > Math.max(...counts)) {
      errors.push({ object: label(s), message: `scales ${target} to ${s.spec.maxReplicas} replicas but the topics it reads have at most ${Math.max(...counts)} partitions` });
    }
  }
  // A lag trigger must watch a topic and group the app really consumes, and stop at its partitions.
  for (const s of objects.filter((o) => o.kind === 'ScaledObject')) {
    const target = s.spec.scaleTargetRef?.name;
    const model = appModel(target);
    for (const t of (s.spec.triggers ?? []).filter((x) => x.type === 'kafka')) {
      const { topic, consumerGroup } = t.metadata ?? {};
      if (!model?.incoming.some((c) => c.topic === topic && c.group === consumerGroup)) {
        errors.push({ object: label(s), message: `watches topic ${topic} in group ${consumerGroup}, which ${target} does not consume` });
      }
      const p = partitions.get(topic);
      if (p != null && s.spec.maxReplicaCount > p) {
        errors.push({ object: label(s), message: `scales ${target} to ${s.spec.maxReplicaCount} replicas but ${topic} has ${p} partitions: consumers beyond ${p} sit idle` });
      }
    }
  }
  return errors;
}

const aclAllows = (user, type, name, op) => (user.spec.authorization?.acls ?? []).some((a) => a.resource.type === type
  && (a.resource.patternType === 'prefix' ? name.startsWith(a.resource.name) : a.resource.name === name || a.resource.name === '*')
  && (a.operations ?? []).some((o) => o === op || o === 'All'));

export function aclConsistency(objects) {
  const errors = [];
  const topics = new Set(objects.filter((o) => o.kind === 'KafkaTopic').map(topicName));
  for (const d of deployments(objects)) {
    const user = objects.find((o) => o.kind === 'KafkaUser' && o.metadata.name === d.metadata.name);
    const model = appModel(d.metadata.name);
    if (!model) continue;
    if (!user) {
      errors.push({ object: label(d), message: `no KafkaUser ${d.metadata.name}` });
      continue;
    }
    const add = (m) => errors.push({ object: label(user), message: m });
    const reads = new Set(model.incoming.map((c) => c.topic));
    for (const c of model.incoming) {
      if (!aclAllows(user, 'topic', c.topic, 'Read')) add(`${d.metadata.name} consumes ${c.topic} but may not Read it`);
      if (c.group && !aclAllows(user, 'group', c.group, 'Read')) add(`${d.metadata.name} consumes in group ${c.group} but may not Read the group`);
    }
    for (const w of model.writes) if (!aclAllows(user, 'topic', w, 'Write')) add(`${d.metadata.name} writes ${w} but may not Write it`);
    for (const a of user.spec.authorization?.acls ?? []) {
      if (a.resource.type !== 'topic') continue;
      if (!topics.has(a.resource.name)) add(`ACL names topic ${a.resource.name}, which has no KafkaTopic`);
      else if (!reads.has(a.resource.name) && !model.writes.has(a.resource.name)) add(`ACL grants ${a.resource.name}, which ${d.metadata.name} neither reads nor writes`);
    }
    for (const c of d.spec.template.spec.containers) {
      const jaas = envOf(objects, c).get('KAFKA_SASL_JAAS_CONFIG');
      if (jaas?.ref?.name !== user.metadata.name) add(`${d.metadata.name} does not take KAFKA_SASL_JAAS_CONFIG from its KafkaUser's Secret ${user.metadata.name}`);
    }
  }
  return errors;
}

/** Databases: each app's JDBC URL names a CloudNativePG Database owned by the role whose Secret the app uses. */
export function databaseConsistency(objects) {
  const errors = [];
  const clusters = objects.filter((o) => o.kind === 'Cluster');
  for (const d of deployments(objects)) {
    for (const c of d.spec.template.spec.containers) {
      const env = envOf(objects, c);
      const url = env.get('SPINEPATH_DB_URL')?.value;
      if (!url) continue;
      const add = (m) => errors.push({ object: label(d), message: m });
      const m = /^jdbc:postgresql:\/\/([^:/]+)(?::\d+)?\/([^?]+)/.exec(url);
      if (!m) { add(`SPINEPATH_DB_URL ${url} is not a PostgreSQL JDBC URL`); continue; }
      const [, host, dbName] = m;
      const cluster = clusters.find((k) => host === `${k.metadata.name}-rw`);
      if (!cluster) { add(`SPINEPATH_DB_URL points at ${host}, not at a CloudNativePG cluster's read-write service`); continue; }
      const db = objects.find((o) => o.kind === 'Database' && o.spec.name === dbName && o.spec.cluster?.name === cluster.metadata.name);
      if (!db) { add(`database ${dbName} has no CloudNativePG Database in cluster ${cluster.metadata.name}`); continue; }
      const role = (cluster.spec.managed?.roles ?? []).find((r) => r.name === db.spec.owner);
      const secret = env.get('SPINEPATH_DB_USER')?.ref?.name;
      if (!role) add(`database ${dbName}'s owner ${db.spec.owner} is not a managed role of ${cluster.metadata.name}`);
      else if (role.passwordSecret?.name !== secret || env.get('SPINEPATH_DB_PASSWORD')?.ref?.name !== secret) {
        add(`the app's database credentials (Secret ${secret}) are not those of role ${role.name} (Secret ${role.passwordSecret?.name})`);
      }
    }
  }
  return errors;
}

/** In-cluster addresses in the apps' configuration name a Service of the manifests (or one an operator creates). */
export function addressConsistency(objects) {
  const errors = [];
  const services = new Map(objects.filter((o) => o.kind === 'Service').map((s) => [s.metadata.name, (s.spec.ports ?? []).map((p) => p.port)]));
  for (const k of objects.filter((o) => o.kind === 'Keycloak')) services.set(`${k.metadata.name}-service`, [8080, 8443, 9000]);
  for (const k of objects.filter((o) => o.kind === 'Kafka')) {
    services.set(`${k.metadata.name}-kafka-bootstrap`, (k.spec.kafka?.listeners ?? []).map((l) => l.port));
  }
  for (const k of objects.filter((o) => o.kind === 'Cluster')) services.set(`${k.metadata.name}-rw`, [5432]);
  for (const cm of objects.filter((o) => o.kind === 'ConfigMap')) {
    for (const [key, value] of Object.entries(cm.data ?? {})) {
      const m = /^(?:[a-z]+:)*(?:\/\/)?([a-z0-9-]+):(\d+)(?:[/?]|$)/.exec(String(value));
      if (!m) continue;
      const [, host, port] = m;
      if (!services.has(host)) errors.push({ object: label(cm), message: `${key} points at ${host}, which no Service of the manifests or their operators provides` });
      else if (!services.get(host).includes(Number(port))) errors.push({ object: label(cm), message: `${key} points at ${host}:${port}, but ${host} serves ports ${services.get(host).join(', ')}` });
    }
  }
  return errors;
}

const CLIENT_KEYS = ['enabled', 'protocol', 'publicClient', 'bearerOnly', 'clientAuthenticatorType', 'standardFlowEnabled',
  'implicitFlowEnabled', 'directAccessGrantsEnabled', 'serviceAccountsEnabled', 'fullScopeAllowed', 'frontchannelLogout'];

/** The realm import against deploy/keycloak/spinepath-realm.json: same roles, same clients, production hygiene. */
export function realmConsistency(objects, overlay) {
  const errors = [];
  const source = JSON.parse(read(REPO_ROOT, 'deploy/keycloak/spinepath-realm.json'));
  const { developmentOnlyClients, developmentOverlays } = config('realm.json');
  const production = !developmentOverlays.includes(overlay);
  const imports = objects.filter((o) => o.kind === 'KeycloakRealmImport');
  if (imports.length !== 1) errors.push({ object: 'KeycloakRealmImport/*', message: `expected one realm import, found ${imports.length}` });
  for (const imp of imports) {
    const add = (m) => errors.push({ object: label(imp), message: m });
    const realm = imp.spec.realm;
    if (realm.realm !== source.realm) add(`imports realm ${realm.realm}, deploy/keycloak has ${source.realm}`);
    const roles = new Map((realm.roles?.realm ?? []).map((r) => [r.name, r]));
    for (const r of source.roles.realm) {
      if (!roles.has(r.name)) add(`role ${r.name} of deploy/keycloak is missing`);
      else if (roles.get(r.name).description !== r.description) add(`role ${r.name}'s description differs from deploy/keycloak`);
    }
    for (const name of roles.keys()) if (!source.roles.realm.some((r) => r.name === name)) add(`role ${name} is not in deploy/keycloak`);
    const clients = new Map((realm.clients ?? []).map((c) => [c.clientId, c]));
    for (const c of source.clients) {
      const devOnly = developmentOnlyClients.includes(c.clientId);
      if (!clients.has(c.clientId)) {
        if (!(production && devOnly)) add(`client ${c.clientId} of deploy/keycloak is missing`);
        continue;
      }
      if (production && devOnly) add(`client ${c.clientId} is for development only`);
      const mine = clients.get(c.clientId);
      for (const k of CLIENT_KEYS) {
        if (c[k] !== mine[k]) add(`client ${c.clientId}: ${k} is ${mine[k]}, deploy/keycloak has ${c[k]}`);
      }
      const pkce = 'pkce.code.challenge.method';
      if (c.attributes?.[pkce] !== mine.attributes?.[pkce]) add(`client ${c.clientId}: ${pkce} is ${mine.attributes?.[pkce]}, deploy/keycloak has ${c.attributes?.[pkce]}`);
    }
    for (const id of clients.keys()) if (!source.clients.some((c) => c.clientId === id)) add(`client ${id} is not in deploy/keycloak`);
    const placeholders = new Set(Object.keys(imp.spec.placeholders ?? {}));
    const usedPlaceholders = new Set([...JSON.stringify(realm).matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]));
    for (const p of usedPlaceholders) if (!placeholders.has(p)) add(`placeholder \${${p}} has no entry in spec.placeholders`);
    for (const p of placeholders) if (!usedPlaceholders.has(p)) add(`spec.placeholders.${p} is not used by the realm`);
    if (production) {
      if ((realm.users ?? []).length) add(`a production realm has users (${realm.users.map((u) => u.username).join(', ')})`);
      for (const c of realm.clients ?? []) {
        if (c.secret != null && !/^\$\{[A-Z0-9_]+\}$/.test(c.secret)) add(`client ${c.clientId} has a literal secret: take it from a Secret through spec.placeholders`);
        for (const uri of c.redirectUris ?? []) {
          if (!uri.startsWith('https://') || /localhost|127\.0\.0\.1/.test(uri)) add(`client ${c.clientId} redirects to ${uri}: production redirect URIs are https on the overlay's host`);
        }
      }
    }
  }
  return errors;
}
