/// Auto-advance: whether the stepper plays by itself, and how fast.
public struct Playback: Sendable, Hashable {
    /// The delays between steps the speeds step through, slowest first, in milliseconds.
    public static let delays = [3000, 2000, 1500, 1000, 700, 500, 300, 200, 100]
    /// The speed a new stepper starts at (1 step a second).
    public static let defaultSpeed = 3

    /// Whether the stepper advances by itself.
    public var isPlaying = false
    /// An index into ``delays``.
    public var speed = Playback.defaultSpeed

    /// Creates a paused playback at the default speed.
    public init() {}

    /// The delay between two steps while playing, in milliseconds.
    public var delay: Int { Self.delays[speed] }

    /// Steps per second at this speed, for the status line.
    public var stepsPerSecond: Double { 1000 / Double(delay) }
}
