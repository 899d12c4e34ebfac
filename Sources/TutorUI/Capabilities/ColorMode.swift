/// Whether a screen is drawn with its theme's colours or with attributes only.
public enum ColorMode: Hashable, Sendable {
    /// The theme's colours, plus the roles' attributes.
    case color
    /// The roles' attributes (bold, dim, underline, reverse) only.
    case monochrome

    /// Decides the mode for `choice`, from the environment and whether the output is a terminal.
    ///
    /// `always` and `never` win. `auto` gives colour only when the output is a terminal,
    /// NO_COLOR is unset or empty (https://no-color.org), and TERM is set and not `dumb`.
    public static func decide(_ choice: ColorChoice, environment: [String: String],
                              outputIsTerminal: Bool) -> ColorMode {
        switch choice {
        case .always: return .color
        case .never: return .monochrome
        case .auto:
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            let term = environment["TERM"] ?? ""
            return outputIsTerminal && !noColor && !term.isEmpty && term != "dumb" ? .color : .monochrome
        }
    }
}
