import Foundation
import Testing
@testable import Reports

/// The asciicast v2 writer: JSON lines a player can read, with a valid header and times
/// that never go back.
struct AsciicastWriterTests {
    /// Every line of `text` parsed as JSON (fails the test on a line that is not JSON).
    static func parse(_ text: String) throws -> [Any] {
        #expect(text.hasSuffix("\n"))
        return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try JSONSerialization.jsonObject(with: Data($0.utf8), options: [.fragmentsAllowed])
        }
    }

    @Test func headerAndEventsAreJSONLines() throws {
        let text = try AsciicastWriter.recording(
            width: 100, height: 30, title: "Worked example", timestamp: 1_700_000_000,
            environment: ["TERM": "xterm-256color", "SHELL": "/bin/sh"],
            events: [.output(0, "\u{1B}[2J\u{1B}[H"), .output(0.5, "z = 0.3775\r\n"),
                     AsciicastEvent(time: 0.5, kind: .marker, data: "backward pass"), .output(1.75, "done")])
        let lines = try Self.parse(text)
        #expect(lines.count == 5)
        let header = try #require(lines[0] as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 100 && header["height"] as? Int == 30)
        #expect(header["timestamp"] as? Int == 1_700_000_000)
        #expect(header["title"] as? String == "Worked example")
        #expect(header["env"] as? [String: String] == ["TERM": "xterm-256color", "SHELL": "/bin/sh"])
        #expect(text.hasPrefix(#"{"version":2,"width":100,"height":30,"timestamp":1700000000,"title":"Worked example","env":{"SHELL":"/bin/sh","TERM":"xterm-256color"}}"#))
        let events = try lines.dropFirst().map { try #require($0 as? [Any]) }
        #expect(events.map { $0.count } == [3, 3, 3, 3])
        let times = events.map { $0[0] as? Double ?? -1 }
        #expect(times == [0, 0.5, 0.5, 1.75])
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(events.map { $0[1] as? String } == ["o", "o", "m", "o"])
        #expect(events[0][2] as? String == "\u{1B}[2J\u{1B}[H")
        #expect(text.contains(#"[0.0,"o","\u001b[2J\u001b[H"]"#))
    }

    @Test func everyControlCharacterIsEscapedAndReadsBack() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let tricky = controls + "\u{7F} \"quoted\" back\\slash / é ∂l/∂z 🧠 \u{2028}\u{2029} \u{1B}[1;31mred\u{1B}[0m"
        let text = try AsciicastWriter.recording(width: 80, height: 24, events: [.output(0.25, tricky)])
        // No raw control character survives into the file: each line is one line of JSON.
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(!lines.contains { $0.unicodeScalars.contains { $0.value < 0x20 } })
        let event = try #require(try Self.parse(text)[1] as? [Any])
        #expect(event[2] as? String == tricky)
    }

    @Test func timesAreWrittenExactly() throws {
        let times = [0, 2.5e-7, 0.1, 1.0 / 3, 1.0 / 3, 12345.678901234]
        var writer = try AsciicastWriter(width: 80, height: 24)
        for time in times {
            let line = try writer.line(for: .output(time, "x"))
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            #expect(parsed[0] as? Double == time)
        }
        #expect(writer.eventCount == times.count && writer.lastTime == 12345.678901234)
        // −0 is written as 0.
        var zero = try AsciicastWriter(width: 1, height: 1)
        #expect(try zero.line(for: .output(-0.0, "")) == #"[0.0,"o",""]"#)
    }

    @Test func titleAndTimestampAreLeftOutWhenNotGiven() throws {
        let writer = try AsciicastWriter(width: 80, height: 24)
        #expect(writer.headerLine == #"{"version":2,"width":80,"height":24,"env":{"TERM":"xterm-256color"}}"#)
    }

    @Test func badHeadersAndEventsAreRefusedWithTheReason() throws {
        #expect(throws: AsciicastError("the terminal size must be at least 1×1, not 0×24")) {
            try AsciicastWriter(width: 0, height: 24)
        }
        #expect(throws: AsciicastError("the timestamp must not be negative, not -1")) {
            try AsciicastWriter(width: 80, height: 24, timestamp: -1)
        }
        #expect(throws: AsciicastError("event 3: time 1.0 is before the previous event's 2.0")) {
            try AsciicastWriter.recording(width: 80, height: 24, events: [.output(0, "a"), .output(2, "b"), .output(1, "c")])
        }
        var writer = try AsciicastWriter(width: 80, height: 24)
        for time in [-1.0, .nan, .infinity] {
            #expect(throws: AsciicastError.self) { try writer.line(for: .output(time, "x")) }
        }
        // A refused event leaves the writer as it was.
        #expect(writer.eventCount == 0)
        #expect(try writer.line(for: .output(0, "x")) == #"[0.0,"o","x"]"#)
    }
}
