import BackpropCore
import BackpropNotation

/// The instructor's block of the `?` help: selecting, editing and undoing values.
enum InstructorHelp {
    /// The keys and what they do, in `context`'s glyphs.
    static func keys(_ context: RenderContext) -> [(keys: String, action: String)] {
        let g = context.glyphs
        return [
            ("Tab  \(context.isUnicode ? "⇧Tab" : "S-Tab")  \(g.arrowDown) \(g.arrowUp)", "select a weight, bias, input, target or \(context.notation.render(.learningRate))"),
            ("e  then a number, Enter", "what if: set it and compute everything again"),
            ("u", "undo the last edit"),
        ]
    }
}
