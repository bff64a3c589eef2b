#!/usr/bin/python3
"""STAND-IN for `followup map`, used only to develop and check the Spark harness
(test_map_spark.py) before the real subcommand exists. It is not part of the product and CI never
runs it. It follows the contract of `followup map` with a dummy record ({"words": N}):

    fake_map.py [--fake-bug=KIND] map --now ISO --tz ZONE   < JSON Lines

One JSON line out per non-blank line in, in order, flushed per line; `line` is the 1-based line
number in this process's stdin (blank lines count but give no output); exit 1 when any line
failed, else 0.

--fake-bug=KIND makes it misbehave so the harness can be seen to catch it:
  drop     no output for doc-00777          dup      doc-00777 twice
  swap     doc-00777 and doc-00778 swapped  pid      the process id inside every record
  crash    exits 3 after doc-00777          exit0    exits 0 even when lines failed
  absline  `line` counts from 1000          reason   error messages name the line number

To run the harness against it:
    printf '#!/bin/sh\\nexec /usr/bin/python3 %s "$@"\\n' "$PWD/Tests/Spark/fake_map.py" >/tmp/fake-followup
    chmod +x /tmp/fake-followup && Tests/Spark/run /tmp/fake-followup
"""

import json
import os
import sys

OUTPUTS = ("record", "summary", "email", "ics")


def main(argv):
    bug = None
    if argv and argv[0].startswith("--fake-bug="):
        bug = argv[0].split("=", 1)[1]
        argv = argv[1:]
    if not argv or argv[0] != "map":
        print("fake_map: usage: map --now ISO --tz ZONE", file=sys.stderr)
        return 64
    options = dict(zip(argv[1::2], argv[2::2]))
    now, tz = options.get("--now", "1970-01-01T00:00:00Z"), options.get("--tz", "UTC")

    out = sys.stdout
    failed = False
    held = None   # for "swap"
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        raw = raw.rstrip(b"\r\n")
        if not raw.strip():
            continue
        line = number + 999 if bug == "absline" else number
        result = handle(raw, line, now, tz, bug)
        failed = failed or "error" in result
        doc_id = result.get("id")
        text = json.dumps(result, ensure_ascii=False, sort_keys=True)
        if bug == "drop" and doc_id == "doc-00777":
            continue
        if bug == "swap" and doc_id == "doc-00777":
            held = text
            continue
        out.write(text + "\n")
        if bug == "dup" and doc_id == "doc-00777":
            out.write(text + "\n")
        if held is not None:
            out.write(held + "\n")
            held = None
        out.flush()
        if bug == "crash" and doc_id == "doc-00777":
            return 3
    if held is not None:
        out.write(held + "\n")
    out.flush()
    if bug == "exit0":
        return 0
    return 1 if failed else 0


def handle(raw, line, now, tz, bug):
    def error(reason, message, doc_id=None):
        if bug == "reason":
            message += f" (line {line})"
        record = {"line": line, "error": {"reason": reason, "message": message}}
        if doc_id is not None:
            record["id"] = doc_id
        return record

    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return error("undecodable", "the line is not UTF-8")
    except ValueError:
        return error("not-json", "the line is not a JSON object")
    if not isinstance(doc, dict):
        return error("not-json", "the line is not a JSON object")
    doc_id = doc.get("id") if isinstance(doc.get("id"), str) else None
    if doc_id is None:
        return error("no-id", "the document has no string \"id\"")
    text = doc.get("text")
    if not isinstance(text, str):
        return error("no-text", "the document has no string \"text\"", doc_id)
    outputs = doc.get("outputs", ["record"])
    if not isinstance(outputs, list) or any(o not in OUTPUTS for o in outputs):
        return error("bad-outputs", "\"outputs\" must list record, summary, email, ics", doc_id)

    record = {"words": len(text.split()), "date": doc.get("date", now[:10]), "tz": doc.get("tz", tz)}
    if bug == "pid":
        record["pid"] = os.getpid()
    result = {"id": doc_id, "line": line, "record": record}
    if "summary" in outputs:
        result["summary"] = text.splitlines()[0]
    if "email" in outputs:
        result["email"] = f"Subject: {text.splitlines()[0]}\r\n\r\n{len(text)} characters\r\n"
    if "ics" in outputs:
        result["ics"] = f"BEGIN:VCALENDAR\r\nX-WORDS:{len(text.split())}\r\nEND:VCALENDAR\r\n"
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
