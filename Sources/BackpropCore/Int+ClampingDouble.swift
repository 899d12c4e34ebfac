extension Int {
    /// `value` rounded toward zero and clamped to `range`, for any Double: NaN gives the
    /// range's lower bound, ±∞ and huge values its ends.
    ///
    /// `Int(_:)` traps on NaN, ±∞ and anything beyond ±2⁶³; every Double that can come
    /// from a lesson, an edit or training goes through this instead.
    public init(clamping value: Double, to range: ClosedRange<Int>) {
        if value.isNaN || value <= Double(range.lowerBound) {
            self = range.lowerBound
        } else if value >= Double(range.upperBound) {
            self = range.upperBound
        } else {
            self = Int(value)
        }
    }
}
