# Checks that the text, JSON, SARIF and GitHub reports of one run hold the same findings
# in the same order (RULES.md): (file, line, rule, message) of each, in report order.
# Text and JSON columns are bytes, SARIF and GitHub code points, so columns are compared
# only between text and JSON.
# usage: same-findings.py TEXT JSON SARIF GITHUB
import json
import re
import sys

text, js, sarif, github = sys.argv[1:5]

def base(path):
    return path.rsplit('/', 1)[-1]

from_text = []
for line in open(text, encoding='utf-8'):
    m = re.match(r'(.*):(\d+):(\d+): (warning|error): (.*?)(?: \[([a-z-]+)\])?$', line.rstrip('\n'))
    if m:
        from_text.append((base(m[1]), int(m[2]), int(m[3]), m[6], m[5]))
from_json = [(base(f['file']), f['line'], f['column'], f['rule'], f['message'])
             for f in json.load(open(js))['findings']]
from_sarif = []
for r in json.load(open(sarif))['runs'][0]['results']:
    loc = r['locations'][0]['physicalLocation']
    rule = None if r['ruleId'] == 'dpccheck-unknown-rule' else r['ruleId']
    from_sarif.append((base(loc['artifactLocation']['uri']), loc['region']['startLine'], rule,
                       r['message']['text']))
from_github = []
for line in open(github, encoding='utf-8'):
    m = re.match(r'::(warning|error) file=([^,]*),line=(\d+),.*title=([^:]*)::(.*)$', line.rstrip('\n'))
    if m:
        unescape = lambda s: s.replace('%0A', '\n').replace('%0D', '\r').replace('%3A', ':').replace('%2C', ',').replace('%25', '%')
        rule = None if m[4] == 'dpccheck' else m[4]
        from_github.append((base(unescape(m[2])), int(m[3]), rule, unescape(m[5]).split('\n')[0]))

assert from_text, 'no findings in the text report'
assert from_text == from_json, (from_text, from_json)
short = [(f, l, r, msg) for f, l, c, r, msg in from_text]
assert short == from_sarif, (short, from_sarif)
assert short == from_github, (short, from_github)
print('same %d findings in every format' % len(from_text))
