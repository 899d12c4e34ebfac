/// Where a demo running unattended in the terminal is, so the hints line can show the keys
/// that act on it (the stepper's own keys wait until the person takes over).
public enum DemoControl: Sendable, Hashable {
    /// The script plays: space pauses, Enter takes over, q quits.
    case running
    /// The script waits: space resumes, Enter takes over, q quits.
    case paused

    /// The hints line's keys while the demo is in this state.
    var hints: [(keys: String, action: String)] {
        [("space", self == .running ? "pause" : "resume"), ("Enter", "take over"), ("q", "quit")]
    }
}
