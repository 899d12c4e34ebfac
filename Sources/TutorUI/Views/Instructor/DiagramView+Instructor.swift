import BackpropCore
import BackpropNotation

/// What-if marks on the diagram: values an edit changed are drawn in the accent style,
/// computed ones with an arrow for the way they moved (↑ 1.306 up, ↓ down); a selected weight's whole edge and label,
/// and a selected bias's neuron name, are drawn in the selection style (so a weight can be
/// seen selected even where the edges carry no labels).
extension DiagramValues {
    /// The change an edit made to `ref` at this step, if it shows at `context`'s digits.
    func change(of ref: ValueRef, context: RenderContext) -> ValueChange? {
        editChanges?.change(of: ref, in: context.notation.numbers)
    }

    /// The text for a computed value an edit changed: an arrow for the way it moved, then
    /// the number, at most `width` columns in all; nil for other values. (A given value —
    /// input, target, θ₀, η — changes only when it is the one edited, and is drawn selected.)
    func markedText(_ ref: ValueRef, _ value: Double, fitting width: Int, context: RenderContext) -> String? {
        switch ref {
        case .input, .target, .parameter, .learningRate: return nil
        default: break
        }
        guard let change = change(of: ref, context: context) else { return nil }
        let arrow = Self.arrow(for: change, glyphs: context.glyphs)
        let room = max(1, width - Screen.width(of: arrow))
        if let text = texts.text(ref), Screen.width(of: text) <= room { return arrow + text }
        return arrow + context.number(value, fitting: room)
    }

    /// ↑ for a value that went up, ↓ for one that went down (^ and v in ASCII); empty when
    /// it was not there before or is not a number.
    static func arrow(for change: ValueChange, glyphs: GlyphSet) -> String {
        guard let old = change.old, let new = change.new, old.isFinite, new.isFinite, old != new else { return "" }
        return new > old ? glyphs.arrowUp : glyphs.arrowDown
    }
}

extension DiagramView {
    /// The style of weight `p`'s edge label: selected, changed by an edit, or nil for the usual.
    func instructorLabelStyle(weight p: Int) -> Style? {
        if marks.selected == .parameter(p) { return .selection }
        let ref: ValueRef = values.weight(p).isUpdated ? .updated(p) : .parameter(p)
        return values.change(of: ref, context: context) == nil ? nil : .accent
    }

    /// Whether an edit changed `ref` here (it is then drawn in the accent style).
    func isChangedByEdit(_ ref: ValueRef) -> Bool {
        values.change(of: ref, context: context) != nil
    }

    /// Draws the selected weight's edge (not over its label), or a selected bias's neuron
    /// name, in the selection style.
    func drawSelection(into screen: inout Screen) {
        guard case .parameter(let p) = marks.selected else { return }
        if p < architecture.weightCount {
            for edge in layout.edges where edge.kind == .weight(p) {
                let lines = [glyphs.base.light.horizontal, glyphs.base.heavy.horizontal]
                for cell in edge.cells where screen.contains(row: cell.row, column: cell.column) {
                    // Within the label's slot, only the line left of the label.
                    if let label = edge.label, cell.row == label.row, (label.column..<label.rightColumn).contains(cell.column),
                       !lines.contains(screen[cell.row, cell.column].character) { continue }
                    screen[cell.row, cell.column] = Cell(glyphs.character(cell.piece, heavy: true), style: .selection)
                }
            }
            return
        }
        let parameter = architecture.parameter(at: p)
        let neuron = architecture.neuronIndex(layer: parameter.layer, neuron: parameter.neuron)
        guard let slot = layout.slot(ofNeuron: neuron) else { return }
        if slot.nameColumn > 0 {
            screen.put(TextShortening.shortened(names.neurons[neuron], to: slot.nameColumn - 1, ellipsis: glyphs.base.ellipsis),
                       row: slot.valueRows.lowerBound, column: slot.rect.column + 1 + (slot.padded ? 1 : 0), style: .selection)
            return
        }
        let isChip = slot.detail == .chip
        let name = TextShortening.shortened(names.neurons[neuron], to: slot.rect.columns - (isChip ? 2 : 4),
                                            ellipsis: glyphs.base.ellipsis)
        let title = isChip ? name : " " + name + " "
        screen.put(title, row: slot.rect.row, column: slot.rect.column + (isChip ? 0 : 1), style: .selection)
    }
}
