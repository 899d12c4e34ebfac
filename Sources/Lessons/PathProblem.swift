/// A problem found while validating, tied to the path of the value it is about.
///
/// ``LessonLoader`` turns these into ``LessonProblem``s by adding the file name and the
/// line ``KeyLocator`` finds for the path.
struct PathProblem: Sendable, Hashable {
    /// The value the problem is about.
    var path: TOMLPath
    /// What is wrong, without the path.
    var message: String
}
