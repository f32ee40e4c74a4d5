// Checks the monitoring of the suite as rendered from deploy/kubernetes/monitoring, and writes what promtool
// checks next (check.sh runs it):
//   - the PrometheusRule's spec, a plain Prometheus rules file: <out>/trade-deal-suite.rules.yaml, for
//     `promtool check rules` and the alerts' unit tests (check/alerts.test.yaml);
//   - the Grafana dashboard (the ConfigMap labelled grafana_dashboard): its structure (uid, title, the
//     datasource variable, panels with unique ids on the 24-column grid without overlaps, every query
//     panel on that datasource with queries of unique refIds), and every query as a recording rule in
//     <out>/grafana-dashboard-queries.rules.yaml, Grafana's interval variables replaced, so that
//     `promtool check rules` parses the PromQL of the dashboard too.
// Usage: node monitoring.mjs rendered-monitoring.yaml out-dir
import { parseAllDocuments, stringify } from "yaml";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const GRID_COLUMNS = 24;
const PANEL_TYPES = new Set(["row", "timeseries", "stat", "gauge", "state-timeline", "table", "bargauge", "text"]);
/** Grafana's built-in variables, as promtool can parse them. */
const GRAFANA_VARIABLES = { "$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h" };

const [file, out] = process.argv.slice(2);
const objects = parseAllDocuments(readFileSync(file, "utf8")).map((document) => document.toJS()).filter(Boolean);
const problems = [];

const rules = objects.filter((o) => o.kind === "PrometheusRule");
if (rules.length !== 1) {
  problems.push(`expected one PrometheusRule, found ${rules.length}`);
} else {
  writeFileSync(join(out, "trade-deal-suite.rules.yaml"), stringify(rules[0].spec));
}

const dashboards = objects.filter((o) => o.kind === "ConfigMap" && o.metadata?.labels?.grafana_dashboard === "1");
if (dashboards.length !== 1) {
  problems.push(`expected one ConfigMap labelled grafana_dashboard, found ${dashboards.length}`);
}
const recorded = [];
for (const configMap of dashboards) {
  for (const [key, text] of Object.entries(configMap.data ?? {})) {
    const where = `ConfigMap/${configMap.metadata.name} ${key}`;
    let dashboard;
    try {
      dashboard = JSON.parse(text);
    } catch (error) {
      problems.push(`${where}: not JSON: ${error.message}`);
      continue;
    }
    problems.push(...dashboardProblems(dashboard).map((problem) => `${where}: ${problem}`));
    for (const panel of dashboard.panels ?? []) {
      for (const target of panel.targets ?? []) {
        recorded.push({ record: `dashboard:panel_${panel.id}_${target.refId}`, expr: withoutVariables(target.expr ?? "") });
      }
    }
  }
}
writeFileSync(join(out, "grafana-dashboard-queries.rules.yaml"), stringify({ groups: [{ name: "grafana-dashboard-queries", rules: recorded }] }));

function dashboardProblems(dashboard) {
  const found = [];
  for (const field of ["uid", "title"]) {
    if (typeof dashboard[field] !== "string" || dashboard[field] === "") {
      found.push(`no ${field}`);
    }
  }
  if (!Number.isInteger(dashboard.schemaVersion)) {
    found.push("no schemaVersion");
  }
  const variables = dashboard.templating?.list ?? [];
  if (!variables.some((v) => v.name === "datasource" && v.type === "datasource" && v.query === "prometheus")) {
    found.push("no Prometheus datasource variable named datasource");
  }
  const panels = dashboard.panels ?? [];
  if (panels.length === 0) {
    found.push("no panels");
  }
  const ids = new Set();
  const placed = [];
  for (const panel of panels) {
    const where = `panel ${panel.id} "${panel.title}"`;
    if (!Number.isInteger(panel.id) || ids.has(panel.id)) {
      found.push(`${where}: its id is missing or taken`);
    }
    ids.add(panel.id);
    if (!PANEL_TYPES.has(panel.type)) {
      found.push(`${where}: unknown type ${panel.type}`);
    }
    if (!panel.title) {
      found.push(`${where}: no title`);
    }
    const { x, y, w, h } = panel.gridPos ?? {};
    if (![x, y, w, h].every(Number.isInteger) || x < 0 || y < 0 || w < 1 || h < 1 || x + w > GRID_COLUMNS) {
      found.push(`${where}: gridPos ${JSON.stringify(panel.gridPos)} is not on the ${GRID_COLUMNS}-column grid`);
    } else {
      const overlapping = placed.find((other) => x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h);
      if (overlapping) {
        found.push(`${where}: overlaps panel ${overlapping.id}`);
      }
      placed.push({ id: panel.id, x, y, w, h });
    }
    if (panel.type === "row" || panel.type === "text") {
      continue;
    }
    if (panel.datasource?.uid !== "${datasource}") {
      found.push(`${where}: not on the datasource variable`);
    }
    const targets = panel.targets ?? [];
    if (targets.length === 0) {
      found.push(`${where}: no queries`);
    }
    const refIds = new Set();
    for (const target of targets) {
      if (!target.refId || refIds.has(target.refId)) {
        found.push(`${where}: a query's refId is missing or repeated`);
      }
      refIds.add(target.refId);
      if (typeof target.expr !== "string" || target.expr.trim() === "") {
        found.push(`${where}: query ${target.refId} has no expr`);
      }
    }
  }
  return found;
}

function withoutVariables(expr) {
  return Object.entries(GRAFANA_VARIABLES).reduce((query, [variable, value]) => query.replaceAll(variable, value), expr);
}

if (problems.length > 0) {
  console.error(`${file}: ${problems.length} monitoring problem(s)`);
  problems.forEach((problem) => console.error(`  - ${problem}`));
  process.exit(1);
}
console.log(`${file}: the alert rules and the dashboard (${recorded.length} queries) are well formed; promtool checks their PromQL next`);
