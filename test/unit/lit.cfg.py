# lit configuration for the GoogleTest unit tests of lib/.
import os
import sys

import lit.formats

sys.path.insert(0, os.path.join(config.tlslint_src_root, "test", "utils"))
import sanitizers  # noqa: E402

config.name = "tlslint-unit"
config.test_format = lit.formats.GoogleTest(".", "Tests")
config.test_source_root = config.tlslint_unit_dir
config.test_exec_root = config.tlslint_unit_dir
sanitizers.configure(config)
