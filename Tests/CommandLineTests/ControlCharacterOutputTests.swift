import Foundation
import Testing
@testable import Lessons

/// Control characters in a lesson's text never reach the terminal raw: every command that
/// prints lesson text escapes them, and a problem stays on one line.
struct ControlCharacterOutputTests {
    /// Every control character a terminal acts on: C0, DEL, C1 and the Unicode line breaks.
    static let controls: [Unicode.Scalar] = (Array(0x01..<0x20) + Array(0x7F...0x9F) + [0x2028, 0x2029])
        .compactMap(Unicode.Scalar.init)

    /// ESC [31m (red), CR, BEL, a newline and the rest, each between two letters.
    static let hostile = "A" + controls.map { "\(Character($0))x" }.joined() + "\u{1B}[31mred"

    /// Whether `text` holds any control character but the newline ending its lines.
    static func holdsControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && PrintableText.isControl($0) }
    }

    @Test func escapingLeavesNoControlCharacterAndKeepsTheRest() {
        let escaped = PrintableText.escaped(Self.hostile)
        #expect(!escaped.unicodeScalars.contains(where: PrintableText.isControl))
        #expect(escaped.hasPrefix("A\\u0001x\\u0002x"))
        #expect(escaped.contains("\\u001B[31mred"))
        #expect(escaped.contains("\\u2028x\\u2029x"))
        let plain = "σ(z) = 1/(1 + e⁻ᶻ), ∂l/∂w — «ok» 中"
        #expect(PrintableText.escaped(plain) == plain)
    }

    /// A lesson folder holding a lesson whose title and summary carry control characters, and
    /// one whose note names a step with every one of them (a problem quoting the text).
    static func folder() throws -> String {
        let source = try String(contentsOfFile: BackpropProcess.lesson("02-one-neuron-forward.toml"), encoding: .utf8)
        func toml(_ text: String) -> String {
            text.unicodeScalars.map { PrintableText.isControl($0) ? String(format: "\\u%04X", $0.value) : String($0) }.joined()
        }
        // A title and a summary are one line, so they carry every control character but the line breaks.
        let lineBreaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]
        let oneLine = toml(String(String.UnicodeScalarView(Self.hostile.unicodeScalars.filter { !lineBreaks.contains($0.value) })))
        let good = source.replacingOccurrences(of: "title = \"One neuron, forward\"", with: "title = \"\(oneLine)\"")
            .replacingOccurrences(of: "summary = \"", with: "summary = \"\(oneLine) ")
        let bad = source.replacingOccurrences(of: "at = \"y o1\"", with: "at = \"\(toml(Self.hostile))\"")
        #expect(good != source && bad != source)
        let first = try BackpropProcess.temporaryFile("01-hostile.toml", good)
        let folder = URL(fileURLWithPath: first).deletingLastPathComponent()
        try bad.write(to: folder.appendingPathComponent("02-broken.toml"), atomically: true, encoding: .utf8)
        return folder.path
    }

    @Test func listCheckTraceTrainAndExportEscapeThem() throws {
        let folder = try Self.folder()
        let hostile = folder + "/01-hostile.toml", broken = folder + "/02-broken.toml"
        let list = try BackpropProcess.run(["list", "--lessons", folder])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("A\\u0001x"))
        let check = try BackpropProcess.run(["check", hostile, broken])
        #expect(check.status == 65)
        // One line per problem, the summary line last.
        let problems = check.standardError.split(separator: "\n")
        #expect(problems.count == 2 && problems[0].contains("02-broken.toml:") && problems[0].contains("\\u001B[31mred"))
        var outputs = [list.standardOutput, list.standardError, check.standardOutput, check.standardError]
        for arguments in [["trace", hostile, "--format", "text"], ["train", hostile], ["export", hostile],
                          ["export", hostile, "--format", "dot"]] {
            let run = try BackpropProcess.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.standardError)")
            #expect(run.standardOutput.contains("A\\u0001x"), "\(arguments)")
            outputs += [run.standardOutput, run.standardError]
        }
        for output in outputs { #expect(!Self.holdsControls(output), "\(output.prefix(300))") }
    }
}
