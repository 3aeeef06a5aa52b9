# Checks the SARIF tool.driver: every rule of --list-rules in its order (ruleIndex points
# into this list), each with a short description, a full description, help that is its
# page docs/rules/<id>.md and a helpUri to that page; each result's ruleIndex names its
# ruleId.
# usage: sarif-rules.py REPORT.sarif LIST-RULES.txt DOCS-DIR
import json
import os
import sys

report, listing, docs = sys.argv[1:4]
run = json.load(open(report))['runs'][0]
rules = run['tool']['driver']['rules']
listed = [line.split()[0] for line in open(listing) if line.strip()]
assert [r['id'] for r in rules] == listed + ['dpccheck-unknown-rule'], [r['id'] for r in rules]
for r in rules[:-1]:
    page = open(os.path.join(docs, r['id'] + '.md'), encoding='utf-8').read()
    assert r['help']['markdown'] == page, r['id']
    assert r['helpUri'] == 'https://github.com/dpccheck/dpccheck/blob/main/docs/rules/%s.md' % r['id']
    assert r['shortDescription']['text'].endswith('.') and len(r['fullDescription']['text']) > 40, r
    assert r['defaultConfiguration']['level'] in ('warning', 'error')
for res in run['results']:
    assert rules[res['ruleIndex']]['id'] == res['ruleId'], res
print('%d rules, %d results' % (len(rules), len(run['results'])))
