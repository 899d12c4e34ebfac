import BackpropCore
import Foundation
import Lessons
import Testing
@testable import Reports

/// `backprop export --format markdown`: the worked example as a handout that renders on GitHub.
struct MarkdownHandoutTests {
    /// The handout of the shipped worked example, at the default 9 significant digits.
    static func workedExample() throws -> String {
        MarkdownHandout(lesson: try ReportsFixtures.workedExample(), iterations: 1).text
    }

    /// The LaTeX of every display formula (`$$` blocks), in order.
    static func displayFormulas(_ markdown: String) -> [String] {
        let lines = markdown.components(separatedBy: "\n")
        return lines.indices.filter { lines[$0] == "$$" }.enumerated().compactMap { pair, index in
            pair % 2 == 0 && index + 1 < lines.count ? lines[index + 1] : nil
        }
    }

    /// The result (after the last ` = `) of the display formula whose left-hand side is `lhs`.
    static func result(of lhs: String, in markdown: String) -> String? {
        displayFormulas(markdown).first { $0.hasPrefix(lhs + " = ") || $0.hasPrefix(lhs + " \\leftarrow ") }?
            .components(separatedBy: " = ").last
    }

    /// `x` rounded to `digits` significant digits by the C library, trailing zeros dropped.
    static func rounded(_ x: Double, digits: Int) -> String {
        var text = String(format: "%.\(digits)g", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    @Test func workedExampleHasThePublishedNumbers() throws {
        let markdown = try Self.workedExample()
        // Matt Mazur's published values, each with the formula it is the result of.
        let published: [(lhs: String, value: String)] = [
            ("z_{h1}", "0.3775"),                                  // net_h1
            ("a_{h1}", "0.593269992"),                             // out_h1
            ("l", "0.298371109"),                                  // E_total
            ("\\frac{\\partial l}{\\partial w_{5}}", "0.082167041"), // ∂E_total/∂w5
            ("w_{5}", "0.35891648"),                               // w5⁺
            ("w_{1}", "0.149780716"),                              // w1⁺
        ]
        for (lhs, value) in published {
            let printed = try #require(Self.result(of: lhs, in: markdown), "no formula for \(lhs)")
            let number = try #require(Double(printed), "\(printed) is not a plain number")
            // Printed to at least the published precision, and equal to it when rounded to it.
            let digits = value.filter(\.isNumber).drop { $0 == "0" }.count
            #expect(printed.filter(\.isNumber).drop { $0 == "0" }.count >= digits, "\(lhs): \(printed)")
            #expect(Self.rounded(number, digits: digits) == value, "\(lhs): \(printed) does not round to \(value)")
        }
        // Those published to 9 or fewer digits appear as published, in the formulas and the tables.
        for value in ["0.3775", "0.593269992", "0.298371109", "0.35891648", "0.149780716"] {
            #expect(markdown.contains(value), "\(value)")
        }
        #expect(markdown.contains("| h1 | 0.3775 | 0.593269992 |"))
        #expect(markdown.contains("| w5 | h1 → o1 | 0.4 | 0.0821670406 | 0.35891648 |"))
        #expect(markdown.contains("| w1 | x1 → h1 | 0.15 | "))
        #expect(markdown.contains("| b1 | bias → h1 | 0.35 | "))
    }

    @Test func stepsAreWrittenSymbolicThenExpandedThenNumbersThenResult() throws {
        let formulas = Self.displayFormulas(try Self.workedExample())
        // 4 neurons × (z, a) + the loss + 4 × (∂l/∂a, ∂l/∂z) + 8 weight gradients + 8 updates.
        #expect(formulas.count == 8 + 1 + 8 + 8 + 8)
        let dz = try #require(formulas.first { $0.hasPrefix("\\frac{\\partial l}{\\partial z_{h1}} = ") })
        let parts = dz.components(separatedBy: " = ")
        #expect(parts.count == 6)
        #expect(parts[1] == "\\frac{\\partial a_{h1}}{\\partial z_{h1}} \\cdot \\frac{\\partial l}{\\partial a_{h1}}")
        #expect(parts[2] == "\\sigma'(z_{h1}) \\cdot \\frac{\\partial l}{\\partial a_{h1}}")
        #expect(parts[3] == "a_{h1} \\cdot (1 - a_{h1}) \\cdot \\frac{\\partial l}{\\partial a_{h1}}")
        #expect(parts[4].hasPrefix("0.593269992 \\cdot (1 - 0.593269992) \\cdot 0.03635030"))
        // Published: ∂E/∂out_h1 = 0.036350306, ∂out_h1/∂net_h1 = 0.241300709; their product, to
        // within what their rounding allows (0.2413·5e-10 + 0.0364·5e-10 < 1.5e-10).
        #expect(abs(try #require(Double(parts[5])) - 0.036350306 * 0.241300709) < 1.5e-10)
        let update = try #require(formulas.first { $0.hasPrefix("w_{5} \\leftarrow ") })
        #expect(update.hasPrefix("w_{5} \\leftarrow w_{5} - \\eta \\cdot \\frac{\\partial l}{\\partial w_{5}} = 0.4 - 0.5 \\cdot 0.082167"))
    }

    @Test func headingsFollowThePhases() throws {
        let headings = try Self.workedExample().components(separatedBy: "\n").filter { $0.hasPrefix("#") }
        #expect(headings == ["# A full worked example", "## The network", "### Starting parameters θ₀", "### Data",
                             "## Update 1", "### Forward pass", "### Loss", "### Backward pass", "### Gradients",
                             "### Update", "### Values per layer", "### Updates", "## After 1 update"])
    }

