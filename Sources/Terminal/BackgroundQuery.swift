#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks the terminal for its background colour (OSC 11), for choosing a light or dark theme.
public enum BackgroundQuery {
    /// The terminal's reply to `ESC ] 11 ; ? ST` on standard input, or nil when standard input
    /// and output are not a terminal (or TERM is unset or `dumb`) or it gave none within
    /// `timeout` milliseconds.
    ///
    /// The query is followed by a request for the terminal's attributes (DA1, `ESC [ c`),
    /// which every terminal answers: its reply ends the wait at once on a terminal that does
    /// not know OSC 11, and both replies are read here, so neither reaches the program as
    /// keys. Input is read raw and without echo while waiting; the settings are restored.
    public static func ask(timeout: Int32 = 200) -> String? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
              let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty, term != "dumb" else { return nil }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return nil }
        defer { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        let query = Array("\u{1B}]11;?\u{1B}\\\u{1B}[c".utf8)
        guard query.withUnsafeBytes({ write(STDOUT_FILENO, $0.baseAddress, $0.count) }) == query.count else { return nil }
        var received: [UInt8] = []
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let deadline = Int64(clock.tv_sec) * 1000 + Int64(clock.tv_nsec) / 1_000_000 + Int64(timeout)
        while !endsWithAttributes(received) {
            clock_gettime(CLOCK_MONOTONIC, &clock)
            let left = deadline - (Int64(clock.tv_sec) * 1000 + Int64(clock.tv_nsec) / 1_000_000)
            guard left > 0 else { break }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Int32(left)) > 0 else { break }
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        return text.contains("]11;") ? text : nil
    }

    /// Whether `bytes` hold the reply to the attributes request: `ESC [ ?` … `c`.
    static func endsWithAttributes(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last, last == UInt8(ascii: "c") else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("\u{1B}[?")
    }
}
