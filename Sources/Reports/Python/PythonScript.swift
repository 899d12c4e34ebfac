import Lessons

/// `backprop export --format numpy|pytorch`: a lesson as one self-contained Python script
/// that runs its updates and checks the first against the core's values (see ``NumPyScript``
/// and ``PyTorchScript``).
public struct PythonScript: Sendable {
    /// The library the script is written for.
    public enum Library: String, Sendable, CaseIterable {
        /// NumPy arrays, the passes written out a layer at a time.
        case numpy
        /// PyTorch: torch.nn.Linear, loss.backward() and torch.optim.SGD.
        case pytorch
    }

    /// The lesson, with any what-if edits already applied.
    public let lesson: Lesson
    /// How many updates the script makes.
    public let iterations: Int
    /// The library it is written for.
    public let library: Library

    /// A script making the first `iterations` updates (at least 1) of `lesson` with `library`.
    public init(lesson: Lesson, iterations: Int, library: Library) {
        precondition(iterations >= 1, "a script makes at least one update")
        self.lesson = lesson
        self.iterations = iterations
        self.library = library
    }

    /// The script.
    public var text: String {
        let parts = PythonLessonParts(lesson: lesson, iterations: iterations)
        switch library {
        case .numpy: return NumPyScript(parts: parts).text
        case .pytorch: return PyTorchScript(parts: parts).text
        }
    }
}