    @Test func rendersOnGitHub() throws {
        let markdown = try Self.workedExample() + MarkdownHandout(lesson: try ReportsFixtures.lesson(ReportsFixtures.fullBatch),
                                                                 iterations: 2).text
        let lines = markdown.components(separatedBy: "\n")
        // Display math: `$$` alone on its line, one line of LaTeX inside, blank lines around.
        let fences = lines.indices.filter { lines[$0].contains("$$") }
        #expect(fences.count % 2 == 0 && !fences.isEmpty)
        for (pair, index) in fences.enumerated() {
            #expect(lines[index] == "$$", "line \(index + 1): \(lines[index])")
            if pair % 2 == 0 {
                #expect(fences[pair + 1] == index + 2, "line \(index + 1): one line of LaTeX per block")
                #expect(index == 0 || lines[index - 1].isEmpty, "line \(index + 1): blank line before $$")
                #expect(lines[index + 3].isEmpty, "line \(index + 3): blank line after $$")
            }
        }
        // Inline math only as $`...`$, so `_` and `*` inside it are never emphasis.
        var inline: [String] = []
        for (index, line) in lines.enumerated() where line != "$$" && !(index > 0 && lines[index - 1] == "$$") {
            var rest = Substring(line)
            while let start = rest.range(of: "$`") {
                let end = try #require(rest[start.upperBound...].range(of: "`$"), "line \(index + 1): unclosed $`")
                inline.append(String(rest[start.upperBound..<end.lowerBound]))
                rest = rest[end.upperBound...]
            }
            #expect(!rest.replacingOccurrences(of: "\\$", with: "").contains("$"), "line \(index + 1): a bare $")
        }
        #expect(inline.count > 10)
        // Only macros MathJax has without extensions, and balanced braces.
        let allowed: Set<String> = ["frac", "partial", "cdot", "sigma", "leftarrow", "eta", "theta", "nabla", "sum",
                                    "dots", "mathrm", "ln", "tanh", "max", "times", "infty"]
        for formula in Self.displayFormulas(markdown) + inline {
            var depth = 0
            for character in formula {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                #expect(depth >= 0, "\(formula)")
            }
            #expect(depth == 0, "\(formula)")
            let macros = formula.split(separator: "\\", omittingEmptySubsequences: false).dropFirst()
                .map { String($0.prefix { $0.isLetter }) }
            for macro in macros { #expect(allowed.contains(macro), "\\\(macro) in \(formula)") }
            #expect(!formula.contains("|"), "a | would split a table cell or confuse MathJax: \(formula)")
        }
        // Tables: every row has as many unescaped | as its header, and a rule under the header.
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("|") else { index += 1; continue }
            func pipes(_ line: String) -> Int {
                var count = 0, previous: Character = " "
                for character in line { if character == "|" && previous != "\\" { count += 1 }; previous = character }
                return count
            }
            let header = pipes(lines[index])
            #expect(lines[index + 1].allSatisfy { "| -:".contains($0) }, "line \(index + 2): \(lines[index + 1])")
            while index < lines.count, lines[index].hasPrefix("|") {
                #expect(pipes(lines[index]) == header, "line \(index + 1): \(lines[index])")
                #expect(lines[index].hasSuffix(" |"))
                index += 1
            }
            #expect(lines[index].isEmpty, "line \(index + 1): blank line after a table")
        }
    }

