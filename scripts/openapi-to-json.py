#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts the OpenAPI description (YAML) to JSON for the tests.

Usage: openapi-to-json.py IN.yaml OUT.json

The YAML is read as YAML 1.2 core would read it for the values the hub's description uses:
PyYAML follows YAML 1.1, so a value that YAML 1.1 alone turns into a number, boolean or date
(30_44, yes, 2026-11-27 ...) is refused, not silently converted; quote such values in the YAML.
The output is written atomically (a temporary file renamed into place).
"""
import json
import os
import re
import sys
import tempfile

try:
    import yaml
except ImportError:
    sys.exit("openapi-to-json: error: the Python yaml module is missing (Debian: apt-get install python3-yaml)")


class Loader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps as strings and flags YAML 1.1-only scalars."""


# YAML 1.1 int/float/bool forms that YAML 1.2 core reads as strings.
_YAML11_ONLY = re.compile(
    r"^(?:[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?"      # underscores: 30_44, 1_000
    r"|[-+]?0[0-7]+"                                     # 1.1 octal: 0755
    r"|[-+]?0b[01_]+"                                    # binary
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"  # sexagesimal: 1:20
    r"|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$"
)


class Yaml11Error(ValueError):
    pass


def _checked(tag_constructor):
    def construct(loader, node):
        if node.style is None and _YAML11_ONLY.match(node.value):
            raise Yaml11Error(
                f"line {node.start_mark.line + 1}: the plain value {node.value!r} means something else in "
                f"YAML 1.1 than in YAML 1.2; quote it")
        return tag_constructor(loader, node)
    return construct


Loader.add_constructor("tag:yaml.org,2002:int", _checked(yaml.SafeLoader.construct_yaml_int))
Loader.add_constructor("tag:yaml.org,2002:float", _checked(yaml.SafeLoader.construct_yaml_float))
Loader.add_constructor("tag:yaml.org,2002:bool", _checked(yaml.SafeLoader.construct_yaml_bool))
# Dates stay text, as in JSON.
Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def main(argv):
    if len(argv) != 3:
        print("usage: openapi-to-json.py IN.yaml OUT.json", file=sys.stderr)
        return 2
    source, target = argv[1], argv[2]
    try:
        with open(source, encoding="utf-8") as f:
            document = yaml.load(f, Loader=Loader)
    except (OSError, yaml.YAMLError, Yaml11Error) as e:
        print(f"openapi-to-json: error: {source}: {e}", file=sys.stderr)
        return 1
    if not isinstance(document, dict) or "openapi" not in document:
        print(f"openapi-to-json: error: {source}: not an OpenAPI document", file=sys.stderr)
        return 1
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    directory = os.path.dirname(os.path.abspath(target))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".openapi-", suffix=".json", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as e:
        os.unlink(tmp)
        print(f"openapi-to-json: error: {target}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
