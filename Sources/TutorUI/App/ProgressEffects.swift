import ProgressStorage

/// Carries out the progress effects programs ask for: the one place the tutor's programs'
/// requests touch a file.
///
/// The runners (the terminal loop, a demo, a replay) hold one and hand each effect's
/// outcome back to the program. Without a store (replay, tests) nothing is read or written
/// and the program keeps its progress in memory. Nothing here throws: a failed write comes
/// back as a message to show, and the session goes on.
public struct ProgressEffects: Sendable {
    /// Where progress is saved; nil keeps it in memory.
    public let store: ProgressStore?

    /// Effects carried out on `store`.
    public init(store: ProgressStore?) { self.store = store }

    /// Nothing read or written: progress stays in the program's memory.
    public static let none = ProgressEffects(store: nil)

    /// The saved progress, and the warnings about a file that had to be moved aside, as
    /// messages (empty progress without a store).
    public func load() -> (progress: StudentProgress, warnings: [String]) {
        guard let store else { return (StudentProgress(), []) }
        let loaded = store.load()
        return (loaded.progress, loaded.warnings.map(\.message))
    }

    /// Carries out `effect` and says what came of it.
    public func perform(_ effect: ProgramEffect) -> EffectOutcome {
        switch effect {
        case .saveProgress(let lesson, let change):
            guard let store else { return .progressSaved(nil, problem: nil) }
            do {
                let saved = try store.update(lesson: lesson, change.apply)
                return .progressSaved(saved.progress, problem: saved.warnings.first.map { "Progress: \($0.message)" })
            } catch {
                return .progressSaved(nil, problem: "Progress not saved: \(error.message)")
            }
        case let .recordPractice(shape, score):
            guard let store else { return .progressSaved(nil, problem: nil) }
            do {
                let saved = try store.update { $0.recordPractice(shape: shape, score: score) }
                return .progressSaved(saved.progress, problem: saved.warnings.first.map { "Progress: \($0.message)" })
            } catch {
                return .progressSaved(nil, problem: "Progress not saved: \(error.message)")
            }
        case .reloadProgress:
            guard store != nil else { return .progressLoaded(nil, warnings: []) }
            let (progress, warnings) = load()
            return .progressLoaded(progress, warnings: warnings)
        }
    }
}
