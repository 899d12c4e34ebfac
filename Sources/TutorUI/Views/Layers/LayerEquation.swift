import BackpropCore

/// The layer view's content for one step: the step's update written a layer at a time, as a
/// formula and as matrices with their numbers.
///
/// A value, not a drawing: ``LayerEquationBuilder`` makes it from the core's trace (through
/// ``LayerMatrices``) and the steps walked so far; ``LayerView`` draws it.
struct LayerEquation: Hashable, Sendable {
    /// The formula in the layer notation: `z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾`.
    let formula: String
    /// What the formula says with numbers: matrices and the operators between them.
    let terms: [LayerTerm]
    /// Where the node view's value sits: `node step: zₕ₁ is entry 1 of z⁽¹⁾`.
    var entryNote: String? = nil
}

/// One piece of a ``LayerEquation``'s row of matrices.
enum LayerTerm: Hashable, Sendable {
    /// A matrix or vector with its label.
    case block(LayerBlock)
    /// An operator or word between matrices: `=`, `+`, `⊙`, `σ(`.
    case symbol(String)
}

/// A matrix of the layer view: a label and its entries, row by row.
struct LayerBlock: Hashable, Sendable {
    /// The label above the matrix: `W⁽¹⁾`, `∂l/∂z⁽²⁾`.
    let label: String
    /// The number of rows.
    let rows: Int
    /// The number of columns.
    let columns: Int
    /// The entries, row by row.
    let cells: [LayerCell]

    /// The entry in row `row` and column `column`.
    subscript(row: Int, column: Int) -> LayerCell { cells[row * columns + column] }

    /// The row and column of the entry the step computes, if this matrix holds it.
    var producedEntry: (row: Int, column: Int)? {
        cells.firstIndex { $0.mark == .produced }.map { ($0 / columns, $0 % columns) }
    }

    /// The row and column of the first entry the step reads, if this matrix holds one.
    var firstReadEntry: (row: Int, column: Int)? {
        cells.firstIndex { $0.mark == .read }.map { ($0 / columns, $0 % columns) }
    }
}

/// One entry of a ``LayerBlock``.
struct LayerCell: Hashable, Sendable {
    /// What the entry shows.
    enum Content: Hashable, Sendable {
        /// A number the core computed or the lesson gives.
        case number(Double)
        /// A value the node view has not reached yet at this step.
        case notYetComputed
        /// The value a waiting quiz asks for.
        case hidden
    }

    /// How the entry is marked, as the node view marks values.
    enum Mark: Hashable, Sendable {
        /// Neither computed nor read by the step.
        case plain
        /// The one value the node view's step computes.
        case produced
        /// A value the step's formula reads.
        case read
    }

    /// What the entry shows.
    let content: Content
    /// How it is marked.
    let mark: Mark
}
