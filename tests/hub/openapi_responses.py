#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates the hub's answers against its OpenAPI document with a real JSON Schema validator.

Usage:
  openapi_responses.py OPENAPI.json --serve
      One process for a whole test: reads one JSON object a line on stdin, either an answer
        {"method": "GET", "template": "/results", "status": 200,
         "content_type": "application/json", "headers": {"etag": "..."}, "body": "<text>",
         "where": "<request, for the message>"}
      or {"sync": N}, which is answered on stdout with one line {"done": N, "problems": [...]}
      listing every problem found since the previous sync. First line out: {"ready": ...}.
  openapi_responses.py OPENAPI.json --check ANSWERS.jsonl
      The same records from a file; a record may say what it expects ("expect": "valid" or
      "invalid", "expect_problem": "<text the problem must contain>"; "json": {...} instead of
      "body": "<text>"; lines starting with // are comments). Exit 1 when any record
      is not as expected (or, without expectations, has a problem). The validator's self-test.

"template" is the OpenAPI path key (without the server's base path) the request matched.
The answer is looked up as OpenAPI says: the operation, the status (exact, then 4XX, then
default, following $ref into components.responses), the media type; a JSON body is validated
against that schema with jsonschema (Debian python3-jsonschema): OpenAPI 3.1 schemas are JSON
Schema 2020-12; a 3.0 document's schemas are read as draft 4 with `nullable` turned into a
"null" type. Formats are asserted (date-time, date, uuid, uri), not just annotated. Headers
the document marks `required` must be there.
"""
import copy
import datetime
import json
import re
import sys
import urllib.parse

try:
    import jsonschema
    from jsonschema import Draft202012Validator, Draft4Validator, FormatChecker
except ImportError:
    sys.exit("openapi_responses: error: the Python jsonschema module is missing "
             "(Debian: apt-get install python3-jsonschema)")

BASE = "urn:stadtlabor:openapi"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _formats():
    checker = FormatChecker(formats=())
    rfc3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", re.IGNORECASE)

    @checker.checks("date-time", raises=ValueError)
    def date_time(value):
        if not isinstance(value, str):
            return True
        if not rfc3339.match(value):
            raise ValueError("not an RFC 3339 date-time")
        datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        return True

    @checker.checks("date", raises=ValueError)
    def date(value):
        if not isinstance(value, str):
            return True
        if not re.match(r"^\d{4}-\d\d-\d\d$", value):
            raise ValueError("not a full-date")
        datetime.date.fromisoformat(value)
        return True

    @checker.checks("uuid")
    def uuid(value):
        return not isinstance(value, str) or re.match(
            r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", value) is not None

    @checker.checks("uri")
    def uri(value):
        if not isinstance(value, str):
            return True
        parts = urllib.parse.urlsplit(value)
        return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*$", parts.scheme)) and not re.search(r"\s", value)

    return checker


def _nullable_to_type(schema):
    """OpenAPI 3.0's `nullable: true` as JSON Schema says it: "null" among the types."""
    if isinstance(schema, list):
        return [_nullable_to_type(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _nullable_to_type(v) for k, v in schema.items()}
    if out.pop("nullable", False) is True:
        if "type" in out:
            types = out["type"] if isinstance(out["type"], list) else [out["type"]]
            out["type"] = types + ["null"]
        elif "$ref" in out or "allOf" in out or "oneOf" in out or "anyOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _pointer(*parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _where(path):
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (("." if out else "") + str(part))
    return out or "(body)"


def _short(text, limit=300):
    text = str(text)
    return text if len(text) <= limit else text[:limit] + " ..."


class Spec:
    def __init__(self, doc):
        version = str(doc.get("openapi", ""))
        self.problems = []  # problems of the document itself
        if version.startswith("3.1"):
            self.cls = Draft202012Validator
            self.doc = doc
            for where, _ in self._walk(doc.get("components", {}).get("schemas", {}), "#/components/schemas"):
                if "nullable" in where:
                    self.problems.append(f"{where}: `nullable` has no meaning in OpenAPI 3.1; use type: [..., \"null\"]")
        elif version.startswith("3.0"):
            self.cls = Draft4Validator
            self.doc = copy.deepcopy(doc)
            comps = self.doc.get("components", {})
            if "schemas" in comps:
                comps["schemas"] = _nullable_to_type(comps["schemas"])
            self.doc["paths"] = _nullable_to_type(self.doc.get("paths", {}))
        else:
            raise ValueError(f"unsupported OpenAPI version {version!r} (3.0.x or 3.1.x)")
        self.formats = _formats()
        self.validators = {}
        for name, schema in doc.get("components", {}).get("schemas", {}).items():
            try:
                self.cls.check_schema(schema)
            except jsonschema.SchemaError as e:
                self.problems.append(f"#/components/schemas/{name}: not a valid schema: {_short(e.message)}")

    def _walk(self, node, where):
        if isinstance(node, dict):
            for k, v in node.items():
                yield from self._walk(v, where + _pointer(k))
            yield where, node
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from self._walk(v, where + _pointer(i))

    def _resolve(self, node, pointer):
        """Follows $ref (local ones) to the object; returns (object, its pointer)."""
        for _ in range(16):
            if not isinstance(node, dict) or "$ref" not in node:
                return node, pointer
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"{pointer}: only local $ref is supported, not {ref}")
            node = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            pointer = ref[1:]
        raise ValueError(f"{pointer}: $ref chain too long")

    def validator(self, pointer):
        v = self.validators.get(pointer)
        if v is None:
            schema = {"$ref": BASE + "#" + pointer}
            try:  # jsonschema >= 4.18
                from referencing import Registry
                from referencing.jsonschema import DRAFT4, DRAFT202012
                spec = DRAFT202012 if self.cls is Draft202012Validator else DRAFT4
                registry = Registry().with_resource(BASE, spec.create_resource(self.doc))
                v = self.cls(schema, registry=registry, format_checker=self.formats)
            except ImportError:  # Debian 12: 4.10
                resolver = jsonschema.RefResolver(base_uri=BASE, referrer=self.doc)
                v = self.cls(schema, resolver=resolver, format_checker=self.formats)
            self.validators[pointer] = v
        return v

    def operations(self):
        return sum(1 for item in self.doc.get("paths", {}).values() for m in METHODS if m in item)

    def check(self, record):
        method = str(record.get("method", "")).lower()
        template = record.get("template", "")
        status = int(record.get("status", 0))
        name = f"{method.upper()} {template} {status}"
        paths = self.doc.get("paths", {})
        if template not in paths:
            return [f"OpenAPI: no path {template}"] if status != 404 else []
        item, item_ptr = self._resolve(paths[template], _pointer("paths", template))
        if method not in item:
            # The hub answers 405 for a method the path does not have; that is all it may say.
            return [] if status == 405 else [f"OpenAPI: {method.upper()} {template} is not documented, "
                                              f"but the hub answered {status}"]
        responses = item[method].get("responses", {})
        key = next((k for k in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default")
                    if k in responses), None)
        if key is None:
            return [f"OpenAPI: {method.upper()} {template} documents {', '.join(responses)}, not {status}"]
        response, response_ptr = self._resolve(
            responses[key], item_ptr + _pointer(method, "responses", key))

        problems = []
        headers = {k.lower(): v for k, v in (record.get("headers") or {}).items()}
        for hname, header in (response.get("headers") or {}).items():
            header, _ = self._resolve(header, "")
            if header.get("required") and hname.lower() not in headers:
                problems.append(f"OpenAPI: {name}: required header {hname} is missing")

        body = record.get("body", "")
        content = response.get("content") or {}
        if status == 304 or record.get("method", "").upper() == "HEAD":
            return problems
        if not content:
            if body:
                problems.append(f"OpenAPI: {name} documents no body, but one came")
            return problems
        media = str(record.get("content_type", "")).split(";")[0].strip().lower()
        if media not in content:
            problems.append(f"OpenAPI: {name} documents {', '.join(content)}, the hub sent {media or 'no type'}")
            return problems
        schema_ptr = response_ptr + _pointer("content", media, "schema")
        if "schema" not in content[media] or not (media == "application/json" or media.endswith("+json")):
            return problems
        if body == "":
            problems.append(f"OpenAPI: {name} documents a {media} body, none came")
            return problems
        try:
            instance = json.loads(body, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
        except ValueError as e:
            problems.append(f"OpenAPI: {name}: the body is not JSON: {_short(e)}")
            return problems
        for error in sorted(self.validator(schema_ptr).iter_errors(instance), key=lambda e: list(e.absolute_path)):
            text = f"OpenAPI: {name}: {_where(error.absolute_path)}: {_short(error.message)}"
            if error.context:
                # The deepest problem of an alternative tells most (an object that fails the
                # object branch deep inside says more than "is not of type 'null'").
                best = max(error.context, key=lambda e: (len(e.relative_path), e.validator != "type"))
                text += f" (closest: {_where(list(error.absolute_path) + list(best.relative_path))}: {_short(best.message)})"
            problems.append(text + f" [schema {'/'.join(str(p) for p in error.absolute_schema_path)}]")
        return problems


def _with_where(problems, record):
    where = record.get("where")
    return [f"{p}  [{where}]" if where else p for p in problems]


def serve(spec):
    out = sys.stdout
    out.write(json.dumps({"ready": spec.operations(), "document_problems": spec.problems}) + "\n")
    out.flush()
    pending = []
    while True:
        line = sys.stdin.readline()
        if not line:
            return 0
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if "sync" in record:
                out.write(json.dumps({"done": record["sync"], "problems": pending}) + "\n")
                out.flush()
                pending = []
                continue
            pending += _with_where(spec.check(record), record)
        except Exception as e:  # a broken record is a problem to report, not a crash
            pending.append(f"openapi_responses: cannot check {_short(line)}: {type(e).__name__}: {_short(e)}")


def check_file(spec, path):
    failures = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            record = json.loads(line)
            if "json" in record:  # a body written as JSON, not as a string of JSON
                record["body"] = json.dumps(record["json"])
            problems = spec.check(record)
            expect = record.get("expect", "valid")
            wanted = record.get("expect_problem")
            ok = (not problems) if expect == "valid" else bool(problems)
            if ok and wanted:
                ok = any(wanted in p for p in problems)
            label = f"{path}:{number}: {record.get('method')} {record.get('template')} {record.get('status')}"
            if ok:
                print(f"ok   {label}: {'; '.join(problems) if problems else 'valid'}")
            else:
                failures += 1
                print(f"FAIL {label}: expected {expect}"
                      f"{' with ' + repr(wanted) if wanted else ''}, got: {problems or 'valid'}")
    if spec.problems:
        failures += len(spec.problems)
        print("document problems:\n  " + "\n  ".join(spec.problems))
    print(f"{failures} unexpected results")
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[2] == "--serve":
        mode = "serve"
    elif len(argv) == 4 and argv[2] == "--check":
        mode = "check"
    else:
        sys.exit("usage: openapi_responses.py OPENAPI.json --serve | --check ANSWERS.jsonl")
    with open(argv[1], encoding="utf-8") as f:
        spec = Spec(json.load(f))
    return serve(spec) if mode == "serve" else check_file(spec, argv[3])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
