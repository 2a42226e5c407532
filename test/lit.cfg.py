# lit configuration for tlslint's end-to-end tests.
import os
import sys

import lit.formats

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "utils"))
import sanitizers  # noqa: E402

config.name = "tlslint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".mm", ".test"]
config.excludes = ["Inputs", "unit", "utils", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.tlslint_obj_root, "test")

# LLVM's own tools (FileCheck, not, split-file) and clang-tidy of the major we
# build against come first; /usr/bin/clang-tidy is another major.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", "")])
# Before them, this build's tlslint and clang-tidy-tlslint: the recipes of
# docs/integration.md (test/integration/) run them from PATH, as a user's
# hooks and CI jobs do. Other tests name them by their full path.
config.environment["PATH"] = os.pathsep.join(
    [os.path.join(config.tlslint_obj_root, "bin"),
     config.environment["PATH"]])
for var in ("HOME", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

sanitizers.configure(config)

plugin = os.path.join(config.tlslint_obj_root, "lib", "libtlslint-tidy.so")
tlslint = os.path.join(config.tlslint_obj_root, "bin", "tlslint")
clang_tidy = sanitizers.preload_host(
    config, os.path.join(config.llvm_tools_dir, "clang-tidy"))
config.environment["TLSLINT_CLANG_TIDY"] = clang_tidy
config.environment["TLSLINT_PLUGIN"] = plugin
config.environment["TLSLINT_BIN"] = tlslint
config.environment["TLSLINT_FILECHECK"] = os.path.join(
    config.llvm_tools_dir, "FileCheck")

check_tls = os.path.join(config.test_source_root, "utils", "check_tls.py")
config.substitutions.append(
    ("%check_tls", "%s %s" % (config.python_executable, check_tls)))
# Optional hosts for tests that need another LLVM major's clang-tidy, and
# clang-tidy without a preloaded runtime. They come first: lit substitutes in
# order, and %clang_tidy is a prefix.
config.substitutions.append(
    ("%clang_tidy_bare", os.path.join(config.llvm_tools_dir, "clang-tidy")))
# clang-tidy with the plugin loaded, for editors (tools/clang-tidy-tlslint).
config.substitutions.append(
    ("%clang_tidy_tlslint",
     os.path.join(config.tlslint_obj_root, "bin", "clang-tidy-tlslint")))
# The LLVM majors tlslint builds against (TLSLINT_LLVM_MAJOR), and this
# build's, for FileCheck -D in tests whose text names it.
SUPPORTED_MAJORS = (19, 22)
config.substitutions.append(("%llvm_major", str(config.llvm_major)))
for major in (14, 19, 22):
    other = "/usr/lib/llvm-%d/bin/clang-tidy" % major
    if major == config.llvm_major or not os.path.exists(other):
        continue
    config.available_features.add("clang-tidy-%d" % major)
    config.substitutions.append(("%%clang_tidy%d" % major,
                                 sanitizers.preload_host(config, other)))
    # The other major tlslint itself builds for (19 <-> 22): what a user
    # with both builds side by side can mix up.
    if major in SUPPORTED_MAJORS:
        config.available_features.add("clang-tidy-other-major")
        config.substitutions.append(("%clang_tidy_other_major",
                                     sanitizers.preload_host(config, other)))

# OpenJDK's jni.h, for the JNI checks' tests.
import glob
jni_dirs = sorted(glob.glob("/usr/lib/jvm/java-*-openjdk-*/include"))
if jni_dirs:
    config.available_features.add("jni")
    config.substitutions.append(("%jni_include", jni_dirs[0]))

# Keys generated at test time and pasted into C/C++ test sources; no private
# key is committed.
config.substitutions.append(("%make_keys", "%s %s" % (
    config.python_executable,
    os.path.join(config.test_source_root, "utils", "make_keys.py"))))
config.substitutions.append(("%embed_keys", "%s %s" % (
    config.python_executable,
    os.path.join(config.test_source_root, "utils", "embed_keys.py"))))
# JDK's keytool writes the JKS key stores of the key-file tests.
import shutil
if shutil.which("keytool"):
    config.available_features.add("keytool")

config.substitutions.append(("%tlslint", tlslint))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%clang_tidy", clang_tidy))
config.substitutions.append(("%src_root", config.tlslint_src_root))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(
    ("%expect_exit", "%s %s" % (config.python_executable, os.path.join(
        config.test_source_root, "utils", "expect_exit.py"))))


# Report checkers: Microsoft's SARIF validator (installed from npm into the
# build directory by scripts/setup-npm.sh) and headless Chromium.
sarif_multitool = os.path.join(config.tlslint_obj_root, "npm", "node_modules",
                               "@microsoft", "sarif-multitool-linux",
                               "Sarif.Multitool")
config.substitutions.append(("%sarif_validate", "%s %s %s" % (
    config.python_executable,
    os.path.join(config.test_source_root, "utils", "sarif_validate.py"),
    sarif_multitool)))
config.substitutions.append(("%html_check", "%s %s" % (
    config.python_executable,
    os.path.join(config.test_source_root, "utils", "html_check.py"))))

# The fuzz targets (fuzz/): replaying their seeds and crash inputs works in
# every build; fuzzing needs libFuzzer (-DTLSLINT_FUZZ=ON) and runs
# $TLSLINT_CHECK_FUZZ_SECONDS (default 5) per target in `check`.
if config.tlslint_fuzz:
    config.available_features.add("libfuzzer")
config.substitutions.append(("%run_fuzzers", "%s %s --bin-dir %s --seeds %s" % (
    config.python_executable,
    os.path.join(config.tlslint_src_root, "fuzz", "run_fuzzers.py"),
    os.path.join(config.tlslint_obj_root, "bin"),
    os.path.join(config.tlslint_obj_root, "fuzz", "seeds"))))
config.substitutions.append(
    ("%fuzz_seconds", os.environ.get("TLSLINT_CHECK_FUZZ_SECONDS", "5")))


# The editor and CI recipes of docs/integration.md: %recipe NAME prints one
# of its code blocks, with this build in place of /path/to/tlslint/build and
# this build's clang-tidy in place of clang-tidy-19.
config.substitutions.append((
    "%recipe", "%s %s %s --build %s --llvm-major %d" % (
    config.python_executable,
    os.path.join(config.test_source_root, "utils", "doc_snippet.py"),
    os.path.join(config.tlslint_src_root, "docs", "integration.md"),
    config.tlslint_obj_root, config.llvm_major)))
# The editors and hook runners those recipes are for, from Debian's packages
# (scripts/packages.txt); a machine without them skips their tests.
if shutil.which("vim") and os.path.exists("/usr/share/vim-ale/plugin/ale.vim"):
    config.available_features.add("vim-ale")
if shutil.which("emacs") and glob.glob(
        "/usr/share/emacs/site-lisp/elpa-src/flycheck-*/flycheck.el"):
    config.available_features.add("flycheck")
if shutil.which("pre-commit") and shutil.which("git"):
    config.available_features.add("pre-commit")
