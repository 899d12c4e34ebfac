import Foundation
import Testing

/// Output that cannot be written is never lost in silence: every command, help and the
/// non-terminal menu included, ends with status 74 and says why on standard error, as
/// `trace` always did, through the one standard-output writer.
struct OutputFailureTests {
    /// Every command that prints on standard output, with arguments that make it print.
    static let commands: [[String]] = [
        ["export", "7"], ["export", "7", "--format", "dot"], ["train", "7"], ["replay", "7", "--keys", "l"],
        ["replay", "7", "--format", "asciicast"], ["list"], ["check", "7"], ["check", "--gradients", "7"], [],
        ["--help"], ["help", "replay"], ["trace", "7"], ["trace", "8", "--iterations", "3000"], ["--version"],
    ]

    /// Runs `backprop` through `sh` with standard output redirected as `redirection` says.
    static func run(_ arguments: [String], redirection: String) throws -> BackpropProcess.Result {
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        return try BackpropProcess.run(["-c", "exec \"$0\" \(quoted) \(redirection)", BackpropProcess.executable.path],
                                       executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @Test(arguments: commands)
    func aFullDiskIsReported(arguments: [String]) throws {
        let result = try Self.run(arguments, redirection: "> /dev/full")
        #expect(result.status == 74, "\(arguments)")
        #expect(result.standardError.hasSuffix("cannot write standard output: No space left on device\n"),
                "\(arguments): \(result.standardError)")
    }

    @Test(arguments: commands)
    func aClosedStandardOutputIsReported(arguments: [String]) throws {
        let result = try Self.run(arguments, redirection: ">&-")
        #expect(result.status == 74, "\(arguments)")
        #expect(result.standardError.hasSuffix("cannot write standard output: Bad file descriptor\n"),
                "\(arguments): \(result.standardError)")
    }

    /// The same commands print in full and end well when standard output can be written.
    @Test func theSameCommandsSucceedOnAWritableOutput() throws {
        for arguments in Self.commands {
            let result = try Self.run(arguments, redirection: "")
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            #expect(!result.standardOutput.isEmpty, "\(arguments)")
        }
    }
}
