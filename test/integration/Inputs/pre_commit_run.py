"""Commits a project with pre-commit's Git hook installed, as a user of the
pre-commit recipes of docs/integration.md would, offline.

Usage: pre_commit_run.py --config CONFIG.yaml [--hooks-file HOOKS.yaml] DIR

DIR holds the project's files. It becomes a Git repository with CONFIG as
its .pre-commit-config.yaml; `pre-commit install` puts the hook in place and
`git commit` of every file runs it. With --hooks-file, that file is first
committed to a repository of its own beside DIR, and the config's
tlslint repository URL and tag are replaced by that repository's path and
commit, so pre-commit clones it from disk.

Prints the hook's output and then "commit: ok" or "commit: failed".
Nothing outside DIR's parent is written: pre-commit's cache and Git's
configuration are kept there.
"""
import argparse
import os
import subprocess
import sys

URL = "https://github.com/tlslint/tlslint"
TAG = "v0.1.0"

parser = argparse.ArgumentParser()
parser.add_argument("--config", required=True)
parser.add_argument("--hooks-file")
parser.add_argument("dir")
args = parser.parse_args()

project = os.path.abspath(args.dir)
work = os.path.dirname(project)
env = dict(os.environ,
           PRE_COMMIT_HOME=os.path.join(work, "pre-commit-cache"),
           GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1",
           GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
           GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")


def git(cwd, *argv, **kw):
    return subprocess.run(["git", "-c", "commit.gpgsign=false",
                           "-c", "init.defaultBranch=main"] + list(argv),
                          cwd=cwd, env=env, check=True, text=True, **kw)


config = open(args.config, encoding="utf-8").read()
if args.hooks_file:
    hooks = os.path.join(work, "tlslint-hooks")
    os.makedirs(hooks, exist_ok=True)
    with open(os.path.join(hooks, ".pre-commit-hooks.yaml"), "w") as f:
        f.write(open(args.hooks_file, encoding="utf-8").read())
    git(hooks, "init", "-q")
    git(hooks, "add", ".pre-commit-hooks.yaml")
    git(hooks, "commit", "-q", "-m", "hooks")
    rev = git(hooks, "rev-parse", "HEAD", stdout=subprocess.PIPE).stdout
    if URL not in config or TAG not in config:
        sys.exit("%s: no %s at %s to replace" % (args.config, URL, TAG))
    config = config.replace(URL, hooks).replace(TAG, rev.strip())

with open(os.path.join(project, ".pre-commit-config.yaml"), "w") as f:
    f.write(config)
git(project, "init", "-q")
subprocess.run(["pre-commit", "install"], cwd=project, env=env, check=True,
               stdout=subprocess.DEVNULL)
git(project, "add", "-A")
commit = subprocess.run(["git", "-c", "commit.gpgsign=false", "commit", "-q",
                         "-m", "change"], cwd=project, env=env, text=True,
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
sys.stdout.write(commit.stdout)
print("commit: %s" % ("ok" if commit.returncode == 0 else "failed"))
