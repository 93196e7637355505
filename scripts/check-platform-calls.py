#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a POSIX-only header or call appears in src/ or app/ outside src/platform/.

The kiosk and the hub are meant to build on Windows and macOS too; what only POSIX has
(signals, file modes, fsync, process groups, raw sockets, user ids) lives behind
src/platform/platform.h. Comments and string literals are ignored, so a message may still
say "SIGTERM". Usage: check-platform-calls.py SOURCE_DIR, or --self-test (the check itself,
on code written for it: every bad line found, no good line).
"""
import pathlib
import re
import sys
import tempfile

HEADERS = re.compile(
    r'#\s*include\s*<(unistd\.h|fcntl\.h|signal\.h|csignal|pwd\.h|grp\.h|dlfcn\.h|poll\.h|dirent\.h|'
    r'termios\.h|pthread\.h|spawn\.h|syslog\.h|libgen\.h|sys/[^>]+|netinet/[^>]+|arpa/[^>]+|'
    r'linux/[^>]+|windows\.h|winsock2\.h|io\.h)>')
# Calls, as free functions (never `obj.kill()` or `QProcess::kill`). Names only POSIX has count
# bare or qualified; names a class of ours may share (open, read, shutdown ...) only with `::` or
# `std::` in front, the way a POSIX call is written here. Every such call needs one of HEADERS anyway.
POSIX_NAMES = (r'sigaction|sigprocmask|sigemptyset|killpg|fork|vfork|execlp?|execle|execvp?|execve|setsid|setpgid|'
               r'getpgid|getpgrp|tcsetpgrp|getuid|geteuid|getgid|getegid|getppid|chmod|fchmod|chown|fchown|umask|'
               r'lstat|fstat|fsync|fdatasync|socketpair|pipe2|mkfifo|readlink|prctl|isatty|ioctl|setsockopt|'
               r'getsockopt|sysconf|mmap|munmap')
SHARED_NAMES = r'signal|raise|kill|stat|sync|pipe|dup2?|symlink|shutdown|open|close|read|write|unlink|access|getpid'
CALLS = re.compile(rf'(?<![\w.>:])(?:(?:std)?::)?\b({POSIX_NAMES})\s*\(|(?<![\w.>:])(?:std)?::({SHARED_NAMES})\s*\(')
CONSTANTS = re.compile(r'\b(SIG(?:TERM|INT|HUP|KILL|PIPE|CHLD|USR1|USR2|ALRM|QUIT)|SIG_IGN|SIG_DFL|S_I[RWX](?:USR|GRP|OTH)|'
                       r'S_IRWX[UGO]|O_(?:RDONLY|WRONLY|RDWR|CREAT|EXCL|CLOEXEC|DIRECTORY)|SHUT_(?:RD|WR|RDWR)|'
                       r'PR_SET_PDEATHSIG|TCP_QUICKACK)\b')

# Comments, then string and character literals (raw strings too), replaced by blanks of the
# same shape so line numbers stay right.
LEXEME = re.compile(r'//[^\n]*|/\*.*?\*/|R"([^(\s]*)\(.*?\)\1"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def blank(match):
    text = match.group(0)
    if text.startswith('#'):
        return text
    return re.sub(r'[^\n]', ' ', text)


def code_of(text):
    # Keep #include <...> lines as they are (the header check needs them); blank the rest.
    return LEXEME.sub(blank, text)


def findings(root):
    platform = root / 'src' / 'platform'
    problems = []
    checked = 0
    for top in ('src', 'app'):
        for path in sorted((root / top).rglob('*')):
            if path.suffix not in ('.cpp', '.h', '.hpp', '.c', '.cc', '.mm') or platform in path.parents:
                continue
            checked += 1
            code = code_of(path.read_text(encoding='utf-8'))
            for number, line in enumerate(code.splitlines(), 1):
                for pattern, what in ((HEADERS, 'header'), (CALLS, 'call'), (CONSTANTS, 'constant')):
                    for m in pattern.finditer(line):
                        name = next((g for g in m.groups() if g), m.group(0))
                        problems.append(f'{path.relative_to(root)}:{number}: platform-specific {what} "{name}": '
                                        'use src/platform/platform.h (or add it there with a Windows branch)')
    return checked, problems


BAD = """#include <unistd.h>
#include <sys/stat.h>
#include <csignal>
int a = ::fsync(fd);
if (geteuid() == 0) {}
std::signal(SIGPIPE, SIG_IGN);
::shutdown(fd, SHUT_WR);
const int fd = ::open(path, O_RDONLY);
chmod(path, 0600);
"""
GOOD = """#include <QFile>
#include "platform.h"
// SIGTERM ends the hub; ::fsync(fd) and <unistd.h> belong to src/platform.
const char *help = "runs until SIGTERM or SIGINT; see ::kill(pid)";
process.kill();
m_process->close();
QFile::open(path);
bool open(const QString &path);
void shutdown();
platform::syncFile(file, &error);
"""


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for name, text in (('src/x/bad.cpp', BAD), ('app/y/good.cpp', GOOD), ('src/platform/platform.cpp', BAD)):
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding='utf-8')
        checked, problems = findings(root)
    lines = {int(p.split(':')[1]) for p in problems if p.startswith('src/x/bad.cpp:')}
    wrong = [p for p in problems if not p.startswith('src/x/bad.cpp:')]
    missed = sorted(set(range(1, BAD.count('\n') + 1)) - lines)
    if checked != 2 or missed or wrong:
        print(f'check-platform-calls self-test FAILED: {checked} files checked (want 2), bad lines missed: {missed}, '
              f'good lines flagged: {wrong}')
        return 1
    print(f'check-platform-calls self-test: all {BAD.count(chr(10))} bad lines found, no good line flagged')
    return 0


def main():
    if sys.argv[1:] == ['--self-test']:
        return self_test()
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.').resolve()
    checked, problems = findings(root)
    if checked == 0:
        print(f'check-platform-calls: no sources under {root}/src or {root}/app', file=sys.stderr)
        return 2
    for p in problems:
        print(p)
    print(f'check-platform-calls: {checked} files, {len(problems)} platform-specific uses outside src/platform/')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