    @Test func aFullBatchWalksEachSampleThenTheBatch() throws {
        let lesson = try ReportsFixtures.lesson(ReportsFixtures.fullBatch)
        let markdown = MarkdownHandout(lesson: lesson, iterations: 1).text
        let headings = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings == ["### Starting parameters θ₀", "### Data",
                             "### Forward pass (sample 1)", "### Loss (sample 1)", "### Backward pass (sample 1)",
                             "### Forward pass (sample 2)", "### Loss (sample 2)", "### Backward pass (sample 2)",
                             "### Loss of the batch", "### Gradients", "### Update", "### Values per layer", "### Updates"])
        // Per sample 3 neurons × 4 steps + l; then L, 9 gradients and 9 updates (biases updated).
        #expect(Self.displayFormulas(markdown).count == 2 * 13 + 1 + 9 + 9)
        #expect(markdown.contains("| neuron | sample | z | a | ∂l/∂a | ∂l/∂z |"))
        #expect(markdown.contains("| parameter | edge | θ₀ | ∂L/∂θ | θ₁ |"))
        // Sample 1: z_h1 = 1·0.1 + 0·(−0.2) + 0, a_h1 = tanh(0.1); the table writes the minus as −.
        #expect(markdown.contains("| h1 | 1 | 0.1 | " + MarkdownHandoutTests.rounded(tanh(0.1), digits: 9) + " |"))
        #expect(markdown.contains("| h1 | 2 | −0.2 | −" + MarkdownHandoutTests.rounded(tanh(0.2), digits: 9) + " |"))
        #expect(markdown.contains("- Batch: all 2 samples per update, L the mean of their losses"))
    }

    @Test func aHandoutOfEditedValuesSaysSoNearTheTop() throws {
        let original = try ReportsFixtures.workedExample()
        let edits = [ValueEdit(target: .learningRate, value: 1), ValueEdit(target: .parameter(4), value: 0.9)]
        let markdown = MarkdownHandout(lesson: try original.applying(edits), iterations: 1,
                                       editedValues: original.editedValues(by: edits)).text
        // The title, the lesson's summary, then the edits in the handout's math style, in the order given.
        let paragraphs = markdown.components(separatedBy: "\n\n")
        #expect(paragraphs[2] == "What-if edits: $`\\eta = 1`$ (was 0.5), $`w_{5} = 0.9`$ (was 0.4); "
                + "every number below is computed with them, not with the lesson as written.")
        // And the numbers are the edited lesson's: z_o1 = 0.9·0.593269992 + 0.45·0.596884378 + 0.6 (published out_h1, out_h2).
        let z = try #require(Self.result(of: "z_{o1}", in: markdown).flatMap(Double.init))
        #expect(abs(z - (0.9 * 0.593269992 + 0.45 * 0.596884378 + 0.6)) < 1e-8)
        #expect(!(try Self.workedExample()).contains("What-if edits"), "the lesson as written lists none")

        // Several samples: an input or target is marked with its sample; an old negative number is written with −.
        let batch = try ReportsFixtures.lesson(ReportsFixtures.fullBatch)
        let batchEdits = [ValueEdit(target: .input(sample: 1, index: 0), value: 0.5),
                          ValueEdit(target: .parameter(1), value: 0.25)]
        let batchMarkdown = MarkdownHandout(lesson: try batch.applying(batchEdits), iterations: 1,
                                            editedValues: batch.editedValues(by: batchEdits)).text
        #expect(batchMarkdown.contains("\n\nWhat-if edits: $`x_{1}^{(2)} = 0.5`$ (was 0), $`w_{2} = 0.25`$ (was −0.2); "))
    }

    @Test func thePhaseIntroductionsNameEachLayersActivation() throws {
        // The worked example is all sigmoid: the notes' own a = σ(z) and σ'(z).
        let sigmoid = try Self.workedExample()
        #expect(sigmoid.contains("then its activation $`a = \\sigma(z)`$ (written $`y`$ at the output)."))
        #expect(sigmoid.contains("\\frac{\\partial l}{\\partial z} = \\sigma'(z) \\frac{\\partial l}{\\partial a}"))
        // Lesson 9: a ReLU hidden layer and a linear output; no σ anywhere in its handout.
        let relu = MarkdownHandout(lesson: try ReportsFixtures.shipped("09-relu-dead-neuron.toml"), iterations: 1).text
        #expect(relu.contains("then its activation $`a_{h} = \\mathrm{relu}(z_{h})`$, $`y_{o} = z_{o}`$. On each edge"))
        #expect(relu.contains("\\frac{\\partial l}{\\partial z} = \\frac{\\partial a}{\\partial z} \\frac{\\partial l}{\\partial a}"))
        #expect(!relu.contains("\\sigma"))
    }

    @Test func digitsAreAChoice() throws {
        let markdown = MarkdownHandout(lesson: try ReportsFixtures.workedExample(), iterations: 1, significantDigits: 4).text
        #expect(Self.result(of: "a_{h1}", in: markdown) == "0.5933")
        #expect(markdown.contains("shown to 4 significant digits"))
    }

    @Test func freeTextIsEscaped() {
        #expect(MarkdownText.escaped("Weights | *bold* _x_ $5 <b> [link](x) `code` \\ #1 ~s~ & !")
                == "Weights \\| \\*bold\\* \\_x\\_ \\$5 \\<b\\> \\[link\\](x) \\`code\\` \\\\ \\#1 \\~s\\~ \\& \\!")
        #expect(MarkdownText.escaped("- not a list") == "\\- not a list")
        #expect(MarkdownText.escaped("12. not a list") == "12\\. not a list")
        #expect(MarkdownText.escaped("two\nlines") == "two lines")
        #expect(MarkdownText.escaped("2-2-2 network, η = 0.5.") == "2-2-2 network, η = 0.5.")
        #expect(MarkdownText.cell("a|b \\| c") == "a\\|b \\| c")
        #expect(MarkdownText.table(headers: ["name", "value"], rows: [["w1", "0.5"]])
                == "| name | value |\n| --- | ---: |\n| w1 | 0.5 |\n\n")
    }

    @Test func aHostileTitleStaysText() throws {
        let text = ReportsFixtures.fullBatch.replacingOccurrences(
            of: "title = \"Full batch\"", with: "title = \"# *Bold* | $x$ <script>\"\nsummary = \"- one | *two*\"")
        let markdown = MarkdownHandout(lesson: try ReportsFixtures.lesson(text), iterations: 1).text
        #expect(markdown.hasPrefix("# \\# \\*Bold\\* \\| \\$x\\$ \\<script\\>\n\n\\- one \\| \\*two\\*\n\n"))
    }

    /// The golden handout beside this file; `BACKPROP_RECORD_GOLDEN=1 swift test` re-records it.
    @Test func workedExampleMatchesTheGoldenHandout() throws {
        let markdown = try Self.workedExample()
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/worked-example.md")
        if ProcessInfo.processInfo.environment["BACKPROP_RECORD_GOLDEN"] == "1" {
            try markdown.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("no golden file at \(golden.path); record it with BACKPROP_RECORD_GOLDEN=1 swift test")
            return
        }
        #expect(markdown == expected, "the handout differs from Golden/worked-example.md; if the change is meant, re-record with BACKPROP_RECORD_GOLDEN=1 swift test and review the diff")
    }
}
