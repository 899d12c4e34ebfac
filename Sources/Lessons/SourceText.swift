/// Checks on a lesson's raw bytes and text made before TOML parsing, with positions for errors.
enum SourceText {
    /// The 1-based line and column (in characters) of the byte at `offset`, which must
    /// follow only valid UTF-8.
    static func position(ofByte offset: Int, in bytes: some Collection<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// The character starting at byte `offset` of valid UTF-8, quoted for a message (`'.'`, `a line break`).
    static func describeCharacter(at offset: Int, in bytes: [UInt8]) -> String {
        switch bytes[offset] {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
        case UInt8(ascii: "\t"): return "a tab"
        case let byte where byte < 0x20 || byte == 0x7F: return "control character 0x" + String(byte, radix: 16)
        default:
            let character = String(decoding: bytes[offset...].prefix(4), as: UTF8.self).first.map(String.init) ?? "?"
            return "'" + character + "'"
        }
    }

    /// The byte offset of the first byte that is not valid UTF-8, or nil if all of it is.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Decodes UTF-8 text, or throws a problem saying where the first invalid byte is.
    static func decode(_ bytes: [UInt8], fileName: String) throws(LessonError) -> String {
        if let offset = firstInvalidUTF8(in: bytes) {
            let (line, column) = position(ofByte: offset, in: bytes)
            let hex = String(bytes[offset], radix: 16, uppercase: true)
            throw .file(fileName, "the file is not UTF-8 text (byte 0x\(hex.count == 1 ? "0" : "")\(hex) "
                        + "cannot start a character); save it as UTF-8", line: line, column: column)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Refuses text TOMLKit cannot be trusted with: too large, or holding a NUL character
    /// (which TOML forbids and which would silently cut the text short on its way to the C parser).
    static func checkBeforeParsing(_ text: String, fileName: String) throws(LessonError) {
        let size = text.utf8.count
        if size > LessonLimits.maxFileBytes {
            throw .file(fileName, "the file is \(size) bytes; lessons may be at most \(LessonLimits.maxFileBytes) "
                        + "bytes (1 MiB)")
        }
        if let offset = text.utf8.firstIndex(of: 0).map({ text.utf8.distance(from: text.utf8.startIndex, to: $0) }) {
            let (line, column) = position(ofByte: offset, in: text.utf8)
            throw .file(fileName, "the file contains a NUL character, which TOML does not allow",
                        line: line, column: column)
        }
    }
}
