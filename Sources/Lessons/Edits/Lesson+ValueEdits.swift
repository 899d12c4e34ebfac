import BackpropCore

extension Lesson {
    /// The lesson with one edit made; see `applying(_ edits: [ValueEdit])`.
    public func applying(_ edit: ValueEdit) throws(ValueEditError) -> Lesson {
        try applying([edit])
    }

    /// The lesson with the edits made in order (a later edit of the same value wins).
    ///
    /// Each edit must name a value the lesson has and give a finite number; η must stay
    /// greater than 0, and targets must keep to the loss's rules (in [0, 1] for binary
    /// cross-entropy; not negative and summing to 1 per sample for cross-entropy, checked
    /// after all the edits, so `t_o1=0.3` and `t_o2=0.7` can be made together). A bias may
    /// be edited even when biases are not updated: it still feeds the forward pass.
    ///
    /// `self` is not changed; the caller rebuilds its Timeline from the returned lesson, and
    /// undo is keeping the previous lesson.
    public func applying(_ edits: [ValueEdit]) throws(ValueEditError) -> Lesson {
        var lesson = self
        for edit in edits {
            let text = edit.text(in: self)
            guard edit.target.exists(in: self) else {
                throw ValueEditError(edit: text, problem: .noSuchValue(Self.describe(edit.target)))
            }
            guard edit.value.isFinite else {
                throw ValueEditError(edit: text, problem: .notFinite(String(edit.value)))
            }
            if edit.target == .learningRate, !(edit.value > 0) {
                throw ValueEditError(edit: text, problem: .outOfRange(
                    "the learning rate must be greater than 0, found \(String(edit.value))"))
            }
            edit.target.set(edit.value, in: &lesson)
        }
        try lesson.checkTargets(editedBy: edits, original: self)
        return lesson
    }

    /// Checks the edited targets against the loss: probabilities for the cross-entropies.
    private func checkTargets(editedBy edits: [ValueEdit], original: Lesson) throws(ValueEditError) {
        var lastEditOfSample: [Int: ValueEdit] = [:]
        for edit in edits {
            guard case let .target(sample, _) = edit.target else { continue }
            lastEditOfSample[sample] = edit
            let value = edit.value
            switch options.loss {
            case .binaryCrossEntropy where !(0...1).contains(value):
                throw ValueEditError(edit: edit.text(in: original), problem: .outOfRange(
                    "binary_cross_entropy targets must be between 0 and 1, found \(String(value))"))
            case .crossEntropy where value < 0:
                throw ValueEditError(edit: edit.text(in: original), problem: .outOfRange(
                    "cross_entropy targets must not be negative, found \(String(value))"))
            default: break
            }
        }
        guard options.loss == .crossEntropy else { return }
        for (sample, edit) in lastEditOfSample.sorted(by: { $0.key < $1.key }) {
            let total = samples[sample].targets.reduce(0, +)
            if abs(total - 1) > LessonLimits.targetSumTolerance {
                throw ValueEditError(edit: edit.text(in: original), problem: .outOfRange(
                    "cross_entropy targets of sample \(sample + 1) must sum to 1, found \(String(total)); "
                    + "edit the other targets of the sample too"))
            }
        }
    }

    /// An editable value that is out of range, in words: `parameter 12 (θ has 12)`.
    private static func describe(_ value: EditableValue) -> String {
        switch value {
        case .parameter(let p): return "parameter at index \(p)"
        case .learningRate: return "learning rate"
        case let .input(sample, i): return "input \(i + 1) of sample \(sample + 1)"
        case let .target(sample, j): return "target \(j + 1) of sample \(sample + 1)"
        }
    }
}
