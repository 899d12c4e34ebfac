import CommandLineSupport

/// A one-line progress bar on standard error, shown only on a terminal and only once a run
/// has taken more than a moment.
struct ProgressBar {
    /// The work to be done.
    let total: Int
    /// Whether standard error is a terminal (no bar otherwise).
    let enabled: Bool
    /// When the run started.
    let start = ContinuousClock.now
    /// When the bar was last drawn.
    var lastDrawn: ContinuousClock.Instant?
    /// Whether anything is on the line now.
    var visible = false

    /// How long a run goes before the bar appears.
    static let delay = Duration.milliseconds(300)
    /// The shortest time between two redraws.
    static let interval = Duration.milliseconds(100)
    /// The width of the bar in characters.
    static let width = 30

    /// Creates a bar for `total` units of work.
    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// Redraws the bar for `done` units, if it is time to.
    mutating func update(_ done: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - start >= Self.delay else { return }
        if let lastDrawn, now - lastDrawn < Self.interval { return }
        lastDrawn = now
        let filled = total == 0 ? Self.width : Self.width * done / total
        let percent = total == 0 ? 100 : 100 * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.width - filled)
        StandardError.write("\r[\(bar)] \(percent)%  \(done)/\(total)")
        visible = true
    }

    /// Erases the bar so ordinary output can follow.
    mutating func clear() {
        guard visible else { return }
        StandardError.write("\r\u{1B}[K")
        visible = false
    }
}
