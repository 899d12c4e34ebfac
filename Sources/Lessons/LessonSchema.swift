/// The keys of a lesson file, table by table: the one place that says which keys exist.
///
/// Adding a key to the format starts here (and in `lessons/lesson.schema.json`, which a
/// test keeps in step with these tables). Room is left for a `dataset` generator that can
/// stand in for `[[data]]` (issue 6), as an entry of ``lesson`` with its own table schema.
enum LessonSchema {
    /// The top level of a lesson file.
    static let lesson = TableSchema([
        .required("title", .string),
        .optional("summary", .string),
        .required("loss", .string),
        .required("learning_rate", .number),
        .optional("iterations", .integer),
        .optional("batch", .string),
        .optional("reduction", .string),
        .optional("update_biases", .boolean),
        .optional("seed", .integer),
        .optional("view", .string),
        .required("network", .table(network)),
        .optional("data", .arrayOfTables(sample)), // or `dataset`: exactly one, checked by the builder
        .optional("dataset", .table(dataset)),
        .optional("notes", .arrayOfTables(note)),
        .optional("quiz", .arrayOfTables(quiz)),
    ])

    /// `[network]`: the inputs and the layers.
    static let network = TableSchema([
        .required("inputs", .either(.integer, .array(of: .string))),
        .required("layers", .arrayOfTables(layer)),
    ])

    /// One `[[network.layers]]` table.
    static let layer = TableSchema([
        .required("name", .string),
        .required("size", .integer),
        .required("activation", .string),
        .optional("weights", .array(of: .array(of: .number))),
        .optional("biases", .array(of: .number)),
        .optional("init", .string),
    ])

    /// `[dataset]`: a built-in data set drawn in place of `[[data]]`.
    static let dataset = TableSchema([
        .required("name", .string),
        .optional("count", .integer),
        .optional("noise", .number),
        .optional("seed", .integer),
    ])

    /// One `[[data]]` table: a sample.
    static let sample = TableSchema([
        .required("x", .array(of: .number)),
        .required("y", .array(of: .number)),
    ])

    /// One `[[notes]]` table: a note shown at a step.
    static let note = TableSchema([
        .required("at", .string),
        .required("text", .string),
    ])

    /// One `[[quiz]]` table: a value to predict (`answer`) or a multiple choice (`choices`).
    static let quiz = TableSchema([
        .required("at", .string),
        .optional("question", .string),
        .optional("answer", .string),
        .optional("tolerance", .number),
        .optional("choices", .array(of: .string)),
        .optional("correct", .integer),
        .optional("hint", .string),
    ])
}
