/// The user's answer to `--color`: decide from the environment, or force colour on or off.
public enum ColorChoice: String, CaseIterable, Hashable, Sendable {
    /// Colour on a terminal, unless NO_COLOR is set or TERM is unset or `dumb`.
    case auto
    /// Colour always, even into a file or pipe.
    case always
    /// Never colour: attributes (bold, reverse, …) only, or plain text for replay.
    case never
}
