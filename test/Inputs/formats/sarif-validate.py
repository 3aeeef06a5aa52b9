# Runs Microsoft's SARIF validator (sarif-multitool validate) on a SARIF file with the
# SARIF and GitHub rule sets and fails on any error or warning it reports. The validator
# itself exits 0 whatever it finds, so its own log (SARIF too) is read.
# usage: sarif-validate.py MULTITOOL FILE.sarif WORKDIR
import json
import os
import subprocess
import sys

tool, target, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
log = os.path.join(work, os.path.basename(target) + '.validation.sarif')
if os.path.exists(log):
    os.remove(log)
run = subprocess.run([tool, 'validate', target, '--output', log, '--rule-kind', 'Sarif;Gh'],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
if run.returncode != 0 or not os.path.exists(log):
    sys.exit('validator failed (exit %d):\n%s' % (run.returncode, run.stdout))
problems = [r for r in json.load(open(log))['runs'][0].get('results', [])
            if r.get('level', 'warning') in ('error', 'warning')]
for r in problems:
    print('%s %s: %s' % (r.get('level', 'warning'), r.get('ruleId'), r['message']))
if problems:
    sys.exit(1)
print('valid: %s' % os.path.basename(target))
