# Validates a JSON document against a JSON Schema (python3-jsonschema) and prints every
# violation with its path in the document.
# usage: schema-validate.py SCHEMA.json DOCUMENT.json
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
document = json.load(open(sys.argv[2]))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = sorted(cls(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
for e in errors:
    print('%s: %s' % ('/'.join(str(p) for p in e.absolute_path) or '(root)', e.message))
if errors:
    sys.exit(1)
print('valid: %s' % sys.argv[2].rsplit('/', 1)[-1])
