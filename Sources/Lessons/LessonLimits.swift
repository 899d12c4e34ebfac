import BackpropCore

/// The limits a lesson file must keep to, so every lesson is small enough to step through
/// and no file can make the tool run out of memory or time.
public enum LessonLimits {
    /// The largest lesson file read, in bytes (1 MiB); larger files are refused before parsing.
    public static let maxFileBytes = 1 << 20
    /// The allowed values of `iterations`.
    public static let iterations = 1...1_000_000
    /// The largest number of `[[data]]` samples.
    public static let maxSamples = 10_000
    /// The largest number of layers (from the core).
    public static let maxLayers = Architecture.maxLayers
    /// The largest number of neurons in a layer, and of inputs (from the core).
    public static let maxLayerSize = Architecture.maxLayerSize
    /// The largest number of `[[notes]]` tables.
    public static let maxNotes = 1000
    /// The largest number of `[[quiz]]` tables.
    public static let maxQuizzes = 1000
    /// The most choices a multiple-choice quiz may offer (one digit key each).
    public static let maxChoices = 9
    /// The longest note, question, hint or choice, in characters.
    public static let maxTextLength = 1000
    /// The longest input or layer name, in characters: names label nodes, formulas and
    /// table columns, where longer ones would not fit at 80 columns anyway.
    public static let maxNameLength = 32
    /// How far the targets of one `cross_entropy` sample may sum away from 1.
    public static let targetSumTolerance = 1e-9
}
