# Prints a dpccheck JSON or SARIF report with the parts that vary between machines and
# releases replaced, so it can be diffed against a golden file: the absolute source
# root, the version, and (SARIF) each rule's descriptions and help, which come from
# docs/rules/ and are checked on their own (sarif.test).
# usage: normalize.py json|sarif FILE ROOT
import json
import os
import sys

kind, path, root = sys.argv[1:4]
root = os.path.realpath(root)
doc = json.load(open(path))
if kind == 'json':
    doc['version'] = 'VERSION'
else:
    run = doc['runs'][0]
    driver = run['tool']['driver']
    driver['version'] = driver['semanticVersion'] = 'VERSION'
    driver['rules'] = [{'id': r['id'], 'level': r['defaultConfiguration']['level'], 'helpUri': r['helpUri']}
                       for r in driver['rules']]
    text = json.dumps(doc)
    doc = json.loads(text.replace('file://' + root.rstrip('/') + '/', 'file:///ROOT/'))
print(json.dumps(doc, indent=2, ensure_ascii=False))
