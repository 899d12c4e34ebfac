import Foundation
import Testing

/// `backprop export`, run as a user would run it.
struct ExportCommandTests {
    /// The shipped worked example.
    static let workedExample = BackpropProcess.lesson("07-worked-example.toml")

    /// The result after the last ` = ` of the display formula starting `lhs = `.
    static func result(of lhs: String, in markdown: String) -> Double? {
        markdown.components(separatedBy: "\n").first { $0.hasPrefix(lhs + " = ") }?
            .components(separatedBy: " = ").last.flatMap(Double.init)
    }

    @Test func markdownIsTheDefault() throws {
        let result = try BackpropProcess.run(["export", Self.workedExample])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.hasPrefix("# A full worked example\n"))
        #expect(result.standardOutput.contains("\n### Backward pass\n"))
        // Published net_h1 = 0.3775, out_h1 = 0.593269992, E_total = 0.298371109, new w5 = 0.35891648.
        #expect(Self.result(of: "z_{h1}", in: result.standardOutput) == 0.3775)
        #expect(Self.result(of: "a_{h1}", in: result.standardOutput) == 0.593269992)
        #expect(Self.result(of: "l", in: result.standardOutput) == 0.298371109)
        #expect(result.standardOutput.contains("| w5 | h1 → o1 | 0.4 | 0.0821670406 | 0.35891648 |"))
        #expect(result.standardOutput.contains("\n## Update 1\n") && !result.standardOutput.contains("Iteration"))
        #expect(!result.standardOutput.contains("What-if edits"))
    }

    @Test func editsChangeTheHandout() throws {
        let result = try BackpropProcess.run(["export", Self.workedExample, "--set", "w5=0.9", "--set", "eta=1.0",
                                              "--set", "b1=-0.2"])
        #expect(result.status == 0, "\(result.standardError)")
        let markdown = result.standardOutput
        // Near the top, in the order given, each with the value it replaced.
        #expect(markdown.components(separatedBy: "\n\n")[2] == "What-if edits: $`w_{5} = 0.9`$ (was 0.4), "
                + "$`\\eta = 1`$ (was 0.5), $`b_{1} = -0.2`$ (was 0.35); "
                + "every number below is computed with them, not with the lesson as written.")
        #expect(markdown.contains("| w5 | h1 → o1 | 0.9 |"))
        #expect(markdown.contains("| b1 | bias → h1 | −0.2 |"))
        #expect(markdown.contains("$`\\eta = 1`$"))
        // z_h1 = 0.05·0.15 + 0.1·0.2 − 0.2 = −0.1725.
        #expect(Self.result(of: "z_{h1}", in: markdown) == -0.1725)
        // The update reads w5 ← 0.9 − 1·∂l/∂w5.
        #expect(markdown.contains("w_{5} \\leftarrow w_{5} - \\eta \\cdot \\frac{\\partial l}{\\partial w_{5}} = 0.9 - 1 \\cdot "))
    }

    @Test func badEditsAreRefusedWithExitStatus64() throws {
        let unknown = try BackpropProcess.run(["export", Self.workedExample, "--set", "w9=1", "--set", "eta=abc"])
        #expect(unknown.status == 64)
        #expect(unknown.standardOutput.isEmpty)
        #expect(unknown.standardError.contains("error: --set w9=1: unknown name w9; did you mean w1? (this lesson can edit w1…w8,"))
        #expect(unknown.standardError.contains("error: --set eta=abc: abc is not a number\n"))
        let zero = try BackpropProcess.run(["export", Self.workedExample, "--set", "eta=0"])
        #expect(zero.status == 64)
        #expect(zero.standardError == "error: --set eta=0: the learning rate must be greater than 0, found 0.0\n")
        let sample = try BackpropProcess.run(["export", Self.workedExample, "--set", "x1@2=1"])
        #expect(sample.standardError.contains("--set x1@2=1: sample 2 does not exist: the lesson has 1 sample"))
        let infinite = try BackpropProcess.run(["export", Self.workedExample, "--set", "w1=inf"])
        #expect(infinite.status == 64 && infinite.standardError.contains("inf is not a finite number"))
    }

    @Test func eachSetIsCheckedAsGivenAndALaterGoodEditWins() throws {
        // Both bad edits of η are reported, each as typed with its reason.
        let both = try BackpropProcess.run(["export", Self.workedExample, "--set", "eta=0", "--set", "eta=-1"])
        #expect(both.status == 64)
        #expect(both.standardError == "error: --set eta=0: the learning rate must be greater than 0, found 0.0\n"
                + "error: --set eta=-1: the learning rate must be greater than 0, found -1.0\n")
        // A bad edit is refused even when a later edit of the same name is good.
        let fixed = try BackpropProcess.run(["export", Self.workedExample, "--set", "eta=0", "--set", "eta=1"])
        #expect(fixed.status == 64 && fixed.standardOutput.isEmpty)
        #expect(fixed.standardError == "error: --set eta=0: the learning rate must be greater than 0, found 0.0\n")
        // Split at the first =: the value 0.9=1 is what is wrong, not the name.
        let equals = try BackpropProcess.run(["export", Self.workedExample, "--set", "w5=0.9=1"])
        #expect(equals.status == 64)
        #expect(equals.standardError == "error: --set w5=0.9=1: 0.9=1 is not a number\n")
        // All good: the later edit wins. w5 ← 0.4 − 1·0.082167041 (published ∂E/∂w5) = 0.317832959.
        let later = try BackpropProcess.run(["export", Self.workedExample, "--set", "eta=0.25", "--set", "eta=1"])
        #expect(later.status == 0, "\(later.standardError)")
        #expect(later.standardOutput.contains("$`\\eta = 1`$"))
        let w5 = try #require(Self.result(of: "w_{5} \\leftarrow w_{5} - \\eta \\cdot \\frac{\\partial l}{\\partial w_{5}}",
                                          in: later.standardOutput))
        #expect(abs(w5 - 0.317832959) < 1e-9)
    }

    @Test func dotGoesToAFileWithOutput() throws {
        let path = try BackpropProcess.temporaryFile("network.dot", "old contents")
        let result = try BackpropProcess.run(["export", Self.workedExample, "--format", "dot", "--output", path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        let dot = try String(contentsOfFile: path, encoding: .utf8)
        #expect(dot.hasPrefix("digraph "))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("label=<w5 = 0.4<br/>∂l/∂w5 = 0.082167>"))
    }

    @Test func iterationsDefaultToTheLessonsUpToTen() throws {
        let xor = try BackpropProcess.run(["export", BackpropProcess.lesson("08-xor.toml")])
        #expect(xor.status == 0)
        #expect(xor.standardError == "note: the lesson has 10000 updates; exporting the first 10 (choose with --iterations N, at most 1000)\n")
        #expect(xor.standardOutput.contains("## Update 10\n") && !xor.standardOutput.contains("## Update 11\n"))
        let two = try BackpropProcess.run(["export", BackpropProcess.lesson("08-xor.toml"), "--iterations", "2", "--digits", "4"])
        #expect(two.standardError.isEmpty)
        #expect(two.standardOutput.contains("## Update 2\n") && !two.standardOutput.contains("## Update 3\n"))
        #expect(two.standardOutput.contains("- Updates shown: 2 (the lesson has 10000)"))
    }

    @Test func badArgumentsAreRefused() throws {
        let zero = try BackpropProcess.run(["export", Self.workedExample, "--iterations", "0"])
        #expect(zero.status == 64 && zero.standardError.contains("--iterations must be between 1 and 1000, not 0"))
        let digits = try BackpropProcess.run(["export", Self.workedExample, "--digits", "18"])
        #expect(digits.status == 64 && digits.standardError.contains("--digits must be between 1 and 17, not 18"))
        let format = try BackpropProcess.run(["export", Self.workedExample, "--format", "pdf"])
        #expect(format.status == 64)
        let missing = try BackpropProcess.run(["export", "/nonexistent/lesson.toml"])
        #expect(missing.status == 66 && missing.standardError.contains("/nonexistent/lesson.toml"))
        let unwritable = try BackpropProcess.run(["export", Self.workedExample, "--output", "/nonexistent/dir/out.md"])
        #expect(unwritable.status == 73)
        #expect(unwritable.standardError == "error: cannot write /nonexistent/dir/out.md: No such file or directory\n")
    }
}
