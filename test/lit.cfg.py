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
config.substitutions.append(('%clang', os.path.join(llvm_bin, 'clang')))
config.environment['PATH'] = os.pathsep.join([llvm_bin, config.environment.get('PATH', '/usr/bin:/bin')])
import shutil
if shutil.which('git'):
    config.available_features.add('git')
# ASan/UBSan builds: fail on any report (the CI runs the suite under both builds).
config.environment['ASAN_OPTIONS'] = 'detect_leaks=1:abort_on_error=0:exitcode=86'
config.environment['UBSAN_OPTIONS'] = 'print_stacktrace=1:halt_on_error=1:exitcode=86'
