# lit configuration for dpccheck's tests: FileCheck tests run through the shell.
# Parameters (set by CMake's `lit` test): dpccheck (the binary), llvm_bin (where
# FileCheck, not and split-file live), clang_resource_dir.
import os
import lit.formats

config.name = 'dpccheck'
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = ['.c', '.cpp', '.test']
config.excludes = ['Inputs', 'unit', 'lit.cfg.py']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(lit_config.params.get('build_dir', '/tmp'), 'dpccheck-lit')

dpccheck = lit_config.params.get('dpccheck')
llvm_bin = lit_config.params.get('llvm_bin')
if not dpccheck or not llvm_bin:
    lit_config.fatal('run lit with --param dpccheck=PATH --param llvm_bin=DIR (ctest does)')

root = os.path.dirname(config.test_source_root)
config.substitutions.append(('%dpccheck', dpccheck))
config.substitutions.append(('%inputs', os.path.join(config.test_source_root, 'Inputs')))
config.substitutions.append(('%examples', os.path.join(root, 'examples')))
config.substitutions.append(('%wdk', os.path.join(root, 'rules', 'wdk')))
config.substitutions.append(('%resource_dir', lit_config.params.get('clang_resource_dir', '')))
config.substitutions.append(('%hook', os.path.join(root, 'tools', 'git-pre-commit')))
config.substitutions.append(('%gen_driver', os.path.join(root, 'tools', 'bench', 'gen-driver')))
config.substitutions.append(('%clang', os.path.join(llvm_bin, 'clang')))
config.environment['PATH'] = os.pathsep.join([llvm_bin, config.environment.get('PATH', '/usr/bin:/bin')])
# The sanitizer builds: their allocator is not glibc's (checker/memtune.c leaves it be).
try:
    with open(os.path.join(lit_config.params.get('build_dir', ''), 'CMakeCache.txt')) as f:
        if 'DPCCHECK_SANITIZE:BOOL=ON' in f.read():
            config.available_features.add('sanitized')
except OSError:
    pass
import shutil
if shutil.which('git'):
    config.available_features.add('git')
# ASan/UBSan builds: fail on any report (the CI runs the suite under both builds).
# use_sigaltstack=0: writing a precompiled header (clang_saveTranslationUnit, cx.c)
# makes LLVM install its own alternate signal stack on the thread, which ASan then fails
# to unmap at the thread's exit ("AddressSanitizer failed to deallocate ... unable to
# unmap", exit 86, in one run of three of `-p examples -j2`; never with --no-pch).
config.environment['ASAN_OPTIONS'] = 'detect_leaks=1:abort_on_error=0:exitcode=86:use_sigaltstack=0'
config.environment['UBSAN_OPTIONS'] = 'print_stacktrace=1:halt_on_error=1:exitcode=86'
# LeakSanitizer's tracer crashes reading the dynamic TLS block of a dlopen'ed library
# ("DTLS 5 at 0x39a-0x80000149c ... Tracer caught signal 11 ... LeakSanitizer has
# encountered a fatal error"): libclang and LLVM arrive with dpccheck-cx.so. It happens
# for some units and working directories, always the same ones. use_tls=0 keeps leak
# detection but does not take thread-local storage as roots, which avoids the read
# (LSan then suppresses what only __tls_get_addr holds, silently: print_suppressions=0).
config.environment['LSAN_OPTIONS'] = 'use_tls=0:print_suppressions=0'

# Validators of dpccheck's machine-readable output (tools/setup installs them):
# Microsoft's SARIF validator from the npm package @microsoft/sarif-multitool, with the
# official SARIF 2.1.0 schema it ships; python3-jsonschema for the schemas. A test that
# needs one is UNSUPPORTED (reported, never silently passed) when it is missing.
import glob
import subprocess
import sys
sarif_dirs = glob.glob(os.path.join(root, 'build', 'tools', 'node_modules', '@microsoft',
                                    'sarif-multitool-linux'))
if sarif_dirs:
    tool = os.path.join(sarif_dirs[0], 'Sarif.Multitool')
    env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT='1')
    try:
        ok = subprocess.run([tool, '--version'], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, timeout=120).returncode == 0
    except (OSError, subprocess.SubprocessError):
        ok = False
    if ok:
        config.available_features.add('sarif-multitool')
        config.substitutions.append(('%sarif_multitool', tool))
    config.substitutions.append(('%sarif_schema', os.path.join(sarif_dirs[0], 'sarif-2.1.0.json')))
    if os.path.exists(os.path.join(sarif_dirs[0], 'sarif-2.1.0.json')):
        config.available_features.add('sarif-schema')
# The .NET runtime inside the validator needs ICU unless told to do without.
config.environment['DOTNET_SYSTEM_GLOBALIZATION_INVARIANT'] = '1'
try:
    import jsonschema  # noqa: F401
    config.available_features.add('jsonschema')
except ImportError:
    pass
try:
    import yaml  # noqa: F401
    config.available_features.add('pyyaml')
except ImportError:
    pass
config.substitutions.append(('%python', sys.executable))
# The validator unpacks its bundled libraries under $TMPDIR (or $HOME/.net).
for var in ('HOME', 'TMPDIR'):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# The IR cache (docs/cache.md): never the user's. Tests that do not name --cache-dir share
# one per build directory, emptied at the start of every run, so a run's first use of a
# unit is cold and nothing carries over from an earlier run or another build.
cache_home = os.path.join(config.test_exec_root, 'xdg-cache')
shutil.rmtree(cache_home, ignore_errors=True)
config.environment['XDG_CACHE_HOME'] = cache_home
# The editor server's end-to-end test drives Neovim's LSP client (Debian: neovim).
if shutil.which('nvim'):
    config.available_features.add('nvim')
