/// The built-in lessons, embedded in the binary at build time from `lessons/` (the source
/// of truth) by the EmbedLessons plugin, so a copied binary carries them all.
public enum BuiltInLessons {
    /// One lesson file: its name (`07-worked-example.toml`) and its TOML text.
    public struct File: Sendable, Hashable {
        /// The file name.
        public let name: String
        /// The file's text.
        public let text: String

        /// Creates a file.
        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }
}
