#!/usr/bin/env python3
"""Spark local-mode test of `followup map`.

    test_map_spark.py BINARY

Generates N JSON Lines documents (seeded, identical on every run, with a few deliberately bad
lines), runs them through one `BINARY map` process (the reference), then through Spark
(`local[2]`, 8 partitions, `rdd.pipe` running the same command once per partition) and checks,
partition by partition, that nothing is lost, duplicated or reordered and that every record equals
the reference's, except `line` (the 1-based line number in *that process's* stdin), which is
checked on its own.

Exit codes of the piped processes: `followup map` exits 1 when any line failed, and pyspark's
`pipe(checkCode=True)` raises on any non-zero exit. So each partition runs through a small
`/bin/sh -c` wrapper that records the real exit status in a file and lets 0 and 1 through while
anything else (crash, usage error, write error) still fails the Spark job. The recorded statuses
are then checked: 1 for exactly the partitions holding a bad line, 0 for the others.

Run through Tests/Spark/run, which installs Java and pyspark. Exits 0 on success, 1 on failure.
"""

import hashlib
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

NOW = "2026-11-23T17:00:00Z"
TZ = "Europe/Berlin"
DOCUMENTS = 2400          # lines of input, bad ones included
PARTITIONS = 8
SEED = 20261123
PROCESS_TIMEOUT = 120     # seconds for the single-process run

# --------------------------------------------------------------------------------------------
# Input: deterministic meeting notes, built from pieces chosen by a seeded generator.

FIRST_NAMES = ["Alice", "Bob", "Carmen", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ivan",
               "Jürgen", "Kofi", "Lena", "Marta", "Nadia", "Omar", "Priya", "Quentin", "Rosa",
               "Sven", "Tomás", "Uma", "Viktor", "Wen", "Yusuf", "Zoë"]
LAST_NAMES = ["Keller", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Reyes", "Schmidt",
              "Adeyemi", "Kowalski", "Byrne", "Haddad"]
TOPICS = ["Quarterly planning", "Website relaunch", "Vendor review", "Hiring sync",
          "Office move", "Budget check-in", "Customer onboarding", "Release retro",
          "Partner workshop", "Data migration", "Security audit", "Marketing kickoff"]
TITLE_FORMS = ["{topic}", "{topic} – notes", "Notes: {topic}", "{topic} ({weekday})",
               "Meeting notes — {topic}"]
TASKS = ["send the deck", "book the room", "update the roadmap", "draft the contract",
         "review the budget sheet", "call the supplier", "share the survey results",
         "prepare the demo", "fix the login bug", "write up the minutes",
         "order new laptops", "confirm the venue", "collect the invoices",
         "set up the staging server", "email the client"]
DEADLINES = ["by Friday", "by Monday", "by Dec 1", "by December 4", "by the end of the week",
             "by tomorrow", "next Tuesday", "by 2026-12-10", "before the next call", "by Nov 30",
             "", "this week"]
ACTION_FORMS = ["- {name} will {task} {deadline}", "- {name} to {task} {deadline}",
                "- {name}: {task} {deadline}", "- Action: {name} will {task} {deadline}",
                "- {name} is going to {task} {deadline}"]
AMOUNTS = ["$4,500 per month", "$12,000", "€2,300", "$950 per seat", "£18,000 per year",
           "$1.2M", "€75 per hour", "$30,000 one-off"]
AMOUNT_FORMS = ["Budget: {amount}", "Cost: {amount}", "We agreed on {amount}.",
                "Quote came in at {amount}"]
DECISIONS = ["Decision: we go with the second vendor.", "Decided to move the launch to January.",
             "Agreed: weekly stand-ups stay at 9:30.", "We will not renew the old license."]
QUESTIONS = ["Open question: who owns the QA sign-off?", "Do we need legal review?",
             "Question: can we reuse last year's template?"]
NEXT_CALLS = ["Next call on Thursday at 10am", "Next meeting: Monday 2pm",
              "Follow-up call on Dec 3 at 15:00", "Next sync next Wednesday at 9:30",
              "We meet again on Friday at 11am", ""]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
OUTPUT_SETS = [["record", "summary"], ["record", "email", "ics"], ["record", "summary", "email", "ics"]]


