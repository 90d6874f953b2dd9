/**
 * Every triage rule this analysis raises, as data: docs/findings.md is generated from this
 * table (and a test checks it is), the page shows `why` and `benign` beside each finding.
 * Other analyses (shell history, secrets, YARA) bring their own rules with their findings.
 */
import type { FindingRule } from './types.ts';

function rule(r: FindingRule): FindingRule {
  return Object.freeze(r);
}

export const RULES = {
  // -- memory ---------------------------------------------------------------------------
  wxAnonymous: rule({
    id: 'memory.wx-anonymous',
    title: 'Writable and executable anonymous memory',
    severity: 'high',
    attack: 'T1055',
    why: 'Code written at run time into memory that is also executable is how shellcode, injected payloads and unpacked malware run: the page can be filled and jumped to without touching a file.',
    benign:
      'JIT compilers (JVM, V8/Node.js, .NET, LuaJIT, PyPy) keep writable-executable code caches; they are recognised from their libraries and rated low. Some old programs and libffi trampolines also map RWX pages.',
  }),
  execAnonymous: rule({
    id: 'memory.exec-anonymous',
    title: 'Executable anonymous memory',
    severity: 'medium',
    attack: 'T1055',
    why: 'Executable memory that no file backs holds code that came from somewhere other than a binary on disk: written, then made executable with mprotect (the usual W^X-respecting way to run a payload).',
    benign:
      'JIT runtimes flip their code caches between writable and executable; a few loaders and emulators generate code. The vDSO and vsyscall pages are not anonymous in this sense and are never reported.',
  }),
  elfInAnonymous: rule({
    id: 'memory.elf-in-anonymous',
    title: 'ELF header at the start of anonymous memory',
    severity: 'high',
    attack: 'T1620',
    why: 'An ELF image in memory that no file backs is what reflective loading leaves: a binary or library copied into an anonymous mapping and run from there, never written to disk.',
    benign:
      'A program that reads an ELF file into a buffer (a package manager, a linker, a scanner) holds one too; such a buffer is not executable, so that case is rated medium.',
  }),
  patchedCode: rule({
    id: 'memory.patched-code',
    title: 'Code of a file-backed mapping changed in memory',
    severity: 'high',
    attack: 'T1055',
    why: 'CRIU dumps a page of a private, executable, file-backed mapping only when it was written since it was mapped: its code differs from the file. Inline hooks, patched functions and injected code do that.',
    benign:
      "CRIU itself writes its parasite code into the first page of each process's first executable mapping and restores it: that one page is dumped in every process and is not reported. Debuggers' breakpoints, text relocations in old non-PIC libraries, and hot-patching frameworks also write code pages.",
  }),

  // -- executables ----------------------------------------------------------------------
  exeDeleted: rule({
    id: 'exe.deleted',
    title: 'Process runs from a deleted executable',
    severity: 'high',
    attack: 'T1070.004',
    why: 'Malware often deletes its own binary once started so that nothing is left on disk to find; the process keeps running from the unlinked file (CRIU saved its content as a ghost file when it could).',
    benign:
      'A package upgrade that replaced the binary while the old process kept running (on a container rootfs this is rare), or a program that unlinks a temporary helper after starting it.',
  }),
  exeMemfd: rule({
    id: 'exe.memfd',
    title: 'Process runs from a memfd (fileless execution)',
    severity: 'high',
    attack: 'T1620',
    why: 'An executable loaded into a memfd and started with fexecve never exists as a file: the classic fileless-malware technique.',
    benign:
      'A few legitimate tools re-execute themselves from a memfd (runc once did so to protect its binary; some self-extracting runtimes and sandboxes too).',
  }),
  exeTempPath: rule({
    id: 'exe.temp-path',
    title: 'Process runs from a world-writable temporary directory',
    severity: 'medium',
    attack: 'T1105',
    why: 'Droppers write their payload where any user can write and execute: /tmp, /var/tmp, /dev/shm. Software installed by the image lives in bin directories, not there.',
    benign:
      'Test harnesses, installers and self-extracting archives unpack and run helpers from /tmp.',
  }),
  exeHiddenPath: rule({
    id: 'exe.hidden-path',
    title: 'Process runs from a hidden path',
    severity: 'medium',
    attack: 'T1564.001',
    why: 'A file or directory whose name starts with a dot is hidden from a plain ls: attackers put their tools there.',
    benign:
      'Per-user tool directories (~/.local/bin, ~/.cargo/bin, ~/.nvm) hold legitimate programs.',
  }),
  librarySuspicious: rule({
    id: 'exe.library-suspicious',
    title: 'Library mapped from a temporary, hidden, deleted or memfd file',
    severity: 'high',
    attack: 'T1574.006',
    why: 'Shared objects normally come from the system library directories. One loaded from /tmp, /dev/shm, /var/tmp, a hidden path, a deleted file or a memfd is how injected and preloaded implants are mapped.',
    benign:
      'Runtimes that extract native helpers to /tmp before loading them (JNA, some Python wheels, Electron apps), and libraries replaced by an upgrade while mapped (deleted).',
  }),
  commMismatch: rule({
    id: 'exe.comm-mismatch',
    title: 'Process name differs from its executable',
    severity: 'low',
    attack: 'T1036.004',
    why: 'The kernel names a process after the file it executed; a different name means it renamed itself (prctl PR_SET_NAME or writing /proc/self/comm), which malware does to pass as a kernel thread or a common daemon.',
    benign:
      'Many servers name their workers (nginx, postgres, the kitchen-sink fixture) and threads carry their own names; `exec -a NAME` changes argv[0] but not the name; an executable reached through a symlink (sh → dash, python3 → python3.11) keeps the link name, which is why argv[0] is also compared.',
  }),

  // -- loader ---------------------------------------------------------------------------
  preloadEnv: rule({
    id: 'loader.preload-env',
    title: 'LD_PRELOAD or LD_AUDIT in a process environment',
    severity: 'high',
    attack: 'T1574.006',
    why: "The dynamic linker loads the named libraries into the process before its own code runs: the usual way userland rootkits and credential stealers hook a program's functions.",
    benign:
      'Profilers, memory allocators (jemalloc, tcmalloc), libfaketime, sanitizers and some APM agents are preloaded on purpose.',
  }),
  libraryPathEnv: rule({
    id: 'loader.library-path-env',
    title: 'LD_LIBRARY_PATH in a process environment',
    severity: 'low',
    attack: 'T1574.006',
    why: 'LD_LIBRARY_PATH makes the dynamic linker search the named directories first, so a library planted there replaces the system one.',
    benign:
      'Many applications ship their own libraries and set LD_LIBRARY_PATH in their start script (Java, Oracle clients, CUDA images). A directory that is temporary or hidden raises it to medium.',
  }),
  ldSoPreload: rule({
    id: 'loader.ld-so-preload',
    title: '/etc/ld.so.preload created or changed',
    severity: 'high',
    attack: 'T1574.006',
    why: '/etc/ld.so.preload makes every dynamically linked program that starts afterwards load the listed libraries: a system-wide userland rootkit.',
    benign: 'Almost none in a container; some memory debuggers are installed this way.',
  }),

  // -- network --------------------------------------------------------------------------
  shellOnSocket: rule({
    id: 'network.shell-on-socket',
    title: 'Shell or interpreter with a socket as its standard input or output',
    severity: 'high',
    attack: 'T1059.004',
    why: 'A shell whose stdin, stdout or stderr is a network socket is a reverse or bind shell: whoever is at the other end types commands into it.',
    benign:
      'inetd-style services run scripts with the connection on fds 0–2; a UNIX socket there (rated medium) can be a supervisor or a socket-activated service.',
  }),
  netcat: rule({
    id: 'network.netcat',
    title: 'Netcat-like tool running',
    severity: 'medium',
    attack: 'T1095',
    why: 'nc, ncat, socat and their kind relay raw connections: the other half of reverse shells, simple exfiltration and port forwarding.',
    benign: 'Health checks, debugging sessions and some entrypoint scripts use nc or socat.',
  }),
  rawSocket: rule({
    id: 'network.raw-socket',
    title: 'Raw or packet socket open',
    severity: 'medium',
    attack: 'T1040',
    why: 'Raw and packet sockets see or forge whole packets: sniffers, scanners and covert channels use them. They need CAP_NET_RAW.',
    benign: 'ping, DHCP clients, tcpdump and network monitoring agents.',
  }),
  unpublishedListener: rule({
    id: 'network.unpublished-listener',
    title: 'Listening port the engine does not publish',
    severity: 'low',
    attack: 'T1571',
    why: "A port the container's configuration does not publish was opened by something the image's author did not plan for: a bind shell or a backdoor listens that way. (Other containers of the pod or the network can still reach it.)",
    benign:
      'Admin and metrics ports reached only from inside the pod, and services on container networks that are reached without publishing. Listeners on the loopback address are reported as info.',
  }),
  externalConnection: rule({
    id: 'network.external-connection',
    title: 'Connection to an address outside the container',
    severity: 'info',
    attack: 'T1071',
    why: 'Established connections say who the container was talking to when it was checkpointed: a command-and-control server or an exfiltration target shows up here.',
    benign: 'Most are databases, APIs, package mirrors and clients of the service.',
  }),

  // -- rootfs diff ----------------------------------------------------------------------
  accountFiles: rule({
    id: 'rootfs.account-files',
    title: 'Account or sudo configuration changed',
    severity: 'high',
    attack: 'T1136.001',
    why: 'Changes to /etc/passwd, /etc/shadow, /etc/group or sudoers add users, set passwords or grant root: persistence and privilege escalation.',
    benign:
      'An entrypoint that creates its run-time user (useradd at start), or a package installed at run time.',
  }),
  authorizedKeys: rule({
    id: 'rootfs.authorized-keys',
    title: 'SSH authorized_keys written',
    severity: 'high',
    attack: 'T1098.004',
    why: 'A key added to authorized_keys lets its owner log in again whenever SSH is reachable.',
    benign: 'Containers that run an SSH server and receive keys at start.',
  }),
  cron: rule({
    id: 'rootfs.cron',
    title: 'Scheduled task written',
    severity: 'high',
    attack: 'T1053.003',
    why: 'Cron files run commands again and again: persistence that survives the process being killed.',
    benign: 'Images that configure cron jobs at start.',
  }),
  shellRc: rule({
    id: 'rootfs.shell-rc',
    title: 'Shell start-up file changed',
    severity: 'medium',
    attack: 'T1546.004',
    why: '.bashrc, .profile and /etc/profile.d run in every new shell: a hook there runs each time someone execs into the container.',
    benign: 'Interactive use of the container, tools that add themselves to PATH.',
  }),
  systemdUnit: rule({
    id: 'rootfs.systemd-unit',
    title: 'systemd unit or timer written',
    severity: 'medium',
    attack: 'T1543.002',
    why: 'A new or changed unit starts a program at every boot of a systemd-based container or host.',
    benign: 'System containers that install services at run time.',
  }),
  replacedBinary: rule({
    id: 'rootfs.replaced-binary',
    title: 'Program in a system bin directory added or replaced',
    severity: 'high',
    attack: 'T1554',
    why: 'A binary in /bin, /sbin, /usr/bin, /usr/sbin or /usr/local/bin that differs from the image was written at run time: a trojaned ps, ls or sshd, or a planted tool.',
    benign: 'Packages installed or upgraded inside the running container.',
  }),
  setuidFile: rule({
    id: 'rootfs.setuid',
    title: 'Setuid or setgid file written',
    severity: 'high',
    attack: 'T1548.001',
    why: 'A setuid-root file lets any user become root again: a classic backdoor.',
    benign: 'Packages installed at run time that ship setuid programs (sudo, ping, passwd).',
  }),
  tempExecutable: rule({
    id: 'rootfs.temp-executable',
    title: 'Executable file in a temporary directory',
    severity: 'medium',
    attack: 'T1105',
    why: 'A file with an execute bit under /tmp, /var/tmp or /dev/shm is usually a downloaded tool or payload.',
    benign: 'Build and test scripts, installers that unpack helpers there.',
  }),
  cleanupDeletion: rule({
    id: 'rootfs.cleanup-deletion',
    title: 'Deleted file looks like clean-up',
    severity: 'medium',
    attack: 'T1070',
    why: 'Deleting shell histories, logs, files from temporary directories or persistence files hides what was done.',
    benign: 'Log rotation, tmp cleaners and package managers delete such files too.',
  }),

  // -- privilege ------------------------------------------------------------------------
  extraCapabilities: rule({
    id: 'privilege.extra-capabilities',
    title: "Capabilities beyond the engine's default set",
    severity: 'high',
    attack: 'T1611',
    why: 'A process with capabilities the engine does not grant by default can do more than a container normally can. CAP_SYS_ADMIN, CAP_SYS_PTRACE, CAP_SYS_MODULE, CAP_DAC_READ_SEARCH and a few others are known ways out to the host (high); CAP_NET_ADMIN and CAP_NET_RAW reach the network stack (medium); the rest are rated low.',
    benign:
      'Containers started with --cap-add or --privileged on purpose (VPNs need NET_ADMIN, debuggers SYS_PTRACE); engines differ in their defaults (Podman grants SYS_CHROOT and SETFCAP, CRI-O does not).',
  }),
  seccompOff: rule({
    id: 'privilege.seccomp-off',
    title: 'No seccomp filter',
    severity: 'medium',
    attack: 'T1611',
    why: 'Engines confine every container process with a seccomp filter; a process without one can make the system calls the filter blocks (mount, unshare, keyctl, bpf…), which container escapes use.',
    benign: '--security-opt seccomp=unconfined or --privileged set on purpose.',
  }),
  unexpectedRoot: rule({
    id: 'privilege.unexpected-root',
    title: 'Root process in a container configured for another user',
    severity: 'medium',
    attack: 'T1068',
    why: 'The configuration starts the container as a non-root user, yet a process runs with uid 0: something gained root inside it.',
    benign: 'setuid programs (sudo, su) run by the user, and exec sessions started as root.',
  }),
} as const satisfies Record<string, FindingRule>;

/** Every rule, in the order docs/findings.md lists them. */
export const ALL_RULES: readonly FindingRule[] = Object.values(RULES);
