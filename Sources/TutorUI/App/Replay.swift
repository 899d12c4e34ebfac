/// Runs a ``TerminalProgram`` on a list of keys without a terminal, handing each frame to a
/// ``FrameSink``: what `backprop replay`, golden tests and scripted demos use.
///
/// The first frame is the program's screen before any key; then one frame follows each
/// key, until the program ends (a quit key gives no frame of its own). Keys after the end
/// are not replayed. Nothing depends on a clock: a `.tick` key is the playback beat.
public enum Replay {
    /// How a replay ended.
    public struct Outcome: Sendable, Hashable {
        /// How many frames were produced (including any not handed to the sink).
        public var frameCount: Int
        /// How many keys came after the program ended and were not replayed.
        public var keysIgnored: Int
    }

    /// Replays `keys` on `program`, handing the frames `selection` asks for to `sink` and
    /// carrying out the effects the program asks for with `effects` (by default none: a
    /// replay reads and writes no file).
    @discardableResult
    public static func run<Program: TerminalProgram, Sink: FrameSink>(
        _ program: inout Program, keys: [KeyEvent], frames selection: FrameSelection, into sink: inout Sink,
        effects: ProgressEffects = .none
    ) -> Outcome {
        var frameCount = 1
        var last = ReplayFrame(number: 1, key: nil, keyNumber: nil, keyCount: keys.count, screen: program.render())
        if selection == .all { sink.write(last) }
        for (index, key) in keys.enumerated() {
            if program.isFinished {
                if selection == .last { sink.write(last) }
                return Outcome(frameCount: frameCount, keysIgnored: keys.count - index)
            }
            program.handle(key, effects: effects)
            if program.isFinished { continue }
            frameCount += 1
            last = ReplayFrame(number: frameCount, key: key, keyNumber: index + 1, keyCount: keys.count,
                               screen: program.render())
            if selection == .all { sink.write(last) }
        }
        if selection == .last { sink.write(last) }
        return Outcome(frameCount: frameCount, keysIgnored: 0)
    }
}

/// Which frames a replay hands on.
public enum FrameSelection: String, Sendable, Hashable, CaseIterable {
    /// Every frame: the start, then one after each key.
    case all
    /// Only the last frame.
    case last
}

/// One frame of a replay: the screen after a key (or before any key).
public struct ReplayFrame: Sendable, Hashable {
    /// The frame's 1-based number.
    public let number: Int
    /// The key that led to it (nil for the first frame).
    public let key: KeyEvent?
    /// The key's 1-based number in the script (nil for the first frame).
    public let keyNumber: Int?
    /// How many keys the script has.
    public let keyCount: Int
    /// What the screen shows.
    public let screen: Screen
}

/// Where replay frames go: text on standard output now; an asciicast recording later.
public protocol FrameSink {
    /// Takes the next frame.
    mutating func write(_ frame: ReplayFrame)
}