def notes(rng, index):
    """Short English meeting notes for document `index`."""
    people = rng.sample(FIRST_NAMES, rng.randint(2, 4))
    if index % 3 == 0:
        people = [f"{p} {rng.choice(LAST_NAMES)}" for p in people]
    topic = TOPICS[index % len(TOPICS)]
    lines = [rng.choice(TITLE_FORMS).format(topic=topic, weekday=rng.choice(WEEKDAYS))]
    if index % 4 != 1:
        lines.append("Attendees: " + ", ".join(people))
    for _ in range(rng.randint(1, 4)):
        line = rng.choice(ACTION_FORMS).format(name=rng.choice(people).split()[0],
                                               task=rng.choice(TASKS), deadline=rng.choice(DEADLINES))
        lines.append(line.rstrip())
    if index % 2 == 0:
        lines.append(rng.choice(AMOUNT_FORMS).format(amount=rng.choice(AMOUNTS)))
    if index % 5 == 0:
        lines.append(rng.choice(DECISIONS))
    if index % 7 == 0:
        lines.append(rng.choice(QUESTIONS))
    call = rng.choice(NEXT_CALLS)
    if call:
        lines.append(call)
    return "\n".join(lines)


def is_bad(index):
    """Roughly 1 line in 200 is bad: pairs at 100,101 / 500,501 / ... and the very last line.
    With 2400 lines in 8 partitions of 300 this leaves partitions 2 and 6 clean, and puts a bad
    line first in a partition (900, 2100) and last in the input."""
    return index % 400 in (100, 101) or index == DOCUMENTS - 1


def bad_line(kind, doc_id, rng):
    if kind == 0:
        return "this line is not JSON: Alice will send the deck by Friday"
    if kind == 1:
        return json.dumps({"id": doc_id, "txt": "Bob to book the room by Dec 1", "date": "2026-11-23"})
    if kind == 2:
        return json.dumps({"id": doc_id, "text": rng.choice([42, ["- Alice will send the deck"], {"a": 1}]),
                           "date": "2026-11-23"})
    return '{"id": "%s", "text": "- Carmen will call the supplier by Mon' % doc_id   # cut-off JSON


def make_input():
    """Returns (lines, expected) where expected[i] = (id or None, should_fail)."""
    rng = random.Random(SEED)
    lines, expected = [], []
    bad_count = 0
    for index in range(DOCUMENTS):
        doc_id = f"doc-{index + 1:05d}"
        if is_bad(index):
            kind = bad_count % 4
            bad_count += 1
            lines.append(bad_line(kind, doc_id, rng))
            expected.append((doc_id if kind in (1, 2) else None, True))
            continue
        doc = {"id": doc_id, "text": notes(rng, index)}
        if index % 13 != 5:            # some documents have no date: --now's date in --tz applies
            doc["date"] = f"2026-{10 + index % 3:02d}-{1 + index % 28:02d}"
        if index % 11 == 3:
            doc["tz"] = "America/New_York"
        if index % 9 == 4:
            doc["outputs"] = OUTPUT_SETS[(index // 9) % len(OUTPUT_SETS)]
        lines.append(json.dumps(doc, ensure_ascii=index % 2 == 0))
        expected.append((doc_id, False))
    return lines, expected


# --------------------------------------------------------------------------------------------
# Checking

class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, problem):
        """`problem` is None when the check holds, else a message."""
        if problem is None:
            self.passed += 1
            print(f"PASS {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}: {problem}")
        sys.stdout.flush()


def parse_outputs(raw_lines, where):
    """Parses each output line as a JSON object; returns (records, problem)."""
    records = []
    for position, raw in enumerate(raw_lines):
        try:
            record = json.loads(raw)
        except ValueError as error:
            return None, f"{where}, output line {position + 1} is not JSON ({error}): {raw[:300]!r}"
        if not isinstance(record, dict):
            return None, f"{where}, output line {position + 1} is not a JSON object: {raw[:300]!r}"
        records.append(record)
    return records, None


def shape_problem(records, expected, where):
    """Each record: one per input line, in order; `id` as expected (absent/null for non-JSON
    lines); `line` = 1-based position; `error` for bad lines, `record` for good ones."""
    if len(records) != len(expected):
        return f"{where}: {len(records)} output lines for {len(expected)} input lines"
    for position, (record, (want_id, should_fail)) in enumerate(zip(records, expected)):
        at = f"{where}, output line {position + 1}"
        got_id = record.get("id")
        if got_id != want_id:
            return f"{at}: id {got_id!r}, expected {want_id!r} (lost, duplicated or reordered?)"
        if record.get("line") != position + 1:
            return f"{at} (id {want_id!r}): line {record.get('line')!r}, expected {position + 1}"
        if should_fail:
            error = record.get("error")
            if not isinstance(error, dict) or not isinstance(error.get("reason"), str) or "record" in record:
                return f"{at}: a deliberately bad input line should give an error record, got {json.dumps(record)[:300]}"
        elif "record" not in record or "error" in record:
            return f"{at} (id {want_id!r}): expected a record, got {json.dumps(record)[:300]}"
    return None


def first_difference(a, b, path="$"):
    """Path and values of the first difference between two parsed JSON values, else None."""
    if type(a) is not type(b):
        return path, a, b
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}", a.get(key, "<absent>"), b.get(key, "<absent>")
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        if len(a) != len(b):
            return f"{path} (length)", len(a), len(b)
        return None
    return None if a == b else (path, a, b)


