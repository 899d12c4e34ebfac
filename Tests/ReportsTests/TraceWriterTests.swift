import BackpropCore
import BackpropNotation
import Foundation
import Lessons
import Testing
@testable import Reports

/// `TraceWriter`: the streamed trace is the document the whole-run report printed, piece by piece.
struct TraceWriterTests {
    /// A golden file: the output of `backprop trace` before streaming, when it built the whole
    /// report in memory (`TraceReport`, recorded with commit 36d07c5's binary).
    struct Golden: CustomTestStringConvertible, Sendable {
        /// The lesson file (in `lessons/`, or beside the goldens).
        let lesson: String
        /// How many updates (nil: the lesson's own count).
        let iterations: Int?
        /// The format, as `TraceWriter` takes it.
        let format: TraceWriter.Format
        /// The golden file's name in `Golden/trace/`.
        let file: String

        var testDescription: String { file }
    }

    /// The folder of the trace goldens.
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/trace")

    /// Several lessons, counts, formats and notations: a batch, softmax, a ReLU with −0, a
    /// run that overflows to ∞ and NaN.
    static let goldens: [Golden] = [
        Golden(lesson: "07-worked-example.toml", iterations: nil, format: .json, file: "07-worked-example-1.json"),
        Golden(lesson: "07-worked-example.toml", iterations: nil, format: .text(Notation(style: .unicode)), file: "07-worked-example-1.txt"),
        Golden(lesson: "08-xor.toml", iterations: 6, format: .json, file: "08-xor-6.json"),
        Golden(lesson: "08-xor.toml", iterations: 6, format: .text(Notation(style: .ascii)), file: "08-xor-6-ascii.txt"),
        Golden(lesson: "09-relu-dead-neuron.toml", iterations: nil, format: .json, file: "09-relu-dead-neuron-4.json"),
        Golden(lesson: "09-relu-dead-neuron.toml", iterations: nil, format: .text(Notation(style: .unicode)), file: "09-relu-dead-neuron-4.txt"),
        Golden(lesson: "10-softmax-cross-entropy.toml", iterations: nil, format: .json, file: "10-softmax-cross-entropy-1.json"),
        Golden(lesson: "10-softmax-cross-entropy.toml", iterations: nil, format: .text(Notation(style: .unicode)), file: "10-softmax-cross-entropy-1.txt"),
        Golden(lesson: "12-batch-gradient.toml", iterations: nil, format: .json, file: "12-batch-gradient-3.json"),
        Golden(lesson: "12-batch-gradient.toml", iterations: nil, format: .text(Notation(style: .ascii)), file: "12-batch-gradient-3-ascii.txt"),
        Golden(lesson: "diverging.toml", iterations: nil, format: .json, file: "diverging-4.json"),
        Golden(lesson: "diverging.toml", iterations: nil, format: .text(Notation(style: .unicode)), file: "diverging-4.txt"),
    ]

    /// The lesson a golden was recorded from.
    static func lesson(_ name: String) throws -> Lesson {
        if name == "diverging.toml" { return try LessonLoader.load(path: goldenFolder.appendingPathComponent(name).path) }
        return try ReportsFixtures.shipped(name)
    }

    /// The pieces `stream` hands on, in order.
    static func pieces(_ writer: TraceWriter, iterations: Int?) -> [String] {
        var pieces: [String] = []
        writer.stream(iterations: iterations) { pieces.append($0) }
        return pieces
    }

