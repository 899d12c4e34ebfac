import Foundation
import Testing

/// The instructor's options of `backprop replay` run as a user would: `--set`, `--theme`,
/// `--presenter`, `--script` and the ansi and asciicast formats.
struct InstructorCommandTests {
    static let workedExample = ExportCommandTests.workedExample
    static let demo = BackpropProcess.repository.appendingPathComponent("demos/worked-example.demo").path

    /// The frames of text output, split at the separator lines (longer than `width`).
    static func frames(_ output: String, width: Int) -> [String] {
        var frames: [[Substring]] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.count > width, line.hasPrefix("=== frame ") { frames.append([]) } else if !frames.isEmpty { frames[frames.count - 1].append(line) }
        }
        return frames.map { $0.dropLast($0.last == "" ? 1 : 0).joined(separator: "\n") }
    }

    @Test func setStartsTheStepperFromEditedValues() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--keys", ": 5 enter", "--frames", "last",
                                              "--set", "w5=0.9", "--set", "eta=1"])
        #expect(result.status == 0, "\(result.standardError)")
        // 0.593269992·0.9 + 0.596884378·0.45 + 0.6 = 1.40254096.
        #expect(result.standardOutput.contains("= 0.59327·0.9 + 0.596884·0.45 + 0.6"))
        #expect(result.standardOutput.contains("= 1.40254"))
        // Started from, not edited: nothing to undo.
        let undo = try BackpropProcess.run(["replay", Self.workedExample, "--keys", "u", "--frames", "last", "--set", "w5=0.9"])
        #expect(undo.standardOutput.contains("Nothing to undo"))
        // The worked example's note at step 5 (zₒ₁ = aₕ₁·w₅ + …) shows as written, not once edited.
        let note = "The hidden activations are the inputs of the output layer"
        let plain = try BackpropProcess.run(["replay", Self.workedExample, "--no-quiz", "--keys", ": 5 enter",
                                             "--frames", "last", "--size", "120x40"])
        #expect(plain.standardOutput.contains(note))
        let edited = try BackpropProcess.run(["replay", Self.workedExample, "--keys", ": 5 enter", "--frames", "last",
                                              "--size", "120x40", "--set", "w5=0.9"])
        #expect(edited.status == 0 && !edited.standardOutput.contains(note), "the note's numbers are the lesson's as written")
    }

    @Test func aBadSetIsRefusedWithItsReason() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--set", "w9=1", "--set", "eta=0"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("error: --set w9=1: unknown name w9"))
        #expect(result.standardError.contains("error: --set eta=0: the learning rate must be greater than 0"),
                "every bad --set is reported, not only the first")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func presenterAndThemesChangeHowFramesAreDrawn() throws {
        let presenter = try BackpropProcess.run(["replay", Self.workedExample, "--keys", "l", "--frames", "last",
                                                 "--presenter", "--size", "100x30", "--no-quiz"])
        #expect(presenter.status == 0, "\(presenter.standardError)")
        #expect(presenter.standardOutput.contains("a     0.5933"), "σ(0.3775) = 0.593269992 to 4 digits")
        func ansi(_ theme: String) throws -> String {
            try BackpropProcess.run(["replay", Self.workedExample, "--keys", "l", "--frames", "last", "--color", "always",
                                     "--theme", theme, "--no-quiz"]).standardOutput
        }
        #expect(try ansi("okabe-ito").contains(";38;5;74m"), "sky blue for the forward pass")
        #expect(!(try ansi("dark")).contains("38;5;"))
        #expect(!(try ansi("mono")).contains("\u{1B}[3"), "no foreground colour in mono")
        let bad = try BackpropProcess.run(["replay", Self.workedExample, "--theme", "sepia"])
        #expect(bad.status == 64 && bad.standardError.contains("okabe-ito"))
    }

    @Test func aScriptIsReplayedWithItsCaptions() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--script", Self.demo, "--size", "100x30",
                                              "--presenter"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains("=== frame 2 (line 8: caption) ==="))
        #expect(result.standardOutput.contains(" Mazur's 2-2-2 network: two inputs, two hidden neurons, two outputs"))
        #expect(result.standardOutput.contains("(tick) ==="), "the script plays the stepper")
        #expect(result.standardOutput.contains("What if w₅ = 0.9 (was 0.4): zₒ₁: 1.106 → 1.403"))
    }

    @Test(arguments: [("l\nwait soon\n", 2, 6, "wait needs a number of seconds"),
                      ("caption Forward\n", 1, 9, "caption needs its text in double quotes"),
                      ("l l xyz\n", 1, 5, "unknown key name \"xyz\"")])
    func aBadScriptNamesTheFileLineAndColumn(text: String, line: Int, column: Int, message: String) throws {
        let path = try BackpropProcess.temporaryFile("bad.demo", text)
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--script", path])
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("error: \(path):\(line):\(column): "), "\(result.standardError)")
        #expect(result.standardError.contains(message))
        let missing = try BackpropProcess.run(["replay", Self.workedExample, "--script", path + ".missing"])
        #expect(missing.status == 66 && missing.standardError.contains("cannot read the demo script"))
    }

    @Test func aScriptWithWindowsLineEndsPlaysAsItsUnixTwin() throws {
        let crlf = try BackpropProcess.temporaryFile("crlf.demo", "l\r\nWAIT 1\r\nCaption OFF\r\n")
        let lf = try BackpropProcess.temporaryFile("lf.demo", "l\nWAIT 1\nCaption OFF\n")
        let windows = try BackpropProcess.run(["replay", "7", "--script", crlf])
        #expect(windows.status == 0, "\(windows.standardError)")
        #expect(windows.standardOutput.contains("=== frame 2 (line 1: l) ==="))
        #expect(windows.standardOutput.contains("=== frame 3 (line 3: caption off) ==="))
        let unix = try BackpropProcess.run(["replay", "7", "--script", lf])
        #expect(windows.standardOutput == unix.standardOutput)
    }

    @Test func keysAndScriptTogetherAreRefused() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--keys", "l", "--script", Self.demo])
        #expect(result.status == 64 && result.standardError.contains("either --keys or --script"))
        let last = try BackpropProcess.run(["replay", Self.workedExample, "--format", "asciicast", "--frames", "last"])
        #expect(last.status == 64)
        let interval = try BackpropProcess.run(["replay", Self.workedExample, "--key-interval", "0"])
        #expect(interval.status == 64 && interval.standardError.contains("--key-interval"))
    }

    @Test func ansiOutputRedrawsOnceThenWritesWhatChanged() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--keys", "l l", "--format", "ansi"])
        #expect(result.status == 0, "\(result.standardError)")
        let output = result.standardOutput
        #expect(output.hasPrefix("\u{1B}[?25l\u{1B}[H\u{1B}[2J\u{1B}[1;1H"))
        #expect(output.components(separatedBy: "\u{1B}[H\u{1B}[2J").count == 2, "one full redraw, then the changes")
        #expect(output.hasSuffix("\u{1B}[24;1H\u{1B}[?25h\n"))
        #expect(!output.contains("=== frame"))
        let text = try BackpropProcess.run(["replay", Self.workedExample, "--keys", "l l"]).standardOutput
        #expect(ANSIScreen.screens(after: [output], columns: 80, rows: 24).last == Self.frames(text, width: 80).last)
    }

    @Test func asciicastIsARecordingOfEveryFrameAtItsTime() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--script", Self.demo, "--size", "100x30",
                                              "--format", "asciicast", "--key-interval", "0.4"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 100 && header["height"] as? Int == 30)
        #expect(header["title"] as? String == "A full worked example")
        var times: [Double] = []
        var data: [String] = []
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], "\(line)")
            #expect(event.count == 3 && event[1] as? String == "o")
            times.append(try #require(event[0] as? Double ?? (event[0] as? Int).map(Double.init)))
            data.append(try #require(event[2] as? String))
        }
        #expect(times.first == 0)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 }, "times never go back")
        // Captions at 0 and after `wait 3`; the first key one interval after the next `wait 3`.
        #expect(times[1] == 0 && times[2] == 3 && times[3] == 6.4)
        // The script ends with `caption off` then `wait 1`: an empty event holds the last frame.
        #expect(data.last == "" && times.last! - times[times.count - 2] == 1)
        // The first event redraws the screen, each later one writes what changed: played in
        // turn, the events show the text format's frames (as text: a frame that changed only
        // colours reads the same as the one before, so repeats are left out on both sides).
        let text = try BackpropProcess.run(["replay", Self.workedExample, "--script", Self.demo, "--size", "100x30",
                                            "--key-interval", "0.4"])
        let played = ANSIScreen.screens(after: Array(data.dropLast()), columns: 100, rows: 30)
        func withoutRepeats(_ frames: [String]) -> [String] {
            frames.reduce(into: []) { kept, frame in if kept.last != frame { kept.append(frame) } }
        }
        #expect(withoutRepeats(played) == withoutRepeats(Self.frames(text.standardOutput, width: 100)))
        #expect(data.dropFirst().allSatisfy { !$0.contains("\u{1B}[2J") }, "a later event cleared the screen")
    }

    @Test func keysOfAnAsciicastComeAnIntervalApart() throws {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--keys", "l l h q", "--no-quiz", "--format", "asciicast",
                                              "--key-interval", "0.25"])
        #expect(result.status == 0)
        let times = try result.standardOutput.split(separator: "\n").dropFirst().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])[0] as? Double
        }
        #expect(times == [0, 0.25, 0.5, 0.75, 1.0], "three frames, then q at 1 s ends it")
    }
}