def without_line(record):
    return {k: v for k, v in record.items() if k != "line"}


def short(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 300 else text[:300] + "…"


# --------------------------------------------------------------------------------------------

def main():
    if len(sys.argv) != 2:
        print("usage: test_map_spark.py /absolute/path/to/followup", file=sys.stderr)
        return 1
    binary = os.path.abspath(sys.argv[1])
    command = [binary, "map", "--now", NOW, "--tz", TZ]
    checks = Checks()
    work = tempfile.mkdtemp(prefix="followup-spark-")
    try:
        return run(binary, command, checks, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(binary, command, checks, work):
    lines, expected = make_input()
    bad_total = sum(1 for _, bad in expected if bad)
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
    print(f"input: {len(lines)} lines ({bad_total} deliberately bad), sha256 {digest}…; "
          f"command: {shlex.join(command)}")

    # The same small, fixed environment for both runs: no user configuration (HOME and
    # XDG_CONFIG_HOME point at an empty folder), no SOURCE_DATE_EPOCH, UTF-8 locale.
    home = os.path.join(work, "home")
    os.makedirs(os.path.join(home, ".config"))
    env = {"PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"), "HOME": home,
           "XDG_CONFIG_HOME": os.path.join(home, ".config"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    if "LD_LIBRARY_PATH" in os.environ:
        env["LD_LIBRARY_PATH"] = os.environ["LD_LIBRARY_PATH"]

    # 1. Reference: one process, every line on stdin.
    started = time.monotonic()
    try:
        result = subprocess.run(command, input=("\n".join(lines) + "\n").encode("utf-8"), env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=PROCESS_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as error:
        checks.check("single-process run", f"{shlex.join(command)}: {error}")
        return finish(checks, len(lines), None, None, None)
    single_seconds = time.monotonic() - started
    stderr_tail = result.stderr.decode("utf-8", "replace")[-1500:]
    checks.check("single-process exit status is 1 (some lines failed)",
                 None if result.returncode == 1 else
                 f"exit status {result.returncode}, expected 1; stderr: {stderr_tail!r}")
    try:
        # Split at "\n" only (as rdd.pipe does), not at every Unicode line break.
        reference_raw = result.stdout.decode("utf-8").split("\n")
        if reference_raw and reference_raw[-1] == "":
            reference_raw.pop()
    except UnicodeDecodeError as error:
        reference_raw = []
        checks.check("single-process output is UTF-8", str(error))
    reference, problem = parse_outputs(reference_raw, "single process")
    if problem is None:
        problem = shape_problem(reference, expected, "single process")
    checks.check("single-process output: one record per line, in order, ids and line numbers", problem)

    # 2. Spark, local[2], 8 partitions, one `followup map` per partition.
    spark_seconds = None
    partitions_used = None
    try:
        from pyspark.sql import SparkSession
    except Exception as error:  # noqa: BLE001 - any import failure means Spark cannot start
        checks.check("spark starts", f"cannot import pyspark: {error!r}")
        return finish(checks, len(lines), None, single_seconds, None)

    started = time.monotonic()
    spark = None
    try:
        spark = (SparkSession.builder
                 .master("local[2]")
                 .appName("followup-map-test")
                 .config("spark.driver.memory", "512m")
                 .config("spark.ui.enabled", "false")
                 .config("spark.ui.showConsoleProgress", "false")
                 .config("spark.sql.shuffle.partitions", "4")
                 .config("spark.default.parallelism", "2")
                 .config("spark.driver.host", "127.0.0.1")
                 .config("spark.driver.bindAddress", "127.0.0.1")
                 .config("spark.local.dir", os.path.join(work, "spark-local"))
                 .config("spark.sql.warehouse.dir", os.path.join(work, "spark-warehouse"))
                 .getOrCreate())
        sc = spark.sparkContext
        sc.setLogLevel("ERROR")
        startup_seconds = time.monotonic() - started
        checks.check("spark starts", None if sc.master == "local[2]" else f"master is {sc.master}")
        print(f"spark {spark.version} started in {startup_seconds:.1f} s")

        rdd = sc.parallelize(lines, PARTITIONS)
        input_parts = rdd.glom().collect()
        partitions_used = len(input_parts)
        flat_input = [line for part in input_parts for line in part]
        checks.check(f"input split into {PARTITIONS} non-empty partitions, in order",
                     None if partitions_used == PARTITIONS and flat_input == lines and all(input_parts)
                     else f"{partitions_used} partitions, sizes {[len(p) for p in input_parts]}, "
                          f"order kept: {flat_input == lines}")

        # Each piped process: record its exit status and stderr in files, pass 0 and 1 through
        # (1 = some lines failed, by the contract), turn anything else into a failed task.
        statuses = os.path.join(work, "statuses")
        os.makedirs(statuses)
        wrapper = ('f=$(mktemp "$FOLLOWUP_SPARK_STATUS/run.XXXXXX") || exit 99; '
                   '"$@" 2>"$f.stderr"; s=$?; echo "$s" >"$f"; [ "$s" -le 1 ] || exit "$s"')
        pipe_command = shlex.join(["/bin/sh", "-c", wrapper, "sh"] + command)
        pipe_env = dict(env, FOLLOWUP_SPARK_STATUS=statuses)
        job_started = time.monotonic()
        output_parts = rdd.pipe(pipe_command, env=pipe_env, checkCode=True).glom().collect()
        spark_seconds = time.monotonic() - job_started
        print(f"spark pipe job: {spark_seconds:.1f} s")
    except Exception as error:  # noqa: BLE001 - report whatever Spark raised, then fail
        message = [m.strip() for m in str(error).strip().splitlines() if m.strip()]
        # Spark's own message is long; lead with the line that says what happened in the task.
        key = [m for m in message if "PIPE_FUNCTION_EXITED" in m or m.startswith("Caused by")]
        detail = " | ".join((key[:1] + message[:2]))[:1200]
        if spark is None:
            checks.check("spark starts", f"{type(error).__name__}: {detail}")
        else:
            checks.check("spark pipe job", f"{type(error).__name__}: {detail}")
            report_statuses(os.path.join(work, "statuses"))
        return finish(checks, len(lines), partitions_used, single_seconds, spark_seconds)
    finally:
        if spark is not None:
            spark.stop()

    # 3. Partition by partition.
    spark_records = []          # every parsed record, partitions in order
    parsed_all = True
    problem = None
    if len(output_parts) != len(input_parts):
        problem = f"{len(output_parts)} output partitions for {len(input_parts)} input partitions"
    for number, (offset, part_in) in enumerate(partition_offsets(input_parts)):
        part_out = output_parts[number] if number < len(output_parts) else []
        where = f"partition {number} (input lines {offset + 1}–{offset + len(part_in)})"
        records, part_problem = parse_outputs(part_out, where)
        if part_problem is None:
            spark_records.extend(records)
            part_problem = shape_problem(records, expected[offset:offset + len(part_in)], where)
        else:
            parsed_all = False
        problem = problem or part_problem
    checks.check("spark output: per partition one record per line, same order, ids and line numbers", problem)

    # Loss and duplicates over the whole output, by id (non-JSON lines have none) and by count.
    total_out = sum(len(p) for p in output_parts)
    ids = [r.get("id") for r in spark_records if r.get("id") is not None]
    want_ids = [i for i, _ in expected if i is not None]
    seen, duplicates = set(), []
    for doc_id in ids:
        if doc_id in seen:
            duplicates.append(doc_id)
        seen.add(doc_id)
    missing = [i for i in want_ids if i not in seen]
    unexpected = sorted(seen - set(want_ids))
    problem = None
    if total_out != len(lines) or duplicates or missing or unexpected or not parsed_all:
        problem = (f"{total_out} output lines for {len(lines)} input lines; "
                   f"missing ids {len(missing)} {missing[:5]}, duplicated ids {len(duplicates)} {duplicates[:5]}, "
                   f"unknown ids {len(unexpected)} {unexpected[:5]}"
                   + ("" if parsed_all else "; some partition's output did not parse (see above)"))
    checks.check("spark output: no loss, no duplicates", problem)

    # Exit statuses: 1 exactly where a partition holds a bad line.
    statuses = read_statuses(os.path.join(work, "statuses"))
    want = sorted(1 if any(bad for _, bad in expected[a:a + len(p)]) else 0
                  for a, p in partition_offsets(input_parts))
    checks.check("spark: each piped process exited 1 if its partition had a bad line, else 0",
                 None if sorted(statuses) == want else
                 f"exit statuses {sorted(statuses)}, expected {want}")

    # Spark vs single process, record by record, ignoring `line` (relative to each stdin).
    problem = None
    if reference is None:
        problem = "no usable single-process output to compare with"
    elif len(spark_records) != len(reference) or not parsed_all:
        problem = (f"{len(spark_records)} parsed spark records against {len(reference)} single-process records"
                   " (see above); not compared")
    else:
        bounds = list(partition_offsets(input_parts))
        for index, (mine, theirs) in enumerate(zip(spark_records, reference)):
            found = first_difference(without_line(mine), without_line(theirs))
            if found:
                number = next(n for n, (a, p) in enumerate(bounds) if a <= index < a + len(p))
                path, got, want_value = found
                problem = (f"input line {index + 1} (id {theirs.get('id')!r}, partition {number}, "
                           f"its line {index + 1 - bounds[number][0]}): at {path} spark has {short(got)}, "
                           f"single process has {short(want_value)}")
                break
    checks.check("spark records equal the single-process records (except `line`)", problem)

    return finish(checks, len(lines), partitions_used, single_seconds, spark_seconds)


def partition_offsets(parts):
    offset = 0
    for part in parts:
        yield offset, part
        offset += len(part)


def read_statuses(folder):
    statuses = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".stderr"):
            continue
        with open(os.path.join(folder, name)) as handle:
            text = handle.read().strip()
        statuses.append(int(text) if text.lstrip("-").isdigit() else text)
    return statuses


def report_statuses(folder):
    """After a failed pipe job: each process's exit status and the end of its stderr."""
    if not os.path.isdir(folder):
        return
    for name in sorted(os.listdir(folder)):
        if name.endswith(".stderr"):
            continue
        with open(os.path.join(folder, name)) as handle:
            status = handle.read().strip() or "none (killed, or cut short when the job failed)"
        try:
            with open(os.path.join(folder, name + ".stderr"), errors="replace") as handle:
                tail = handle.read()[-600:]
        except OSError:
            tail = ""
        print(f"  piped process exit status {status}; stderr tail: {tail!r}")


def finish(checks, documents, partitions, single_seconds, spark_seconds):
    def seconds(value):
        return "n/a" if value is None else f"{value:.1f} s"
    print(f"summary: {documents} documents, {partitions if partitions is not None else 'n/a'} partitions, "
          f"spark {seconds(spark_seconds)}, single process {seconds(single_seconds)}")
    print(f"spark-map: {checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
