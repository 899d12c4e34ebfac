/// How many updates the training view makes per frame while it plays.
///
/// The speeds go 1, 10, 100, 1,000 and 10,000 updates per frame (at 30 frames a second),
/// then "as fast as it goes": as many updates as fill about half of each frame's time,
/// a number the terminal loop's measurements adjust (``TrainingRun/fullSpeedUpdatesPerTick``).
public enum TrainingSpeed: Sendable, Hashable {
    /// A fixed number of updates per frame.
    case perFrame(Int)
    /// As many updates per frame as the time allows.
    case fullSpeed

    /// Every speed, slowest first.
    public static let all: [TrainingSpeed] = [
        .perFrame(1), .perFrame(10), .perFrame(100), .perFrame(1_000), .perFrame(10_000), .fullSpeed,
    ]
    /// The speed a new run plays at: 100 updates a frame, 3,000 a second, slow enough to
    /// watch a decision boundary form.
    public static let initial = TrainingSpeed.perFrame(100)

    /// The index of this speed in ``all``.
    var index: Int { Self.all.firstIndex(of: self) ?? 2 }

    /// The next faster speed, or this one at the top.
    var faster: TrainingSpeed { Self.all[min(index + 1, Self.all.count - 1)] }
    /// The next slower speed, or this one at the bottom.
    var slower: TrainingSpeed { Self.all[max(index - 1, 0)] }
}