    @Test(arguments: goldens)
    func streamedOutputIsTheWholeReportByteForByte(golden: Golden) throws {
        let writer = TraceWriter(lesson: try Self.lesson(golden.lesson), format: golden.format)
        let streamed = Self.pieces(writer, iterations: golden.iterations).joined()
        let url = Self.goldenFolder.appendingPathComponent(golden.file)
        if ProcessInfo.processInfo.environment["BACKPROP_RECORD_GOLDEN"] == "1" {
            try streamed.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(Array(streamed.utf8) == Array(expected.utf8),
                "the trace differs from Golden/trace/\(golden.file); if the change is meant, re-record with BACKPROP_RECORD_GOLDEN=1 swift test and review the diff")
    }

    @Test(arguments: [TraceWriter.Format.json, .text(Notation(style: .unicode))])
    func eachUpdateIsOnePieceBetweenTheHeaderAndTheTrailer(format: TraceWriter.Format) throws {
        let writer = TraceWriter(lesson: try ReportsFixtures.shipped("08-xor.toml"), format: format)
        let pieces = Self.pieces(writer, iterations: 5)
        try #require(pieces.count == 7)
        #expect(pieces.first == writer.header)
        #expect(pieces.last == writer.trailer)
        for (offset, block) in pieces[1...5].enumerated() {
            let number = offset + 1
            switch format {
            case .json:
                // The first update opens the array; every later one follows a comma.
                #expect(block.hasPrefix((number == 1 ? "" : ",") + "{\"iteration\":\(number),\"loss\":"))
            case .text:
                #expect(block.hasPrefix("\nIteration \(number): loss before the update L = "))
                #expect(block.components(separatedBy: "Iteration ").count == 2, "one update per block")
            }
        }
    }

    @Test func theJSONHeaderOpensTheDocumentAndTheTrailerClosesIt() throws {
        let writer = TraceWriter(lesson: try ReportsFixtures.workedExample(), format: .json)
        #expect(writer.header == #"{"lesson":"A full worked example","loss_function":"half_squared_error","iterations":["#)
        #expect(writer.trailer == "]}\n")
        // With no update the pieces still make one valid document.
        let empty = Self.pieces(writer, iterations: 0).joined()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [String: Any])
        #expect((object["iterations"] as? [Any])?.isEmpty == true)
        #expect(object["lesson"] as? String == "A full worked example")
    }

    @Test func anErrorFromTheReceiverStopsTheRunAtOnce() throws {
        struct Stop: Error {}
        let writer = TraceWriter(lesson: try ReportsFixtures.shipped("08-xor.toml"), format: .json)
        var received = 0
        #expect(throws: Stop.self) {
            try writer.stream(iterations: 1_000_000) { _ in
                received += 1
                if received == 3 { throw Stop() }
            }
        }
        #expect(received == 3, "header and two updates, then nothing more")
    }

    /// The diverging fixture by hand: one linear neuron, x = y = 1, w₀ = −1, b₀ = 0, η = 10²⁰⁰.
    /// z = −1, l = ½(−1 − 1)² = 2, ∂l/∂z = −2, so w₁ = −1 + 2·10²⁰⁰ = 2·10²⁰⁰ (the −1 is lost
    /// to rounding) and b₁ = 2·10²⁰⁰; then z = 4·10²⁰⁰, whose square overflows: l = ∞, and
    /// w₂ = 2·10²⁰⁰ − 10²⁰⁰·4·10²⁰⁰ = −∞; then ∂l/∂z = −∞ and w₃ = −∞ + ∞ = NaN.
    @Test func aDivergingRunIsWrittenWithNullsWhereTheNumbersStopBeingFinite() throws {
        let writer = TraceWriter(lesson: try Self.lesson("diverging.toml"), format: .json)
        let document = Self.pieces(writer, iterations: nil).joined()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        let iterations = try #require(object["iterations"] as? [[String: Any]])
        try #require(iterations.count == 4)
        func parameter(_ iteration: Int, _ index: Int, _ key: String) -> Any? {
            (iterations[iteration]["parameters"] as? [[String: Any]])?[index][key]
        }
        #expect(iterations[0]["loss"] as? Double == 2)
        #expect(parameter(0, 0, "grad") as? Double == -2)
        #expect(parameter(0, 0, "new") as? Double == 2e200)
        #expect(parameter(0, 1, "new") as? Double == 2e200)
        #expect(iterations[1]["loss"] is NSNull)
        #expect(parameter(1, 0, "grad") as? Double == 4e200)
        #expect(parameter(1, 0, "new") is NSNull)
        #expect(parameter(2, 0, "value") is NSNull)
        #expect(iterations[3]["loss"] is NSNull)
    }
}
