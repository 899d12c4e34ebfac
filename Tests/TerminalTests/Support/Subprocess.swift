import Foundation
import Glibc

/// Runs a program to completion with `posix_spawn`, a clean signal state and its output in
/// files.
///
/// Not Foundation's `Process`: it starts children with the signal mask of the calling thread,
/// and Swift Testing's worker threads block almost every signal, so a tmux server started that
/// way (and every program in its panes) could not receive SIGTERM, SIGHUP or SIGCHLD; waiting
/// for such a child also hung. Here the child gets an empty mask and default handlers.
struct Subprocess {
    /// How the program ended.
    enum Termination: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signalled(Int32)
    }

    /// How the program ended.
    let termination: Termination
    /// What it wrote to standard output.
    let output: String
    /// What it wrote to standard error.
    let errors: String

    /// Runs `path` with `arguments`, standard input from /dev/null, in this process's
    /// environment with `overrides` and with `XDG_STATE_HOME` in a scratch folder (unless
    /// `overrides` names one), so no run reads or writes the user's saved progress.
    static func run(_ path: String, _ arguments: [String], environment overrides: [String: String] = [:]) throws -> Subprocess {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("backprop-subprocess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputPath = directory.appendingPathComponent("stdout").path
        let errorPath = directory.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var variables = ProcessInfo.processInfo.environment
        variables["XDG_STATE_HOME"] = directory.appendingPathComponent("state").path
        variables.merge(overrides) { $1 }
        let environment = variables.map { "\($0.key)=\($0.value)" }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let termination: Termination = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
        return Subprocess(termination: termination,
                          output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
                          errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }
}
