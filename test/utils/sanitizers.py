"""Sanitizer settings shared by the lit configurations of a build made with
-DTLSLINT_SANITIZE=ON; a no-op in other builds."""

import os


def configure(config):
    if not config.tlslint_sanitize:
        return
    config.available_features.add("sanitize")
    symbolizer = os.path.join(config.llvm_tools_dir, "llvm-symbolizer")
    common = [
        # A report aborts (SIGABRT) instead of exiting 1: tests expect exit
        # code 1 for findings and `not` accepts any failure, but no test
        # accepts a signal.
        "abort_on_error=1",
        "halt_on_error=1",
        "print_stacktrace=1",
        "external_symbolizer_path=" + symbolizer,
    ]
    config.environment["ASAN_OPTIONS"] = ":".join(
        common + ["detect_leaks=1", "strict_string_checks=1",
                  "check_initialization_order=1"])
    config.environment["UBSAN_OPTIONS"] = ":".join(common)


def preload_host(config, host):
    """The command that runs a clang-tidy binary which is to load our
    sanitized plugin: the plugin links no runtime, clang-tidy has none, so the
    shared ASan runtime (UBSan's handlers included) is preloaded."""
    if not config.tlslint_sanitize:
        return host
    return "env LD_PRELOAD=%s %s" % (config.asan_runtime, host)
