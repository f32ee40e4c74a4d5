// Validates rendered Kubernetes manifests offline; exits 1 on the first file with a problem, listing
// every problem found. Three checks per object:
//   1. schema: types, required fields and enums, with the JSON schemas bundled in kubernetes-models;
//   2. unknown fields (a typo such as `replicaz` passes a schema that allows extra properties), with the
//      field lists of @kubernetes/client-node's generated models;
//   3. references inside the set: every ConfigMap, Secret, Service selector, NetworkPolicy selector,
//      autoscaler or disruption-budget target, and named port that an object points at exists.
// The Prometheus Operator's kinds (PodMonitor, PrometheusRule: deploy/kubernetes/monitoring) get their
// schemas from @kubernetes-models/prometheus-operator, and a PodMonitor must select pods of the other files
// that name its port. (check/monitoring.mjs and promtool check what is inside the rules and the dashboard.)
// Usage: node validate.mjs rendered.yaml [more.yaml ...]
import { parseAllDocuments } from "yaml";
import { readFileSync } from "node:fs";
import * as client from "@kubernetes/client-node";

const PRIMITIVES = new Set(["string", "number", "boolean", "Date", "any", "object", "IntOrString"]);
/** The packages that model the custom resources the manifests use, by API group. */
const CUSTOM_RESOURCE_MODELS = { "monitoring.coreos.com": "@kubernetes-models/prometheus-operator" };

async function schemaProblems(object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  const modelsPackage = CUSTOM_RESOURCE_MODELS[group] ?? "kubernetes-models";
  let models;
  try {
    models = await import(group ? `${modelsPackage}/${group}/${version}` : `${modelsPackage}/${version}`);
  } catch {
    return [`unknown apiVersion ${object.apiVersion}`];
  }
  const Model = models[object.kind];
  if (!Model) {
    return [`unknown kind ${object.kind} in ${object.apiVersion}`];
  }
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

function modelName(object) {
  const version = object.apiVersion.split("/").pop();
  return version.charAt(0).toUpperCase() + version.slice(1) + object.kind;
}

function unknownFields(value, type, path, problems) {
  if (value === null || value === undefined || PRIMITIVES.has(type)) {
    return;
  }
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    (Array.isArray(value) ? value : []).forEach((item, i) => unknownFields(item, array[1], `${path}[${i}]`, problems));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    Object.entries(value).forEach(([key, item]) => unknownFields(item, map[1], `${path}.${key}`, problems));
    return;
  }
  const model = client[type];
  if (!model || typeof model.getAttributeTypeMap !== "function" || typeof value !== "object") {
    return;
  }
  const fields = new Map(model.getAttributeTypeMap().map((attribute) => [attribute.baseName, attribute.type]));
  for (const [key, item] of Object.entries(value)) {
    if (!fields.has(key)) {
      problems.push(`unknown field ${path}.${key}`);
    } else {
      unknownFields(item, fields.get(key), `${path}.${key}`, problems);
    }
  }
}

function podSpecOf(object) {
  return object.spec?.template?.spec;
}

