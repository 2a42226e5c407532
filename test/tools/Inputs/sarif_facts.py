"""Prints the facts of a SARIF log that tests check, one per line.

Usage: sarif_facts.py FILE [--fingerprints]
"""
import json
import sys

log = json.load(open(sys.argv[1], encoding="utf-8"))
run = log["runs"][0]
if "--fingerprints" in sys.argv:
    for r in run["results"]:
        print(r["ruleId"], r["partialFingerprints"]["tlslintFingerprint/v1"])
    sys.exit(0)

rules = run["tool"]["driver"]["rules"]
print("rules:", len(rules))
for rule in rules:
    props = rule["properties"]
    print("rule", rule["id"], rule["defaultConfiguration"]["level"],
          props.get("security-severity"), props["precision"],
          ",".join(props["tags"]), rule["helpUri"].split("/")[-1])
print("srcroot:", run["originalUriBaseIds"]["%SRCROOT%"]["uri"])
inv = run["invocations"][0]
print("successful:", inv["executionSuccessful"])
for n in inv.get("toolExecutionNotifications", []):
    uri = n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    print("notification:", n["level"], uri, n["message"]["text"])
for r in run["results"]:
    assert rules[r["ruleIndex"]]["id"] == r["ruleId"], "ruleIndex mismatch"
    loc = r["locations"][0]["physicalLocation"]
    art, reg = loc["artifactLocation"], loc["region"]
    print("result", r["ruleId"], r["level"], art.get("uriBaseId", "-"),
          art["uri"], "%d:%d-%d:%d" % (reg["startLine"], reg["startColumn"],
                                       reg["endLine"], reg["endColumn"]),
          repr(reg.get("snippet", {}).get("text")))
    print("  message:", r["message"]["text"])
    for rel in r.get("relatedLocations", []):
        p = rel["physicalLocation"]
        print("  related", rel["id"], p["artifactLocation"]["uri"],
              "%d:%d" % (p["region"]["startLine"], p["region"]["startColumn"]),
              rel["message"]["text"])
    for fix in r.get("fixes", []):
        for change in fix["artifactChanges"]:
            for rep in change["replacements"]:
                d = rep["deletedRegion"]
                print("  fix", change["artifactLocation"]["uri"],
                      "%d:%d-%d:%d" % (d["startLine"], d["startColumn"],
                                       d["endLine"], d["endColumn"]),
                      repr(rep["insertedContent"]["text"]),
                      fix["description"]["text"])
