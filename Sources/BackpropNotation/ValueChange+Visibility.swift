import BackpropCore

/// Whether an edit's change to a value can be seen at the digits shown.
extension ValueChange {
    /// Whether the change shows when both values are written with `format` (a change in the
    /// 12th digit does not, at 6 significant digits).
    public func isVisible(in format: NumberFormat) -> Bool {
        old.map(format.string) != new.map(format.string)
    }
}
