/// One lesson file of a ``LessonLibrary``: the lesson, or why it did not load.
public struct LessonEntry: Sendable {
    /// The file's path: its folder and its name.
    public let path: String
    /// The folder it was found in.
    public let folder: String
    /// The file's name, like `07-worked-example.toml`.
    public let fileName: String
    /// The lesson, or every problem that kept it from loading.
    public let result: Result<Lesson, LessonError>
    /// What goes before the file's id in ``id``: nothing for the library's first folder (the
    /// built-in lessons), the folder's real path and `/` for another one.
    public let idPrefix: String

    /// Loads the lesson at `path`, saved under `idPrefix` and its file's id.
    public init(path: String, folder: String, fileName: String, idPrefix: String = "") {
        self.path = path
        self.folder = folder
        self.fileName = fileName
        self.idPrefix = idPrefix
        result = Result { () throws(LessonError) in try LessonLoader.load(path: path) }
    }

    /// The lesson, if it loaded.
    public var lesson: Lesson? { try? result.get() }

    /// The problems, if it did not.
    public var error: LessonError? {
        if case .failure(let error) = result { return error }
        return nil
    }

    /// The title to show: the lesson's, or the file name for a lesson that did not load.
    public var title: String { lesson?.title ?? fileName }

    /// The lesson's summary, if it loaded and has one.
    public var summary: String? { lesson?.summary }

    /// The key its progress is saved under: the file name without the order number in front
    /// and without `.toml` (`07-worked-example.toml` → `worked-example`, `01b-x.toml` → `x`).
    ///
    /// Progress thus survives renumbering the curriculum and rewording a title; only renaming
    /// what follows the number starts a lesson afresh. A lesson of another folder than the
    /// built-in one has its folder's path in front (``idPrefix``), so a copy of a built-in
    /// lesson in a folder of one's own keeps progress of its own.
    public var id: String { idPrefix + Self.id(forFileName: fileName) }

    /// The progress key for a lesson file outside the library at `path`: its folder's real
    /// path, `/`, and the file's id.
    public static func id(ofFileOutsideLibrary path: String) -> String {
        let folder = LessonLibrary.parent(of: path)
        return (LessonLibrary.realPath(folder) ?? folder) + "/" + id(forFileName: String(path.split(separator: "/").last ?? ""))
    }

    /// The lesson's number in the curriculum, from the file name: `7` for `07-worked-example.toml`,
    /// `1b` for `01b-learning-rate-too-large.toml`; nil for a file name without one.
    public var orderLabel: String? { Self.split(fileName)?.order }

    /// The progress key for a lesson file name (see ``id``).
    public static func id(forFileName fileName: String) -> String {
        if let parts = split(fileName) { return parts.rest }
        return String(fileName.hasSuffix(".toml") ? fileName.dropLast(5) : Substring(fileName))
    }

    /// `07-worked-example.toml` as ("7", "worked-example"): the order number without leading
    /// zeros (and its letter), and the rest of the name; nil when the name starts otherwise.
    static func split(_ fileName: String) -> (order: String, rest: String)? {
        var stem = Substring(fileName)
        if stem.hasSuffix(".toml") { stem = stem.dropLast(5) }
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        var rest = stem.dropFirst(digits.count)
        var letter = ""
        if let first = rest.first, first.isASCII, first.isLowercase, rest.dropFirst().first == "-" {
            letter = String(first)
            rest = rest.dropFirst()
        }
        guard rest.first == "-", rest.count > 1 else { return nil }
        let number = digits.drop { $0 == "0" }
        return ((number.isEmpty ? "0" : String(number)) + letter, String(rest.dropFirst()))
    }
}
