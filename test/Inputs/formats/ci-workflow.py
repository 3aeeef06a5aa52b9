# Checks the GitHub Actions workflow in docs/ci.md: it is valid YAML, uploads the SARIF
# file that its dpccheck step writes, and that step's command line works: it is run on
# the example driver (exit 1: its planted findings) and writes a SARIF log.
# usage: ci-workflow.py CI.md DPCCHECK EXAMPLES-DIR WORKDIR
import json
import os
import re
import shlex
import subprocess
import sys

import yaml

doc, dpccheck, examples, work = sys.argv[1:5]
block = re.search(r'```yaml\n(.*?)```', open(doc).read(), re.S).group(1)
flow = yaml.safe_load(block)
steps = flow['jobs']['dpccheck']['steps']
upload = [s for s in steps if s.get('uses', '').startswith('github/codeql-action/upload-sarif@')]
assert len(upload) == 1 and upload[0]['with']['sarif_file'] == 'dpccheck.sarif', upload
assert flow['permissions']['security-events'] == 'write'
runs = [line for s in steps for line in s.get('run', '').splitlines() if 'build/dpccheck ' in line]
assert len(runs) == 1, runs
argv = shlex.split(runs[0].split('||')[0])
argv = [dpccheck if a.endswith('build/dpccheck') else a for a in argv]
argv[argv.index('-p') + 1] = examples
os.makedirs(work, exist_ok=True)
status = subprocess.run(argv, cwd=work, stderr=subprocess.DEVNULL).returncode
assert status == 1, (argv, status)
log = json.load(open(os.path.join(work, 'dpccheck.sarif')))
assert log['version'] == '2.1.0' and log['runs'][0]['results'], log
print('workflow ok: %s' % ' '.join(os.path.basename(a) for a in argv))
