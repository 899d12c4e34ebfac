/// Writes an asciicast v2 recording (asciinema's format) one line at a time.
///
/// The first line is the header, a JSON object: `{"version":2,"width":W,"height":H,
/// "timestamp":T,"title":"...","env":{...}}` (timestamp and title only when given, so output
/// can be deterministic). Every further line is one event, a JSON array
/// `[time, "o", data]`, with times in seconds, non-decreasing. Strings are escaped as JSON
/// requires (ESC becomes `\u001b`), and times use the shortest text that reads back exactly.
///
/// Feed events as they happen with ``line(for:)``, or write a whole recording with
/// ``recording(width:height:title:timestamp:environment:events:)``.
public struct AsciicastWriter: Sendable {
    /// The header line, without its newline.
    public let headerLine: String
    /// The time of the last event written, which the next one may not precede.
    public private(set) var lastTime: Double = 0
    /// How many events have been written.
    public private(set) var eventCount = 0

    /// The environment recorded when none is given.
    public static let defaultEnvironment = ["TERM": "xterm-256color"]

    /// Starts a recording of a `width` × `height` terminal.
    ///
    /// `timestamp` is the start as Unix seconds (left out when nil); `environment` is
    /// written in key order.
    public init(width: Int, height: Int, title: String? = nil, timestamp: Int? = nil,
                environment: [String: String] = AsciicastWriter.defaultEnvironment) throws(AsciicastError) {
        guard width >= 1, height >= 1 else {
            throw AsciicastError("the terminal size must be at least 1×1, not \(width)×\(height)")
        }
        if let timestamp, timestamp < 0 { throw AsciicastError("the timestamp must not be negative, not \(timestamp)") }
        var members: [(String, JSONValue)] = [("version", .int(2)), ("width", .int(width)), ("height", .int(height))]
        if let timestamp { members.append(("timestamp", .int(timestamp))) }
        if let title { members.append(("title", .string(title))) }
        members.append(("env", .object(environment.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        headerLine = JSONValue.object(members).text
    }

    /// The line for the next event, without its newline; refuses a time that is not a finite
    /// number ≥ 0 or that goes back before the previous event.
    public mutating func line(for event: AsciicastEvent) throws(AsciicastError) -> String {
        let number = eventCount + 1
        guard event.time.isFinite, event.time >= 0 else {
            throw AsciicastError("event \(number): the time must be a finite number of seconds ≥ 0, not \(event.time)")
        }
        guard event.time >= lastTime else {
            throw AsciicastError("event \(number): time \(event.time) is before the previous event's \(lastTime)")
        }
        lastTime = event.time
        eventCount = number
        // + 0 turns −0 into 0.
        return JSONValue.array([.double(event.time + 0), .string(event.kind.rawValue), .string(event.data)]).text
    }

    /// A whole recording: the header and one line per event, each line ending in a newline.
    public static func recording(width: Int, height: Int, title: String? = nil, timestamp: Int? = nil,
                                 environment: [String: String] = defaultEnvironment,
                                 events: [AsciicastEvent]) throws(AsciicastError) -> String {
        var writer = try AsciicastWriter(width: width, height: height, title: title, timestamp: timestamp,
                                         environment: environment)
        var out = writer.headerLine + "\n"
        for event in events { out += try writer.line(for: event) + "\n" }
        return out
    }
}
