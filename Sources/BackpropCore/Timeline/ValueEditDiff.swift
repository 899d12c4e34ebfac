/// One value that reads differently after an edit: old → new.
public struct ValueChange: Sendable, Hashable {
    /// Which value.
    public let ref: ValueRef
    /// Its value before the edit; nil if it was not visible.
    public let old: Double?
    /// Its value after the edit; nil if it is not visible.
    public let new: Double?

    /// Creates a change.
    public init(ref: ValueRef, old: Double?, new: Double?) {
        self.ref = ref
        self.old = old
        self.new = new
    }
}

/// Which values on screen an edit changed: the values visible at the same position of the
/// Timeline before and after the edit, compared one by one.
public enum ValueEditDiff {
    /// The values that differ between `old` and `new`, in `new`'s order (then any only in `old`).
    ///
    /// Two values are the same when they are equal or both NaN; −0 equals 0.
    public static func changes(from old: VisibleValues, to new: VisibleValues) -> [ValueChange] {
        var before: [ValueRef: Double] = [:]
        for entry in old.entries { before[entry.ref] = entry.value }
        var changes: [ValueChange] = []
        var seen: Set<ValueRef> = []
        for entry in new.entries {
            seen.insert(entry.ref)
            let previous = before[entry.ref]
            if previous.map({ same($0, entry.value) }) != true {
                changes.append(ValueChange(ref: entry.ref, old: previous, new: entry.value))
            }
        }
        for entry in old.entries where !seen.contains(entry.ref) {
            changes.append(ValueChange(ref: entry.ref, old: entry.value, new: nil))
        }
        return changes
    }

    /// The values that differ at step `step` (0-based) of update `iteration` (1-based) between
    /// the Timeline before an edit and the one rebuilt after it.
    ///
    /// Both must have that position; edits change values, never the shape, so they do.
    public static func changes(from old: Timeline, to new: Timeline, iteration: Int, step: Int) -> [ValueChange] {
        changes(from: VisibleValues(timeline: old, steps: old.steps(iteration: iteration), through: step),
                to: VisibleValues(timeline: new, steps: new.steps(iteration: iteration), through: step))
    }

    /// Whether two values read the same: equal, or both NaN.
    static func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
}
