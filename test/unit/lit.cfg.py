# lit configuration for the GoogleTest unit tests of lib/.
import os

import lit.formats

config.name = "tlslint-unit"
config.test_format = lit.formats.GoogleTest(".", "Tests")
config.test_source_root = config.tlslint_unit_dir
config.test_exec_root = config.tlslint_unit_dir
