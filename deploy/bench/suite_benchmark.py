#!/usr/bin/env python3
"""The suite benchmark's client (Python 3 standard library and wrk): run by suite-benchmark.sh against a
suite it started on its own ports and databases. Each row of issue 15's table is measured beside its
reference in the same run; the results are printed as Markdown tables, ready to paste into BENCHMARKS.md.

Throughput rows use wrk (2 threads, 16 connections, a warm-up first); latency rows through
negotiation-service use this client (one keep-alive connection per client thread). Resident memory is read
from /proc; a service's start is timed from its launch to its readiness answering 200.
"""
import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SERVICES = ("trade-data-service", "rules-service", "negotiation-service")
LOCK = threading.Lock()


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


class Client:
    """One keep-alive HTTP/1.1 connection to one port (reopened when the server closes it)."""

    def __init__(self, port, token=None, timeout=120):
        self.port, self.token, self.connection, self.timeout = port, token, None, timeout

    def call(self, method, path, body=None, headers=None):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        sent = {"Accept": "application/json"}
        if data is not None:
            sent["Content-Type"] = "application/json"
        if self.token:
            sent["Authorization"] = "Bearer " + self.token
        sent.update(headers or {})
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            try:
                start = time.perf_counter()
                self.connection.request(method, path, data, sent)
                response = self.connection.getresponse()
                payload = response.read()
                return response.status, payload, time.perf_counter() - start
            except (http.client.HTTPException, ConnectionError, TimeoutError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def json(self, method, path, body=None, expect=(200, 201)):
        status, payload, _ = self.call(method, path, body)
        if status not in expect:
            raise RuntimeError(f"{method} {path}: {status} {payload[:300]!r}")
        return json.loads(payload) if payload else None


def token(keycloak_port, form):
    body = urllib.parse.urlencode(form).encode()
    connection = http.client.HTTPConnection("127.0.0.1", keycloak_port, timeout=30)
    # Keycloak writes the issuer from the Host it is asked at: the services trust http://localhost:<port>
    connection.request("POST", "/realms/tradedeal/protocol/openid-connect/token", body,
                       {"Content-Type": "application/x-www-form-urlencoded", "Host": f"localhost:{keycloak_port}"})
    response = connection.getresponse()
    payload = response.read()
    if response.status != 200:
        raise RuntimeError(f"token: {response.status} {payload[:300]!r}")
    return json.loads(payload)["access_token"]


def service_token(args):
    """negotiation-service's own client-credentials token: the role `service` rules and trade-data take."""
    return token(args.keycloak_port, {"grant_type": "client_credentials", "client_id": "negotiation-service",
                                      "client_secret": "negotiation-service-local-secret"})


def negotiator_token(args, user="pk-negotiator"):
    return token(args.keycloak_port, {"grant_type": "password", "client_id": "tradedeal-cli",
                                      "username": user, "password": user + "-pw"})


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


# --- resident memory and CPU from /proc ----------------------------------------------------------
def pid_of(args, service):
    try:
        with open(os.path.join(args.run_dir, service + ".pid")) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class RssSampler(threading.Thread):
    """The largest resident set of each service while the load phases run."""

    def __init__(self, args):
        super().__init__(daemon=True)
        self.args, self.peak, self.running = args, {s: 0.0 for s in SERVICES}, True

    def run(self):
        while self.running:
            for service in SERVICES:
                pid = pid_of(self.args, service)
                if pid:
                    value = rss_mb(pid)
                    if value == value:
                        self.peak[service] = max(self.peak[service], value)
            time.sleep(0.5)


# --- wrk -----------------------------------------------------------------------------------------
def wrk(args, port, path, method="GET", body=None, auth=None, seconds=None, warmup=None):
    """requests/s, p50 and p99 in ms, non-2xx count, service CPU per request (us) for one wrk run."""
    seconds = seconds or args.seconds
    env = dict(os.environ, WRK_METHOD=method, WRK_TOKEN=auth or "")
    body_file = None
    if body is not None:
        body_file = os.path.join(args.work_dir, f"body-{port}-{abs(hash(path))}.json")
        with open(body_file, "wb") as f:
            f.write(body if isinstance(body, bytes) else json.dumps(body).encode())
        env["WRK_BODY"] = body_file
    command = ["wrk", "-t2", f"-c{args.connections}", "--latency", "-s", os.path.join(HERE, "request.lua"),
               f"http://127.0.0.1:{port}{path}"]
    if warmup if warmup is not None else args.warmup:
        subprocess.run(command[:1] + [f"-d{warmup if warmup is not None else args.warmup}s"] + command[1:],
                       env=env, capture_output=True, check=True)
    service = {args.rules_port: "rules-service", args.trade_data_port: "trade-data-service",
               args.negotiation_port: "negotiation-service"}[port]
    pid = pid_of(args, service)
    cpu_before = cpu_seconds(pid)
    out = subprocess.run(command[:1] + [f"-d{seconds}s"] + command[1:], env=env, capture_output=True,
                         check=True, text=True).stdout
    cpu_after = cpu_seconds(pid)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = int(re.search(r"non-2xx answers: (\d+)", out).group(1))

    def latency(p):
        match = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    return {"rps": rate, "p50": latency(50), "p99": latency(99), "non2xx": non2xx,
            "cpu_us": (cpu_after - cpu_before) * 1e6 / max(total, 1)}


def wrk_row(result):
    bad = f", {result['non2xx']} non-2xx" if result["non2xx"] else ""
    return (f"{result['rps']:,.0f} req/s (p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms, "
            f"{result['cpu_us']:,.0f} us CPU/req{bad})")


# --- drafts ----------------------------------------------------------------------------------------
def draft_of(commitments, products, barriers):
    """The JMH benchmark's draft (ScoringBenchmark.draftOf): purchases, removals and cuts in turn."""
    draft = {"purchases": [], "barrierRemovals": [], "tariffCuts": [], "intentions": []}
    for i in range(commitments):
        if i % 3 == 0:
            draft["purchases"].append({"hsCode": products[i // 3 % len(products)],
                                       "addedUsdPerYear": 50_000_000 + i * 1_000_000,
                                       "firstYear": 2025 + i % 3, "years": 3, "binding": i % 2 == 0})
        elif i % 3 == 1:
            draft["barrierRemovals"].append({"barrierCode": barriers[i // 3 % len(barriers)],
                                             "committedBy": "2025-09-30", "verifiable": True,
                                             "binding": i % 4 != 1})
        else:
            draft["tariffCuts"].append({"hsCode": products[i // 3 % len(products)], "fromPct": 20, "toPct": 5})
    return draft


class Bench:
    def __init__(self, args):
        self.args = args
        self.rows = []          # the table
        self.extra = []         # cost tables
        self.sampler = RssSampler(args)

    # ------------------------------------------------------------------------------------------
    def setup(self):
        a = self.args
        self.svc_token = service_token(a)
        self.user_token = negotiator_token(a)
        self.baseline_path = "/api/v1/baselines?reporter=US&partner=PK&year=2024"
        self.baseline = Client(a.trade_data_port, self.svc_token).json("GET", self.baseline_path)
        self.products = [line["hsCode"] for line in self.baseline["exportsByProduct"]
                         if len(line["hsCode"]) in (2, 4, 6)][:9] or ["5201"]
        self.barriers = [b["code"] for b in self.baseline["barriers"] if b.get("status") != "REMOVAL_VERIFIED"]
        # rules-service is measured on its own load test's request (src/benchmark/load/evaluation-10.json: the
        # JMH benchmark's Pakistan-US baseline, 5 KB), the figures its README and issue 15 give
        with open(os.path.join(a.root, "rules-service/src/benchmark/load/evaluation-10.json")) as f:
            self.rules_request = json.load(f)
        rules_baseline = self.rules_request["baseline"]
        self.rules_products = [line["hsCode"] for line in rules_baseline["exportsByProduct"]][:9]
        self.rules_barriers = [b["code"] for b in rules_baseline["barriers"] if b.get("status") != "REMOVAL_VERIFIED"]
        api = Client(a.negotiation_port, self.user_token)
        negotiations = api.json("GET", "/api/v1/negotiations")
        self.seed_negotiation = next(n["id"] for n in negotiations
                                     if n["title"] == "Pakistan-US reciprocal tariff talks")
        log(f"baseline {len(json.dumps(self.baseline)):,} bytes, {len(self.products)} export lines, "
            f"{len(self.barriers)} barriers; seed negotiation {self.seed_negotiation}")

    def evaluation_request(self, commitments):
        if commitments == 10:
            return self.rules_request
        return dict(self.rules_request, draft=draft_of(commitments, self.rules_products, self.rules_barriers))

    # ------------------------------------------------------------------------------------------
    def rules_vs_echo(self):
        a = self.args
        body = json.dumps(self.evaluation_request(10)).encode()
        log("rules-service: scoring vs echo (10 commitments) ...")
        self.svc_token = service_token(a)
        echo = wrk(a, a.rules_port, "/api/v1/echo", "POST", body, self.svc_token)
        scoring = wrk(a, a.rules_port, "/api/v1/evaluations", "POST", body, self.svc_token)
        self.rows.append(("rules-service scoring vs its echo endpoint (10-commitment draft, "
                          f"{len(body):,} B body)",
                          f"{wrk_row(scoring)} vs {wrk_row(echo)}", scoring["rps"] / echo["rps"], ">= 0.5"))

    def baselines_vs_formula(self):
        a = self.args
        log("trade-data-service: GET /baselines vs POST /formula/reciprocal-rate ...")
        self.svc_token = service_token(a)
        formula = wrk(a, a.trade_data_port, "/api/v1/formula/reciprocal-rate", "POST",
                      {"usImportsUsd": self.baseline["importsUsd"], "usExportsUsd": self.baseline["exportsUsd"]},
                      self.svc_token)
        baselines = wrk(a, a.trade_data_port, self.baseline_path, "GET", None, self.svc_token)
        self.rows.append(("trade-data-service `GET /baselines` vs `POST /formula/reciprocal-rate`",
                          f"{wrk_row(baselines)} vs {wrk_row(formula)}", baselines["rps"] / formula["rps"],
                          ">= 0.5"))

    # ------------------------------------------------------------------------------------------
    def new_draft(self, api, commitments, title):
        created = api.json("POST", f"/api/v1/negotiations/{self.seed_negotiation}/drafts",
                           {"title": title, "content": draft_of(commitments, self.products, self.barriers)})
        return created["id"]

    def submit_loop(self, api, draft, commitments, stop_at, count=None, version=1):
        """Versions edited and submitted in turn from `version` on (version 1 exists with the draft): each
        submission's latency when it answers 200 (scored); the next version's number."""
        latencies, statuses = [], {}
        content = draft_of(commitments, self.products, self.barriers)
        while time.monotonic() < stop_at and (count is None or len(latencies) < count):
            if version > 1:
                api.json("POST", f"/api/v1/drafts/{draft}/versions", {"basedOnVersion": version - 1,
                                                                       "content": content})
            status, payload, elapsed = api.call("POST", f"/api/v1/drafts/{draft}/versions/{version}/submission")
            statuses[status] = statuses.get(status, 0) + 1
            if status == 200:
                latencies.append(elapsed)
            version += 1
        return latencies, statuses, version

    def submit_one_client(self):
        a = self.args
        log("negotiation-service: submit -> scored, one client ...")
        api = Client(a.negotiation_port, negotiator_token(a))
        draft = self.new_draft(api, 10, "benchmark one client")
        _, _, version = self.submit_loop(api, draft, 10, time.monotonic() + a.warmup)  # warm-up
        cpu = self.cpu_of_services()
        latencies, statuses, _ = self.submit_loop(api, draft, 10, time.monotonic() + a.seconds, version=version)
        self.rows.append(("submit -> scored through negotiation-service, one client (10 commitments)",
                          f"p50 {ms(percentile(latencies, 50))}, p99 {ms(percentile(latencies, 99))} "
                          f"({len(latencies)} scored{self.other(statuses)}; {self.cpu_per(cpu, statuses)})",
                          None, "p99 < 50 ms"))

    def cpu_of_services(self):
        return {s: cpu_seconds(pid_of(self.args, s)) for s in SERVICES if pid_of(self.args, s)}

    def cpu_per(self, before, statuses):
        """Each service's CPU time per edit + submission (from /proc; far less moved by other load than latency)
        and the load average, which says how much the machine was shared."""
        n = max(1, sum(statuses.values()))
        after = self.cpu_of_services()
        per = ", ".join(f"{s.split('-')[0]} {(after[s] - before[s]) / n * 1e6:,.0f} us"
                        for s in SERVICES if s in before and s in after)
        return f"CPU per edit + submission: {per}; load average {os.getloadavg()[0]:.1f}"

    @staticmethod
    def other(statuses):
        rest = {k: v for k, v in statuses.items() if k != 200}
        return "" if not rest else ", other answers " + ", ".join(f"{k}: {v}" for k, v in sorted(rest.items()))

    def submit_concurrent(self, clients=8):
        a = self.args
        log(f"negotiation-service: submit -> scored, {clients} concurrent clients ...")
        user = negotiator_token(a)
        apis = [Client(a.negotiation_port, user) for _ in range(clients)]
        drafts = [self.new_draft(api, 10, f"benchmark client {i}") for i, api in enumerate(apis)]
        results = [None] * clients
        stop_at = time.monotonic() + a.seconds
        cpu = self.cpu_of_services()
        start = time.monotonic()

        def run(i):
            results[i] = self.submit_loop(apis[i], drafts[i], 10, stop_at)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - start
        latencies = [x for r in results for x in r[0]]
        statuses = {}
        for r in results:
            for k, v in r[1].items():
                statuses[k] = statuses.get(k, 0) + v
        self.rows.append((f"submit -> scored, {clients} concurrent clients",
                          f"{len(latencies) / elapsed:,.1f} scored/s, p50 {ms(percentile(latencies, 50))}, "
                          f"p99 {ms(percentile(latencies, 99))}{self.other(statuses)} ({self.cpu_per(cpu, statuses)})",
                          None, ">= 250 scored/s"))

    # ------------------------------------------------------------------------------------------
    def sql(self, statements):
        """Runs SQL on the negotiation database (the JDBC driver of deploy/local-postgres, no psql needed)."""
        a = self.args
        with open(os.path.join(a.root, "deploy/local-postgres/target/runtime-classpath.txt")) as f:
            classpath = f.read().strip()
        for attempt in range(1, 7):  # a shared server may refuse a connection for a while (too many clients)
            done = subprocess.run(["java", "-cp", classpath, os.path.join(HERE, "Sql.java"), a.negotiation_jdbc,
                                   a.pg_user, a.pg_password], input=statements, text=True,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if done.returncode == 0:
                return
            log(f"SQL attempt {attempt} failed: {done.stderr.strip().splitlines()[0] if done.stderr else '?'}")
            time.sleep(5)
        raise RuntimeError("the SQL seeding failed six times")

    def clone_scored_versions(self, draft, template_version, first_number, last_number):
        """Copies of a scored version (with its scoring request and evaluation), numbered first..last."""
        offset = 1_000_000_000_000  # far above the ids Hibernate's sequences hand out
        self.sql(f"""
CREATE TEMP TABLE dv AS SELECT v.*, g AS g FROM draft_version v, generate_series({first_number}, {last_number}) g
  WHERE v.draft_id = {draft} AND v.number = {template_version};
CREATE TEMP TABLE sr AS SELECT r.*, dv.g AS g FROM scoring_request r JOIN dv ON r.draft_version_id = dv.id
  WHERE r.id = (SELECT max(id) FROM scoring_request WHERE draft_version_id = dv.id);
CREATE TEMP TABLE ev AS SELECT e.*, dv.g AS g FROM evaluation e JOIN dv ON e.draft_version_id = dv.id
  WHERE e.id = (SELECT max(id) FROM evaluation WHERE draft_version_id = dv.id);
UPDATE dv SET id = {offset} + {draft} * 1000000 + g, number = g;
UPDATE sr SET id = {offset} + {draft} * 1000000 + g, draft_version_id = {offset} + {draft} * 1000000 + g;
UPDATE ev SET id = {offset} + {draft} * 1000000 + g, draft_version_id = {offset} + {draft} * 1000000 + g,
  scoring_request_id = {offset} + {draft} * 1000000 + g;
ALTER TABLE dv DROP COLUMN g; ALTER TABLE sr DROP COLUMN g; ALTER TABLE ev DROP COLUMN g;
INSERT INTO draft_version SELECT * FROM dv;
INSERT INTO scoring_request SELECT * FROM sr;
INSERT INTO evaluation SELECT * FROM ev;
UPDATE proposal_draft SET latest_version = {last_number} WHERE id = {draft};
DROP TABLE dv; DROP TABLE sr; DROP TABLE ev;
ANALYZE draft_version; ANALYZE evaluation; ANALYZE scoring_request;
""")

    def stored_versions(self):
        """Re-scoring 1,000 scored versions, and the cost of a submission and of reading as versions pile up."""
        a = self.args
        api = Client(a.negotiation_port, negotiator_token(a))
        created = Client(a.negotiation_port, negotiator_token(a, "admin")).json("POST", "/api/v1/negotiations",
                           {"title": f"benchmark stored versions {int(time.time())}", "ourSide": "PK",
                            "otherSide": "US", "targetRatePct": 10, "baselineYear": 2024})
        negotiation = created["id"]
        created = api.json("POST", f"/api/v1/negotiations/{negotiation}/drafts",
                           {"title": "stored versions", "content": draft_of(10, self.products, self.barriers)})
        draft = created["id"]
        status, payload, _ = api.call("POST", f"/api/v1/drafts/{draft}/versions/1/submission")
        if status != 200:
            raise RuntimeError(f"first submission: {status} {payload[:300]!r}")
        have = 1
        table = []
        list_cost, listed = None, 1
        self.extra.append(("Cost vs stored versions (one draft holding them all, 10-commitment versions)",
                           ("stored versions", "seeding (SQL)", "submit -> scored p50", "p99",
                            "GET one version p50", "GET the last page of 100 versions"), table))
        for target in a.stored_versions:
            try:
                have, list_cost, listed = self.stored_step(api, negotiation, draft, target, have, table,
                                                           list_cost, listed)
            except Exception as error:  # the steps before keep their figures
                table.append((f"{target:,}", f"FAILED: {error}"[:200], "", "", "", ""))
                break

    def stored_step(self, api, negotiation, draft, target, have, table, list_cost, listed):
        a = self.args
        log(f"stored versions: seeding to {target:,} ...")
        started = time.monotonic()
        if target > have:
            self.clone_scored_versions(draft, 1, have + 1, target)
            have = target
        seeded = time.monotonic() - started
        api.token = negotiator_token(a)
        if target == 1000:
            log("re-scoring the 1,000 scored versions ...")
            self.rows.append(("re-scoring a negotiation of 1,000 scored versions "
                              "(`POST /negotiations/{id}/rescoring`)", self.rescore(negotiation), None, "< 10 s"))
        # reading: the latest version, and the last page of the draft's versions (the listing is paged: 100 a page)
        reads = [api.call("GET", f"/api/v1/drafts/{draft}/versions/{have}")[2] for _ in range(20)]
        if list_cost is None or list_cost * target / listed < 60:  # bounded: skipped when it would take > 1 min
            try:
                list_status, _, list_time = api.call("GET", f"/api/v1/drafts/{draft}/versions"
                                                             f"?page={(have - 1) // 100}&size=100")
                list_cost, listed = list_time, target
                list_figure = f"{ms(list_time)} (HTTP {list_status})"
            except (TimeoutError, OSError):  # the next steps skip it
                list_cost, listed = float(api.timeout), target
                list_figure = f"> {api.timeout} s (no answer)"
        else:
            list_figure = f"not measured (about {list_cost * target / listed:.0f} s expected)"
        # submissions of new versions on top
        latencies, statuses, version = self.submit_loop(api, draft, 10, time.monotonic() + 60, count=20,
                                                        version=have + 1)
        # the seeded numbers are taken: the loop's versions follow
        have = version - 1
        table.append((f"{target:,}", f"{seeded:.1f} s", ms(percentile(latencies, 50)),
                      ms(percentile(latencies, 99)), ms(percentile(reads, 50)),
                      list_figure))
        if statuses.get(200, 0) == 0:
            log(f"no scored submission at {target}: {statuses}")
        return have, list_cost, listed

    def rescore(self, negotiation):
        """The negotiation's scored versions scored again, in one call (time bounded by a 5-minute client timeout)."""
        api = Client(self.args.negotiation_port, negotiator_token(self.args), timeout=300)
        started = time.monotonic()
        try:
            status, payload, elapsed = api.call("POST", f"/api/v1/negotiations/{negotiation}/rescoring")
        except (TimeoutError, OSError) as error:
            return f"> {time.monotonic() - started:.0f} s (no answer: {error})"
        outcomes = {}
        if status == 200:
            for item in json.loads(payload):
                outcomes[item.get("outcome")] = outcomes.get(item.get("outcome"), 0) + 1
        return f"{elapsed:.1f} s (HTTP {status}; " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) + ")"

    # ------------------------------------------------------------------------------------------
    def commitments(self):
        a = self.args
        table = []
        api = Client(a.negotiation_port, negotiator_token(a))
        for n in (1, 10, 100):
            log(f"cost vs commitments: {n} ...")
            self.svc_token = service_token(a)
            body = json.dumps(self.evaluation_request(n)).encode()
            scoring = wrk(a, a.rules_port, "/api/v1/evaluations", "POST", body, self.svc_token,
                          seconds=max(5, a.seconds // 2), warmup=max(2, a.warmup // 2))
            draft = self.new_draft(api, n, f"benchmark {n} commitments")
            latencies, statuses, _ = self.submit_loop(api, draft, n, time.monotonic() + max(5, a.seconds // 2))
            table.append((str(n), f"{len(body):,} B", f"{scoring['rps']:,.0f} req/s", f"{scoring['cpu_us']:,.0f} us",
                          ms(percentile(latencies, 50)), ms(percentile(latencies, 99))))
        self.extra.append(("Cost vs commitments per draft",
                           ("commitments", "rules request body", "rules scoring (wrk)", "rules CPU/req",
                            "submit -> scored p50 (one client)", "p99"), table))

    # ------------------------------------------------------------------------------------------
    def start_times(self):
        """Each service stopped and started alone (the others running idle): time to ready, RSS idle."""
        a = self.args
        table = []
        for service in SERVICES:
            log(f"start time: {service} ...")
            subprocess.run([os.path.join(a.root, "deploy/local/suite-service.sh"), "stop", service], check=True,
                           stdout=subprocess.DEVNULL)
            time.sleep(2)
            log_file = os.path.join(a.log_dir, service + ".log")
            size = os.path.getsize(log_file) if os.path.exists(log_file) else 0
            port = int(open(os.path.join(a.run_dir, service + ".management-port")).read())
            started = time.monotonic()
            # not waited for: suite-service.sh polls readiness once a second, this loop every 50 ms
            starter = subprocess.Popen([os.path.join(a.root, "deploy/local/suite-service.sh"), "start", service],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ready, cpu = None, None
            while time.monotonic() - started < 300:
                try:
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                    connection.request("GET", "/q/health/ready")
                    if connection.getresponse().status == 200:
                        ready = time.monotonic() - started
                        cpu = cpu_seconds(pid_of(a, service))
                        break
                except OSError:
                    pass
                time.sleep(0.05)
            starter.wait()
            with open(log_file, errors="replace") as f:
                f.seek(size)
                text = f.read()
            match = re.search(r"started in ([\d.]+)s", text)
            time.sleep(a.idle)
            pid = pid_of(a, service)
            table.append((service, "not ready" if ready is None else f"{ready:.2f} s",
                          "?" if cpu is None else f"{cpu:.2f} s",
                          f"{match.group(1)} s" if match else "?", f"{rss_mb(pid):.0f} MB" if pid else "?",
                          f"{self.sampler.peak[service]:.0f} MB"))
        self.start_table = table

    # ------------------------------------------------------------------------------------------
    def report(self):
        a = self.args
        print()
        print(f"## Suite benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
        print()
        print(f"wrk: 2 threads, {a.connections} connections, {a.seconds} s after a {a.warmup} s warm-up; "
              f"Python clients {a.seconds} s; load average at the end {os.getloadavg()[0]:.1f}.")
        print()
        print("| what | measured (beside its reference) | ratio | target |")
        print("|---|---|---|---|")
        for what, measured, ratio, target in self.rows:
            print(f"| {what} | {measured} | {'' if ratio is None else f'{ratio:.2f}'} | {target} |")
        if hasattr(self, "start_table"):
            print()
            print("Start and memory of each service (started alone, the others running idle; "
                  "ready = launch to readiness 200; RSS under load = peak during the phases above):")
            print()
            print("| service | start to ready | CPU time to ready | Quarkus 'started in' | RSS idle | "
                  "RSS under load (peak) |")
            print("|---|---|---|---|---|---|")
            for row in self.start_table:
                print("| " + " | ".join(row) + " |")
        for title, header, table in self.extra:
            print()
            print(f"{title}:")
            print()
            print("| " + " | ".join(header) + " |")
            print("|" + "---|" * len(header))
            for row in table:
                print("| " + " | ".join(row) + " |")
        sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--run-dir", required=True)
    parser.add_argument("--log-dir", required=True)
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--negotiation-port", type=int, required=True)
    parser.add_argument("--trade-data-port", type=int, required=True)
    parser.add_argument("--rules-port", type=int, required=True)
    parser.add_argument("--keycloak-port", type=int, required=True)
    parser.add_argument("--negotiation-jdbc", required=True)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--pg-password", default="postgres")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--idle", type=int, default=5, help="seconds idle before reading RSS")
    parser.add_argument("--stored-versions", default="1000,10000,100000")
    parser.add_argument("--only", default="", help="comma-separated phases (default: all)")
    args = parser.parse_args()
    args.stored_versions = [int(x) for x in args.stored_versions.split(",") if x]
    os.makedirs(args.work_dir, exist_ok=True)
    bench = Bench(args)
    bench.setup()
    bench.sampler.start()
    phases = [("rules", bench.rules_vs_echo), ("trade-data", bench.baselines_vs_formula),
              ("one-client", bench.submit_one_client), ("concurrent", bench.submit_concurrent),
              # stored versions last of the load phases: re-scoring 1,000 versions is the heaviest call
              ("commitments", bench.commitments), ("stored", bench.stored_versions),
              ("start", bench.start_times)]
    only = set(filter(None, args.only.split(",")))
    try:
        for name, phase in phases:
            if only and name not in only:
                continue
            started = time.monotonic()
            try:
                phase()
            except Exception as error:  # one phase failing still leaves the others' figures
                log(f"phase {name} failed: {error}")
                bench.rows.append((f"phase {name}", f"FAILED: {error}"[:300], None, ""))
            log(f"phase {name}: {time.monotonic() - started:.0f} s")
    finally:
        bench.sampler.running = False
        bench.report()


if __name__ == "__main__":
    main()