/// Reads ANSI output back into screens of text: a minimal terminal that knows what the
/// recordings use (clear, cursor address, erase to the end of the line, SGR, cursor
/// visibility), fed one chunk after another.
enum ANSIScreen {
    /// The screen after each of `chunks` is written, in turn, to one terminal, as plain text
    /// with trailing spaces trimmed.
    static func screens(after chunks: [String], columns: Int, rows: Int) -> [String] {
        var screen = Array(repeating: Array(repeating: Character(" "), count: columns), count: rows)
        var row = 0, column = 0
        var result: [String] = []
        for chunk in chunks {
            let characters = Array(chunk)
            var index = 0
            while index < characters.count {
                let character = characters[index]
                if character == "\u{1B}", index + 1 < characters.count, characters[index + 1] == "[" {
                    var end = index + 2
                    while end < characters.count, !(characters[end].isLetter) { end += 1 }
                    let parameters = String(characters[(index + 2)..<end])
                    switch characters[end] {
                    case "H":
                        let numbers = parameters.split(separator: ";").compactMap { Int($0) }
                        row = (numbers.first ?? 1) - 1
                        column = (numbers.count > 1 ? numbers[1] : 1) - 1
                    case "J" where parameters == "2":
                        screen = screen.map { $0.map { _ in " " } }
                    case "K" where parameters.isEmpty && row < rows:
                        for index in min(column, columns)..<columns { screen[row][index] = " " }
                    default:
                        break
                    }
                    index = end + 1
                    continue
                }
                if character == "\n" {
                    row += 1
                    column = 0
                } else if row < rows, column < columns {
                    screen[row][column] = character
                    column += 1
                }
                index += 1
            }
            result.append(screen.map { line in
                var text = String(line)
                while text.last == " " { text.removeLast() }
                return text
            }.joined(separator: "\n"))
        }
        return result
    }
}
