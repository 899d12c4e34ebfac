/// Something about the progress file the student should know, though nothing failed:
/// a corrupt file moved aside, a file read without a lock.
public struct ProgressWarning: Sendable, Hashable, CustomStringConvertible {
    /// What happened, with the paths involved.
    public var message: String

    /// Creates a warning.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// Why progress could not be saved: the message says what and where.
public struct ProgressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, with the path involved.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
