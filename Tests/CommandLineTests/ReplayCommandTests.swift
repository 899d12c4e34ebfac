import Foundation
import Testing

/// `backprop replay`, run as a user (or a CI job) would run it.
struct ReplayCommandTests {
    static let workedExample = ExportCommandTests.workedExample

    /// The lines of `output` that are frame separators (longer than the screen is wide).
    static func separators(_ output: String, width: Int) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.count > width }
    }

    @Test func printsAFrameBeforeTheKeysAndOneAfterEach() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--no-quiz", "--keys", "l l ] q"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let separators = Self.separators(result.standardOutput, width: 80)
        #expect(separators.count == 4)
        #expect(separators.first?.hasPrefix("=== frame 1 (start) ===") == true)
        #expect(separators.last?.hasPrefix("=== frame 4 (key 3 of 4: ]) ===") == true)
        // 4 frames of 24 lines, each after its separator.
        #expect(result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).count == 4 * 25 + 1)
        // a_h1 = 0.593269992 (Mazur) is on the second frame, to 6 digits.
        #expect(result.standardOutput.contains("a     0.59327"))
        #expect(result.standardOutput.contains("loss │ step 9 of 33"))
    }

    @Test func aBuiltInLessonCanBeNamedByItsNumberOrName() throws {
        let byPath = try BackpropProcess.run(["replay", Self.workedExample, "--no-quiz", "--keys", "l l", "--frames", "last"],
                                             directory: "/")
        #expect(byPath.status == 0, "\(byPath.standardError)")
        for name in ["7", "07", "worked-example", "07-worked-example", "07-worked-example.toml"] {
            let result = try BackpropProcess.run(["replay", name, "--no-quiz", "--keys", "l l", "--frames", "last"],
                                                 directory: "/")
            #expect(result.status == 0, "\(name): \(result.standardError)")
            #expect(result.standardOutput == byPath.standardOutput, "\(name)")
        }
        let xor = try BackpropProcess.run(["trace", "xor", "--iterations", "1"], directory: "/")
        #expect(xor.status == 0 && xor.standardOutput.contains("Learning XOR"), "\(xor.standardError)")
        let missing = try BackpropProcess.run(["replay", "99", "--keys", "l"], directory: "/")
        #expect(missing.status == 65)
        #expect(missing.standardError.contains("99: no such file"))
        #expect(missing.standardError.contains("neither a lesson file nor a built-in lesson's number or name"))
    }

    @Test func lastPrintsOneFrameWithoutASeparator() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--no-quiz", "--keys", ": 1 5 enter", "--frames", "last",
                                              "--size", "120x40"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 41)
        // ∂l/∂z of h1 = 0.036350306 · 0.241300709 = 0.00877135 (Mazur).
        #expect(result.standardOutput.contains("= 0.00877135"))
        #expect(Self.separators(result.standardOutput, width: 120).isEmpty)
    }

    @Test func outputIsTheSameOnEveryRun() throws {
        let arguments = ["replay", Self.workedExample, "--keys", "l ] ] l ? ? G h p tick", "--color", "always"]
        let first = try BackpropProcess.run(arguments)
        let second = try BackpropProcess.run(arguments)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput.contains("\u{1B}["))
    }

    @Test func asciiUsesOnlyASCII() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--no-quiz", "--keys", "] ] l l l l ?", "--ascii"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.unicodeScalars.filter { !$0.isASCII }.isEmpty)
        #expect(result.standardOutput.contains("dl/da_h1 = dz_o1/da_h1 * dl/dz_o1 + dz_o2/da_h1 * dl/dz_o2"))
    }

    @Test func keysAfterQuitAreReportedNotReplayed() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--keys", "l q l l"])
        #expect(result.status == 0)
        #expect(Self.separators(result.standardOutput, width: 80).count == 2)
        #expect(result.standardError.contains("quit before the last 2 keys"))
    }

    @Test(arguments: [
        (["--keys", "l rigth"], "unknown key name \"rigth\" at position 3 (key 2)"),
        (["--keys", "\"unclosed"], "never closed"),
        (["--size", "80by24"], "--size must be COLSxROWS"),
        (["--size", "0x24"], "--size must be COLSxROWS"),
        (["--size", "5000x24"], "at most 1000x1000"),
        (["--frames", "some"], "frames"),
    ])
    func badOptionsAreRefusedWithStatus64(arguments: [String], message: String) throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aBadLessonExitsWith65AndTheLoadersMessage() throws {
        let path = try BackpropProcess.temporaryFile("bad.toml", "title = \"x\"\nlearning_rate = -1\n")
        let result = try BackpropProcess.run(["replay", path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("bad.toml"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aSmallSizeShowsTheSizeNotice() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--size", "60x20", "--frames", "last"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("terminal too small: need 80x24, have 60x20"))
    }
}

/// `--keys` takes its value as written, even when it starts with `-` like the `-` key does.
struct DashKeysTests {
    @Test(arguments: ["-", "- l", "- - l", "-  l", "- type:-1 esc"])
    func keysStartingWithADashArePressed(keys: String) throws {
        let spaced = try BackpropProcess.run(["replay", "7", "--keys", keys, "--frames", "last"])
        #expect(spaced.status == 0, "\(keys): \(spaced.standardError)")
        let joined = try BackpropProcess.run(["replay", "7", "--keys=\(keys)", "--frames", "last"])
        #expect(joined.standardOutput == spaced.standardOutput, "\(keys)")
    }

    /// A value that only looks like an option is a key script, judged (and refused) as one.
    @Test(arguments: ["--help", "-l", "--frames"])
    func aValueLikeAnOptionIsReadAsKeys(keys: String) throws {
        let result = try BackpropProcess.run(["replay", "7", "--keys", keys])
        #expect(result.status == 64, "\(keys)")
        #expect(!result.standardError.contains("Missing value"))
        #expect(result.standardError.contains(keys))
    }
}
