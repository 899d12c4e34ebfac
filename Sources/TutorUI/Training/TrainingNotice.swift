/// A message the training view shows on its key-hint line until the next key, kept as
/// what happened (not as text) so the view can write it in Unicode or ASCII.
public enum TrainingNotice: Sendable, Hashable {
    /// Play or an update was asked for while a divergence pauses training.
    case diverged(iteration: Int)
    /// The speed changed.
    case speed(TrainingSpeed)
    /// `r` lowered η; after a divergence, training restarted after update `restartAfter`.
    case learningRateLowered(from: Double, to: Double, restartAfter: Int?)
    /// A key with no use in the training view.
    case unknownKey(String)

    /// Whether it reports a mistake (shown as an error) rather than information.
    public var isError: Bool {
        switch self {
        case .diverged, .unknownKey: true
        case .speed, .learningRateLowered: false
        }
    }
}
