import Foundation
import Testing

/// `export --output FILE` replaces FILE whole or not at all: a disk that fills part way
/// leaves the old file as it was and no temporary file behind.
struct ExportOutputAtomicityTests {
    static let workedExample = BackpropProcess.lesson("07-worked-example.toml")

    /// A fresh folder holding `out.md` with `old` in it, mode 0600.
    static func folder(old: String) throws -> (folder: String, file: String) {
        let file = try BackpropProcess.temporaryFile("out.md", old)
        #expect(chmod(file, 0o600) == 0)
        return ((file as NSString).deletingLastPathComponent, file)
    }

    /// Runs export with files limited to `kilobytes` (SIGXFSZ ignored, so a write past the
    /// limit fails with EFBIG, as on a full disk).
    static func export(to path: String, limitKiB kilobytes: Int, format: String) throws -> BackpropProcess.Result {
        try BackpropProcess.run(["-c", "trap '' XFSZ; ulimit -f \(kilobytes); exec \"$0\" export \"$1\" --format \(format) --output \"$2\"",
                                 BackpropProcess.executable.path, Self.workedExample, path],
                                executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @Test(arguments: ["markdown", "dot"])
    func aWriteThatFailsPartWayLeavesTheOldFileWhole(format: String) throws {
        let old = String(repeating: "the old handout\n", count: 10)
        let (folder, file) = try Self.folder(old: old)
        let failed = try Self.export(to: file, limitKiB: 1, format: format)
        #expect(failed.status == 73)
        #expect(failed.standardError == "error: cannot write \(file): File too large\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.md"], "no temporary file left")

        let written = try Self.export(to: file, limitKiB: 100_000, format: format)
        #expect(written.status == 0, "\(written.standardError)")
        let full = try BackpropProcess.run(["export", Self.workedExample, "--format", format])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == full.standardOutput)
        #expect(full.standardOutput.utf8.count > 1024, "the export is larger than the limit that failed")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600, "a replaced file keeps its mode")
    }

    @Test func aLinkIsFollowedAndADeviceWrittenInPlace() throws {
        let (folder, file) = try Self.folder(old: "old\n")
        let link = folder + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        let result = try BackpropProcess.run(["export", Self.workedExample, "--output", link])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == file, "the link is still a link")
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# A full worked example"))
        let full = try BackpropProcess.run(["export", Self.workedExample, "--output", "/dev/full"])
        #expect(full.status == 73)
        #expect(full.standardError == "error: cannot write /dev/full: No space left on device\n")
        let null = try BackpropProcess.run(["export", Self.workedExample, "--output", "/dev/null"])
        #expect(null.status == 0)
    }
}
