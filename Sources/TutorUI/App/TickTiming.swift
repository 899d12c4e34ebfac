/// What the terminal loop measured about one tick of a playing program: the only way wall
/// time reaches a program, as plain values (a replay measures nothing and sends none).
public struct TickTiming: Sendable, Hashable {
    /// The time from the start of the previous tick to the start of this one; nil for the
    /// first tick after the program started asking for ticks.
    public var sincePreviousTick: Duration?
    /// The time the program took to handle the tick.
    public var handling: Duration
    /// The time rendering the frame and drawing it on the terminal took.
    public var drawing: Duration

    /// Creates a measurement.
    public init(sincePreviousTick: Duration?, handling: Duration, drawing: Duration) {
        self.sincePreviousTick = sincePreviousTick
        self.handling = handling
        self.drawing = drawing
    }

    /// A duration in seconds.
    public static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
