/// How one cell is drawn, in meaning rather than colour: a role plus extra attributes.
///
/// The attributes shown are the role's own (`StyleRole.attributes`) together with the
/// style's extra `attributes`; the colours come from a `Theme`.
public struct Style: Hashable, Sendable {
    /// What the text is for.
    public var role: StyleRole
    /// Attributes added to the role's own.
    public var attributes: TextAttributes

    /// Creates a style for `role` with extra `attributes`.
    public init(_ role: StyleRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// The attributes a terminal shows: the role's own and the extra ones.
    public var effectiveAttributes: TextAttributes {
        role.attributes.union(attributes)
    }

    /// This style with `extra` attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(role, attributes.union(extra))
    }

    /// Body text.
    public static let normal = Style(.normal)
    /// De-emphasised text.
    public static let dim = Style(.dim)
    /// A heading.
    public static let title = Style(.title)
    /// The forward pass.
    public static let forward = Style(.forward)
    /// The backward pass.
    public static let backward = Style(.backward)
    /// A positive value.
    public static let positive = Style(.positive)
    /// A negative value.
    public static let negative = Style(.negative)
    /// The focus of the current step.
    public static let highlight = Style(.highlight)
    /// The chosen item in a list.
    public static let selection = Style(.selection)
    /// The status line.
    public static let status = Style(.status)
    /// A key hint.
    public static let hint = Style(.hint)
    /// An error.
    public static let error = Style(.error)
    /// Secondary emphasis.
    public static let accent = Style(.accent)
}
