/// A demo script laid out in time: each key press and caption at its moment, in seconds
/// from the start.
///
/// Keys come one ``keyInterval`` apart (the first one interval after the start); `wait`
/// adds its seconds; a caption shows at once, at the time of the command before it. The
/// demo ends at ``endTime``: after the last event, plus any wait after it.
public struct DemoSchedule: Sendable, Hashable {
    /// One moment of a demo.
    public struct Event: Sendable, Hashable {
        /// What happens.
        public enum Kind: Sendable, Hashable {
            /// A key is pressed.
            case key(KeyEvent)
            /// A caption is shown (nil: taken away).
            case caption(String?)
        }

        /// Seconds from the start.
        public let time: Double
        /// What happens.
        public let kind: Kind
        /// Where it comes from, for frame separators and messages: `line 4: l`, `key 2 of 5: l`.
        public let label: String
        /// The script line it comes from (0 for keys given on the command line).
        public let line: Int
    }

    /// The events in time order.
    public let events: [Event]
    /// When the demo ends.
    public let endTime: Double
    /// The seconds between two key presses.
    public let keyInterval: Double

    /// The seconds between key presses when not told otherwise.
    public static let defaultKeyInterval = 0.5

    /// Lays `script` out with `keyInterval` seconds between key presses.
    public init(script: DemoScript, keyInterval: Double = DemoSchedule.defaultKeyInterval) {
        self.keyInterval = keyInterval
        let keyCount = script.keys.count
        var events: [Event] = []
        var time = 0.0
        var keyNumber = 0
        for line in script.lines {
            switch line.command {
            case .keys(let keys):
                for key in keys {
                    time += keyInterval
                    keyNumber += 1
                    let label = line.number == 0 ? "key \(keyNumber) of \(keyCount): \(key.scriptName)"
                        : "line \(line.number): \(key.scriptName)"
                    events.append(Event(time: time, kind: .key(key), label: label, line: line.number))
                }
            case .wait(let seconds):
                time += seconds
            case .caption(let text):
                events.append(Event(time: time, kind: .caption(text), label: "line \(line.number): caption" + (text == nil ? " off" : ""),
                                    line: line.number))
            }
        }
        self.events = events
        endTime = time
    }
}
