import Foundation
import Testing
@testable import Lessons

/// Problems with the file itself: missing, too large, not UTF-8, NUL characters, TOML syntax.
struct FileAndSyntaxTests {
    /// A fresh path in the temporary directory.
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lessons-tests-\(UUID().uuidString)-\(name)").path
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func write(_ bytes: [UInt8], name: String = "lesson.toml") throws -> String {
        let path = temporaryPath(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The problems `LessonLoader.load` reports for `path`, or none if it loads.
    static func loadProblems(_ path: String) -> [LessonProblem] {
        do {
            _ = try LessonLoader.load(path: path)
            return []
        } catch {
            return error.problems
        }
    }

    /// The fixture padded with a comment to exactly `size` bytes.
    static func fixturePadded(to size: Int) -> [UInt8] {
        let lesson = Array(LessonFixture.text().utf8)
        let comment = Array("# ".utf8) + Array(repeating: UInt8(ascii: "a"), count: size - lesson.count - 3) + [10]
        return lesson + comment
    }

    @Test func aFileOfExactlyOneMebibyteLoads() throws {
        let bytes = Self.fixturePadded(to: 1 << 20)
        #expect(bytes.count == 1_048_576)
        let path = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.loadProblems(path) == [])
    }

    @Test func aFileOverOneMebibyteIsRefusedBeforeParsing() throws {
        // One byte over, and that byte is not even valid UTF-8 or TOML: the size is reported, nothing else.
        let bytes = Self.fixturePadded(to: 1 << 20) + [0xFF]
        let path = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.loadProblems(path).map(\.description) == [
            "\(path): the file is 1048577 bytes; lessons may be at most 1048576 bytes (1 MiB)",
        ])
    }

    @Test func textOverOneMebibyteIsRefusedByParseToo() {
        let text = String(decoding: Self.fixturePadded(to: (1 << 20) + 1), as: UTF8.self)
        #expect(LessonFixture.messages(in: text) == [
            "t.toml: the file is 1048577 bytes; lessons may be at most 1048576 bytes (1 MiB)",
        ])
    }

    @Test func aMissingFile() {
        let path = Self.temporaryPath("absent.toml")
        #expect(Self.loadProblems(path).map(\.description) == ["\(path): no such file"])
    }

    @Test func aDirectoryIsNotALessonFile() throws {
        let path = Self.temporaryPath("folder")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.loadProblems(path).map(\.description) == ["\(path): is a directory, not a lesson file"])
    }

    /// Skipped as root, who can read a file without read permission.
    @Test(.enabled(if: getuid() != 0, "root can read any file"))
    func anUnreadableFile() throws {
        let path = try Self.write(Array(LessonFixture.text().utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        #expect(Self.loadProblems(path).map(\.description) == ["\(path): cannot read the file: permission denied"])
    }

    @Test func textThatIsNotUTF8IsRefusedWithItsPosition() throws {
        // Line 3 is `learning_rate = 0.5`, with byte 0xE9 (Latin-1 é) put at column 5.
        var bytes = Array(LessonFixture.text().utf8)
        let lineStart = bytes.indices.filter { bytes[$0] == 10 }[1] + 1
        bytes.insert(0xE9, at: lineStart + 4)
        let path = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let problems = Self.loadProblems(path)
        #expect(problems.map(\.description) == [
            "\(path):3:5: the file is not UTF-8 text (byte 0xE9 cannot start a character); save it as UTF-8",
        ])
        #expect(problems.first?.keyPath == "")
    }

    @Test func aNULCharacterIsRefusedWithItsPosition() {
        let text = LessonFixture.text(replacing: [2: "loss = \"half\u{0}\""])
        #expect(LessonFixture.messages(in: text) == [
            "t.toml:2:13: the file contains a NUL character, which TOML does not allow",
        ])
    }

    @Test func aTOMLSyntaxErrorHasLineAndColumn() {
        // `learning_rate = = 0.5`: the second `=` is the 17th character of line 3.
        let problems = LessonFixture.problems(in: LessonFixture.text(replacing: [3: "learning_rate = = 0.5"]))
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.column == 17)
        #expect(problems.first?.keyPath == "")
        #expect(problems.first?.description.hasPrefix("t.toml:3:17: TOML syntax error: ") == true)
    }

    @Test func aDuplicateKeyIsASyntaxError() {
        let problems = LessonFixture.problems(in: LessonFixture.text(replacing: [4: "title = \"Again\""]))
        #expect(problems.count == 1)
        #expect(problems.first?.line == 4)
        #expect(problems.first?.message.hasPrefix("TOML syntax error: ") == true)
    }

    @Test func anUnterminatedArrayIsASyntaxErrorNotAHang() {
        let problems = LessonFixture.problems(in: LessonFixture.text(replacing: [19: "x = [0.5, 1"]))
        #expect(problems.count == 1)
        #expect(problems.first?.line == 20)
        #expect(problems.first?.message.hasPrefix("TOML syntax error: ") == true)
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let lesson = try LessonLoader.parse("\u{FEFF}" + LessonFixture.text(), fileName: "t.toml")
        #expect(lesson.title == "Fixture")
    }

    @Test func theLessonRecordsItsFileName() throws {
        let path = try Self.write(Array(LessonFixture.text().utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try LessonLoader.load(path: path).fileName == path)
    }
}
