"""Runs the shell steps of a CI recipe from docs/integration.md in a project
directory, the way the CI service would, and checks the reports it hands to
the service exist. Nothing is fetched: `uses:` steps are not run, only the
files they would upload are looked for.

Usage: run_ci_recipe.py github WORKFLOW.yml PROJECT_DIR
       run_ci_recipe.py gitlab GITLAB_CI.yml PROJECT_DIR

Prints one line per step (GitHub) or per job (GitLab) with its outcome, and
one line per report file the service would read ("report KIND FILE"), so a
test can validate those files. Steps run with bash as both services run
them: GitHub with -eo pipefail and $GITHUB_ENV carried to later steps,
stopping at a failure except for `if: always()`; GitLab each script line in
turn, stopping at the first that fails, artifacts kept per `when:`.
"""
import glob
import os
import subprocess
import sys

import yaml


def bash(script, cwd, env, flags):
    return subprocess.run(["bash", "--noprofile", "--norc"] + flags +
                          ["-c", script], cwd=cwd, env=env).returncode


def github(workflow, project):
    (name, job), = workflow["jobs"].items()
    perms = job.get("permissions", {})
    print("job %s: security-events=%s" % (name, perms.get("security-events")))
    env = dict(os.environ)
    env_file = os.path.join(project, ".github_env")
    open(env_file, "w").close()
    env["GITHUB_ENV"] = env_file
    failed = False
    for step in job["steps"]:
        label = step.get("name") or step.get("uses")
        if failed and "always()" not in str(step.get("if", "")):
            print("step %s: skipped" % label)
            continue
        if "run" in step:
            # Variables earlier steps wrote to $GITHUB_ENV.
            for line in open(env_file):
                key, sep, value = line.rstrip("\n").partition("=")
                if sep:
                    env[key] = value
            code = bash(step["run"], project, env, ["-eo", "pipefail"])
            failed |= code != 0
            print("step %s: %s" % (label, "ok" if code == 0 else
                                    "failed (%d)" % code))
            continue
        uses = step["uses"].split("@")[0]
        args = step.get("with", {})
        if uses.endswith("/upload-sarif"):
            report("sarif", project, args["sarif_file"])
            print("step %s: category %s" % (label, args.get("category")))
        elif uses.endswith("/upload-artifact"):
            report("artifact", project, args["path"])
        else:
            print("step %s: not run" % label)


def gitlab(pipeline, project):
    for name, job in pipeline.items():
        if not isinstance(job, dict) or "script" not in job:
            continue
        code = 0
        for line in job["script"]:
            code = bash(line, project, dict(os.environ), ["-e"])
            if code:
                break
        print("job %s: %s" % (name, "ok" if code == 0 else
                              "failed (%d)" % code))
        artifacts = job.get("artifacts", {})
        when = artifacts.get("when", "on_success")
        if when == "always" or (when == "on_success") == (code == 0):
            for kind, paths in artifacts.get("reports", {}).items():
                for path in paths if isinstance(paths, list) else [paths]:
                    report(kind, project, path)
            for path in artifacts.get("paths", []):
                report("artifact", project, path)


def report(kind, project, pattern):
    found = sorted(glob.glob(os.path.join(project, pattern)))
    if not found:
        print("report %s %s: missing" % (kind, pattern))
    for path in found:
        print("report %s %s" % (kind, path))


service, recipe, project = sys.argv[1:]
sys.stdout.reconfigure(line_buffering=True)
{"github": github, "gitlab": gitlab}[service](
    yaml.safe_load(open(recipe, encoding="utf-8")), project)
