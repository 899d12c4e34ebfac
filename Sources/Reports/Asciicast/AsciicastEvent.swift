/// One event of an asciicast v2 recording: at `time` seconds from the start, `data`.
public struct AsciicastEvent: Sendable, Hashable {
    /// What an event is; its code is the second element of the event's JSON array.
    public enum Kind: String, Sendable, Hashable {
        /// Text written to the terminal ("o"), escape sequences and all.
        case output = "o"
        /// A marker ("m"), a named point a player can jump to; `data` is its label.
        case marker = "m"
    }

    /// Seconds since the start of the recording.
    public var time: Double
    /// Output or marker.
    public var kind: Kind
    /// The text written, or the marker's label.
    public var data: String

    /// Creates an event.
    public init(time: Double, kind: Kind = .output, data: String) {
        self.time = time
        self.kind = kind
        self.data = data
    }

    /// Output written at `time`.
    public static func output(_ time: Double, _ data: String) -> AsciicastEvent {
        AsciicastEvent(time: time, kind: .output, data: data)
    }
}

/// Why an asciicast could not be written: a header or event the format cannot hold.
public struct AsciicastError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, naming the field or the event (1-based).
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
