/// Whether the user's locale says text is UTF-8, read from the environment as POSIX does.
public enum LocaleEncoding {
    /// Whether the character-type locale is UTF-8.
    ///
    /// The first of LC_ALL, LC_CTYPE and LANG that is set and not empty decides (that is the
    /// POSIX order of precedence); it is UTF-8 when its codeset, the part after `.` and before
    /// any `@`, is `UTF-8` or `utf8` in any case. With none set the locale is `C`: not UTF-8.
    public static func isUTF8(environment: [String: String]) -> Bool {
        let names = ["LC_ALL", "LC_CTYPE", "LANG"]
        guard let locale = names.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }),
              let dot = locale.firstIndex(of: ".") else { return false }
        let codeset = locale[locale.index(after: dot)...].prefix { $0 != "@" }
        let normalised = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalised == "utf8"
    }
}
