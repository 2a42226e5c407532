"""The C++ sources under some folders of a tree, for the layering scripts."""
import os
import re

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)


def sources(root, tops):
    """Yields (repository-relative path, text) of each .h, .cpp and .def file
    under the folders tops of root, in a stable order."""
    for top in tops:
        for base, subdirs, names in os.walk(os.path.join(root, top)):
            subdirs.sort()
            for name in sorted(names):
                if name.endswith((".h", ".cpp", ".def")):
                    path = os.path.join(base, name)
                    with open(path, encoding="utf-8") as f:
                        yield (os.path.relpath(path, root).replace(os.sep, "/"),
                               f.read())


def includes(text):
    """(line, included name) of each #include in text."""
    for match in INCLUDE.finditer(text):
        yield text.count("\n", 0, match.start()) + 1, match.group(1)
