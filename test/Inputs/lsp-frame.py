#!/usr/bin/env python3
"""Frames and unframes Language Server Protocol sessions for the lit tests.

frame (default): reads a session file (clangd's lit-test style: lines starting with '#'
are RUN/CHECK lines and ignored, messages are separated by lines '---') and writes each
message with its Content-Length header. In a message:
  @ROOT@            becomes the file:// URI of the --root folder (percent-encoded)
  "@TEXT:name@"     becomes the JSON string of the contents of ROOT/name
A message that starts with 'BODY:' is sent as is (malformed JSON), with a correct header;
one that starts with 'RAW:' is written without a header, after Python escapes (\\r\\n) are
decoded: a broken header.

--diagnostics: unframes the same way, then prints the last diagnostics published for
each document, by file name, as the command line prints findings (file:line:column in
bytes, from the file on disk; notes after their finding), to compare the two.

--unframe: reads the server's output, checks every header, and prints each message as
indented JSON (an object or array nested at most two deep stays on one line, whatever
the length of its strings) followed by a line '---'. A framing error is printed and exits 1.
"""
import argparse
import json
import os
import re
import sys
import urllib.parse


def path_uri(path):
    return 'file://' + urllib.parse.quote(os.path.abspath(path), safe='/-._~')


def messages(text):
    lines = [l for l in text.splitlines() if not l.startswith('#')]
    chunk = []
    for l in lines + ['---']:
        if l.strip() == '---':
            body = '\n'.join(chunk).strip()
            if body:
                yield body
            chunk = []
        else:
            chunk.append(l)


def frame(args):
    text = open(args.session, encoding='utf-8').read() if args.session else sys.stdin.read()
    out = []
    root = args.root or '.'
    for m in messages(text):
        m = m.replace('@ROOT@', path_uri(root))
        m = re.sub(r'"@TEXT:([^@]+)@"',
                   lambda g: json.dumps(open(os.path.join(root, g.group(1)), encoding='utf-8').read()), m)
        if m.startswith('RAW:'):
            out.append(m[4:].strip().encode('utf-8').decode('unicode_escape').encode('latin-1'))
            continue
        if m.startswith('BODY:'):
            body = m[5:].strip().encode('utf-8')
        else:
            body = json.dumps(json.loads(m), ensure_ascii=False, separators=(',', ':')).encode('utf-8')
        out.append(b'Content-Length: %d\r\n\r\n' % len(body) + body)
    # one write: the server finds every message already waiting, so it analyzes only
    # when a request needs the results (its debounce), and the output is the same on
    # every run
    sys.stdout.buffer.write(b''.join(out))
    sys.stdout.buffer.flush()


def depth(v):
    if isinstance(v, dict):
        v = list(v.values())
    if not isinstance(v, list):
        return 0
    return 1 + max([depth(x) for x in v] + [0])


def pretty(v, indent=0):
    if depth(v) <= 2:
        return json.dumps(v, ensure_ascii=False)
    pad = ' ' * (indent + 2)
    if isinstance(v, dict):
        items = ['%s%s: %s' % (pad, json.dumps(k, ensure_ascii=False), pretty(x, indent + 2)) for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + ' ' * indent + '}'
    items = [pad + pretty(x, indent + 2) for x in v]
    return '[\n' + ',\n'.join(items) + '\n' + ' ' * indent + ']'


def read_messages():
    data = sys.stdin.buffer.read()
    pos = 0
    while pos < len(data):
        m = re.match(rb'Content-Length: (\d+)\r\n\r\n', data[pos:])
        if not m:
            print('FRAMING ERROR: bad header at byte %d: %r' % (pos, data[pos:pos + 40]))
            sys.exit(1)
        n = int(m.group(1))
        start = pos + m.end()
        body = data[start:start + n]
        if len(body) != n:
            print('FRAMING ERROR: body of %d bytes, header says %d' % (len(body), n))
            sys.exit(1)
        yield json.loads(body.decode('utf-8'))
        pos = start + n


def cli_location(location):
    path = urllib.parse.unquote(location['uri'][len('file://'):])
    start = location['range']['start']
    line = open(path, encoding='utf-8').read().split('\n')[start['line']]
    col = len(line.encode('utf-16-le')[:2 * start['character']].decode('utf-16-le').encode('utf-8')) + 1
    return '%s:%d:%d' % (os.path.basename(path), start['line'] + 1, col)


def diagnostics(_args):
    last = {}
    for msg in read_messages():
        if msg.get('method') == 'textDocument/publishDiagnostics':
            last[msg['params']['uri']] = msg['params']['diagnostics']
    for uri in sorted(last, key=lambda u: os.path.basename(u)):
        for d in last[uri]:
            kind = {1: 'error', 2: 'warning'}.get(d.get('severity'), 'info')
            code = ' [%s]' % d['code'] if 'code' in d else ''
            print('%s: %s: %s%s' % (cli_location({'uri': uri, 'range': d['range']}), kind, d['message'], code))
            for r in d.get('relatedInformation', []):
                print('%s: note: %s' % (cli_location(r['location']), r['message']))


def unframe(_args):
    data = sys.stdin.buffer.read()
    pos = 0
    while pos < len(data):
        m = re.match(rb'Content-Length: (\d+)\r\n\r\n', data[pos:])
        if not m:
            print('FRAMING ERROR: bad header at byte %d: %r' % (pos, data[pos:pos + 40]))
            sys.exit(1)
        n = int(m.group(1))
        start = pos + m.end()
        body = data[start:start + n]
        if len(body) != n:
            print('FRAMING ERROR: body of %d bytes, header says %d' % (len(body), n))
            sys.exit(1)
        print(pretty(json.loads(body.decode('utf-8'))))
        print('---')
        pos = start + n


def main():
    p = argparse.ArgumentParser()
    p.add_argument('session', nargs='?')
    p.add_argument('--root')
    p.add_argument('--unframe', action='store_true')
    p.add_argument('--diagnostics', action='store_true')
    args = p.parse_args()
    if args.diagnostics:
        diagnostics(args)
    elif args.unframe:
        unframe(args)
    else:
        frame(args)


if __name__ == '__main__':
    main()