function matches(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

function referenceProblems(objects) {
  const problems = [];
  const named = (kind, name) => objects.some((o) => o.kind === kind && o.metadata?.name === name);
  const workloads = objects.filter((o) => podSpecOf(o));
  for (const workload of workloads) {
    const where = `${workload.kind}/${workload.metadata.name}`;
    const spec = podSpecOf(workload);
    if (!matches(workload.spec.selector?.matchLabels, workload.spec.template.metadata?.labels)) {
      problems.push(`${where}: selector does not match its pod template's labels`);
    }
    for (const container of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      const ports = new Set((container.ports ?? []).map((port) => port.name));
      for (const from of container.envFrom ?? []) {
        if (from.configMapRef && !named("ConfigMap", from.configMapRef.name)) {
          problems.push(`${where}: envFrom ConfigMap ${from.configMapRef.name} does not exist`);
        }
        if (from.secretRef && !named("Secret", from.secretRef.name)) {
          problems.push(`${where}: envFrom Secret ${from.secretRef.name} does not exist`);
        }
      }
      for (const env of container.env ?? []) {
        const secret = env.valueFrom?.secretKeyRef;
        const config = env.valueFrom?.configMapKeyRef;
        const target = secret ? ["Secret", secret] : config ? ["ConfigMap", config] : null;
        if (target) {
          const object = objects.find((o) => o.kind === target[0] && o.metadata?.name === target[1].name);
          const data = { ...(object?.data ?? {}), ...(object?.stringData ?? {}) };
          if (!object) {
            problems.push(`${where}: ${env.name} refers to missing ${target[0]} ${target[1].name}`);
          } else if (!(target[1].key in data)) {
            problems.push(`${where}: ${env.name} refers to missing key ${target[1].key} of ${target[0]} ${target[1].name}`);
          }
        }
      }
      for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
        const port = container[probe]?.httpGet?.port;
        if (typeof port === "string" && !ports.has(port)) {
          problems.push(`${where}: ${probe} uses port ${port}, which container ${container.name} does not name`);
        }
      }
    }
    for (const volume of spec.volumes ?? []) {
      if (volume.configMap && !named("ConfigMap", volume.configMap.name)) {
        problems.push(`${where}: volume ${volume.name} refers to missing ConfigMap ${volume.configMap.name}`);
      }
      if (volume.secret && !named("Secret", volume.secret.secretName)) {
        problems.push(`${where}: volume ${volume.name} refers to missing Secret ${volume.secret.secretName}`);
      }
    }
  }
  const podsMatching = (selector) => workloads.filter((w) => matches(selector, w.spec.template.metadata?.labels));
  for (const service of objects.filter((o) => o.kind === "Service")) {
    const targets = podsMatching(service.spec.selector);
    if (targets.length === 0) {
      problems.push(`Service/${service.metadata.name}: its selector matches no pod template`);
    }
    for (const port of service.spec.ports ?? []) {
      if (typeof port.targetPort === "string" && !targets.every((w) =>
        podSpecOf(w).containers.some((c) => (c.ports ?? []).some((p) => p.name === port.targetPort)))) {
        problems.push(`Service/${service.metadata.name}: targetPort ${port.targetPort} is not a named container port`);
      }
    }
  }
  for (const policy of objects.filter((o) => o.kind === "NetworkPolicy")) {
    const selectors = [policy.spec.podSelector, ...(policy.spec.ingress ?? []).flatMap((rule) =>
      (rule.from ?? []).map((peer) => peer.podSelector).filter(Boolean))];
    for (const selector of selectors) {
      if (Object.keys(selector.matchLabels ?? {}).length > 0 && podsMatching(selector.matchLabels).length === 0) {
        problems.push(`NetworkPolicy/${policy.metadata.name}: selector ${JSON.stringify(selector.matchLabels)} matches no pod`);
      }
    }
  }
  for (const hpa of objects.filter((o) => o.kind === "HorizontalPodAutoscaler")) {
    if (!named(hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name)) {
      problems.push(`HorizontalPodAutoscaler/${hpa.metadata.name}: target ${hpa.spec.scaleTargetRef.name} does not exist`);
    }
  }
  for (const pdb of objects.filter((o) => o.kind === "PodDisruptionBudget")) {
    const targets = podsMatching(pdb.spec.selector?.matchLabels);
    if (targets.length === 0) {
      problems.push(`PodDisruptionBudget/${pdb.metadata.name}: its selector matches no pod template`);
    } else if (targets.some((w) => (w.spec.replicas ?? 1) < 2)) {
      problems.push(`PodDisruptionBudget/${pdb.metadata.name}: guards a workload with fewer than 2 replicas`);
    }
  }
  return problems;
}

/** A PodMonitor scrapes pods that exist (in the other rendered files) and name the port it scrapes. */
function podMonitorProblems(objects, otherFiles) {
  const problems = [];
  for (const monitor of objects.filter((o) => o.kind === "PodMonitor")) {
    for (const other of otherFiles) {
      const pods = other.objects.filter((o) => podSpecOf(o) && matches(monitor.spec.selector?.matchLabels, o.spec.template.metadata?.labels));
      if (pods.length === 0) {
        problems.push(`PodMonitor/${monitor.metadata.name}: selects no pod template of ${other.file}`);
      }
      for (const endpoint of monitor.spec.podMetricsEndpoints ?? []) {
        for (const pod of pods.filter((w) => !podSpecOf(w).containers.some((c) => (c.ports ?? []).some((p) => p.name === endpoint.port)))) {
          problems.push(`PodMonitor/${monitor.metadata.name}: ${pod.kind}/${pod.metadata.name} of ${other.file} names no port ${endpoint.port}`);
        }
      }
    }
  }
  return problems;
}

const files = process.argv.slice(2).map((file) => {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  return { file, documents, objects: documents.map((document) => document.toJS()).filter(Boolean) };
});
let failed = false;
for (const { file, documents, objects } of files) {
  const parseErrors = documents.flatMap((document) => document.errors.map((error) => error.message));
  const problems = [...parseErrors];
  for (const object of objects) {
    const where = `${object.kind}/${object.metadata?.name}`;
    (await schemaProblems(object)).forEach((problem) => problems.push(`${where}: ${problem}`));
    const fieldProblems = [];
    unknownFields(object, modelName(object), "", fieldProblems);
    fieldProblems.forEach((problem) => problems.push(`${where}: ${problem}`));
  }
  problems.push(...referenceProblems(objects));
  problems.push(...podMonitorProblems(objects, files.filter((other) => other.file !== file && other.objects.some(podSpecOf))));
  if (problems.length > 0) {
    failed = true;
    console.error(`${file}: ${problems.length} problem(s)`);
    problems.forEach((problem) => console.error(`  - ${problem}`));
  } else {
    console.log(`${file}: ${objects.length} objects valid`);
  }
}
process.exit(failed ? 1 : 0);
