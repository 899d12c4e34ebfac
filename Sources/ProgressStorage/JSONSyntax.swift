/// Finds where JSON text first breaks the grammar, for messages that place the fault by
/// line and column (`JSONDecoder` says only that the data is not valid JSON).
///
/// One pass with an explicit stack, so no nesting depth can exhaust the call stack.
enum JSONSyntax {
    /// The byte offset of the first fault and what was expected there, or nil for valid JSON.
    static func firstError(in bytes: [UInt8]) -> (offset: Int, expected: String)? {
        var reader = Reader(bytes: bytes)
        return reader.firstError()
    }

    /// The scan's position and the containers open at it.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0
        /// `{` or `[` for each open container, innermost last.
        var open: [UInt8] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        var next: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func skipBlanks() {
            while let byte = next, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { offset += 1 }
        }

        mutating func firstError() -> (offset: Int, expected: String)? {
            var wantsValue = true
            while true {
                skipBlanks()
                if wantsValue {
                    guard let byte = next else { return (offset, "a value") }
                    switch byte {
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        open.append(byte)
                        offset += 1
                        skipBlanks()
                        if next == (byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                            open.removeLast()
                            offset += 1
                            wantsValue = false
                        } else if byte == UInt8(ascii: "{") {
                            if let fault = key() { return fault }
                        }
                    case UInt8(ascii: "\""):
                        if let fault = string() { return fault }
                        wantsValue = false
                    default:
                        if let fault = scalar() { return fault }
                        wantsValue = false
                    }
                    continue
                }
                guard let container = open.last else {
                    return next == nil ? nil : (offset, "the end of the file")
                }
                let close = container == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if next == close {
                    open.removeLast()
                    offset += 1
                } else if next == UInt8(ascii: ",") {
                    offset += 1
                    wantsValue = true
                    if container == UInt8(ascii: "{") {
                        skipBlanks()
                        if let fault = key() { return fault }
                    }
                } else {
                    return (offset, "',' or '\(Character(Unicode.Scalar(close)))'")
                }
            }
        }

        /// Reads `"key" :` in an object.
        mutating func key() -> (offset: Int, expected: String)? {
            guard next == UInt8(ascii: "\"") else { return (offset, "a key in double quotes") }
            if let fault = string() { return fault }
            skipBlanks()
            guard next == UInt8(ascii: ":") else { return (offset, "':'") }
            offset += 1
            return nil
        }

        /// Reads a string, escapes included.
        mutating func string() -> (offset: Int, expected: String)? {
            offset += 1
            while let byte = next {
                offset += 1
                if byte == UInt8(ascii: "\"") { return nil }
                if byte < 0x20 { return (offset - 1, "no control character in a string") }
                if byte == UInt8(ascii: "\\") {
                    guard let escaped = next, "\"\\/bfnrtu".utf8.contains(escaped) else {
                        return (offset, "an escape (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u)")
                    }
                    offset += 1
                }
            }
            return (offset, "'\"' to end the string")
        }

        /// Reads a number, `true`, `false` or `null`.
        mutating func scalar() -> (offset: Int, expected: String)? {
            for word in ["true", "false", "null"] where bytes[offset...].starts(with: word.utf8) {
                offset += word.utf8.count
                return nil
            }
            let start = offset
            func digits() -> Int {
                let from = offset
                while let byte = next, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
                return offset - from
            }
            if next == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { return (start, "a value") }
            if next == UInt8(ascii: ".") {
                offset += 1
                guard digits() > 0 else { return (offset, "a digit") }
            }
            if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
                offset += 1
                if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { offset += 1 }
                guard digits() > 0 else { return (offset, "a digit") }
            }
            return nil
        }
    }
}
