import CNcursesw

/// The bytes that give a terminal back to the shell without the screen library: reset the
/// attributes, leave keypad-transmit mode, show the cursor, leave the alternate screen.
///
/// Read from terminfo for the current terminal (after `newterm`), with the terminfo padding
/// markers (`$<5>`) removed, because the signal handlers write them raw.
enum ResetSequence {
    /// The terminfo capabilities written, in order.
    static let capabilities = ["sgr0", "rmkx", "cnorm", "rmcup"]

    /// The bytes for the current terminal.
    static func current() -> [UInt8] {
        capabilities.flatMap { name -> [UInt8] in
            guard let value = bp_tigetstr(name) else { return [] }
            return withoutPadding(Array(String(cString: value).utf8))
        }
    }

    /// `bytes` without terminfo delay markers such as `$<5>` or `$<2*/>`.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
