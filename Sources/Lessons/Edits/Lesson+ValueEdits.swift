import BackpropCore

extension Lesson {
    /// The lesson with one edit made; see `applying(_ edits: [ValueEdit])`.
    public func applying(_ edit: ValueEdit) throws(ValueEditError) -> Lesson {
        try applying([edit])
    }

    /// The lesson with the edits made in order (a later edit of the same value wins).
    ///
    /// Every edit is first checked on its own, as ``check(_:)`` does, so an edit that
    /// cannot be made is refused even when a later edit of the same value could be
    /// (`eta=0` then `eta=1`); then, for cross-entropy, the targets of each edited sample
    /// must sum to 1 (checked after all the edits, so `t_o1=0.3` and `t_o2=0.7` can be made
    /// together). The first problem ``problems(with:)`` finds is thrown.
    ///
    /// `self` is not changed; the caller rebuilds its Timeline from the returned lesson, and
    /// undo is keeping the previous lesson.
    public func applying(_ edits: [ValueEdit]) throws(ValueEditError) -> Lesson {
        if let problem = problems(with: edits).first { throw problem }
        return settingValues(of: edits)
    }

    /// Every reason the edits cannot be made, in the order of the edits; empty when they can.
    ///
    /// Each edit is checked on its own (``check(_:)``). Only when every edit passes are
    /// the edits made and the cross-entropy sums checked, one problem per sample whose
    /// targets no longer sum to 1, reported against the last edit of that sample: a sum
    /// over half-made edits would blame good edits for a bad one.
    public func problems(with edits: [ValueEdit]) -> [ValueEditError] {
        var problems: [ValueEditError] = []
        for edit in edits {
            do { try check(edit) } catch { problems.append(error) }
        }
        guard problems.isEmpty else { return problems }
        return settingValues(of: edits).targetSumProblems(editedBy: edits, original: self)
    }

    /// Checks one edit on its own against this lesson: the value exists, the number is
    /// finite, η stays greater than 0, and a target keeps to the loss's range (in [0, 1]
    /// for binary cross-entropy, not negative for cross-entropy). A bias may be edited even
    /// when biases are not updated: it still feeds the forward pass.
    public func check(_ edit: ValueEdit) throws(ValueEditError) {
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
        guard case .target = edit.target else { return }
        switch options.loss {
        case .binaryCrossEntropy where !(0...1).contains(edit.value):
            throw ValueEditError(edit: text, problem: .outOfRange(
                "binary_cross_entropy targets must be between 0 and 1, found \(String(edit.value))"))
        case .crossEntropy where edit.value < 0:
            throw ValueEditError(edit: text, problem: .outOfRange(
                "cross_entropy targets must not be negative, found \(String(edit.value))"))
        default: break
        }
    }

    /// The lesson with the edits' values set in order, unchecked.
    private func settingValues(of edits: [ValueEdit]) -> Lesson {
        var lesson = self
        for edit in edits { edit.target.set(edit.value, in: &lesson) }
        lesson.edits += edits
        return lesson
    }

    /// For cross-entropy, each sample with an edited target whose targets do not sum to 1,
    /// in sample order, as a problem of the last edit of that sample.
    private func targetSumProblems(editedBy edits: [ValueEdit], original: Lesson) -> [ValueEditError] {
        guard options.loss == .crossEntropy else { return [] }
        var lastEditOfSample: [Int: ValueEdit] = [:]
        for edit in edits {
            if case let .target(sample, _) = edit.target { lastEditOfSample[sample] = edit }
        }
        return lastEditOfSample.sorted(by: { $0.key < $1.key }).compactMap { sample, edit in
            let total = samples[sample].targets.reduce(0, +)
            guard abs(total - 1) > LessonLimits.targetSumTolerance else { return nil }
            return ValueEditError(edit: edit.text(in: original), problem: .outOfRange(
                "cross_entropy targets of sample \(sample + 1) must sum to 1, found \(String(total)); "
                + "edit the other targets of the sample too"))
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
