/// Where `value` lies between `low` and `high`: 0 at `low`, 1 at `high`, for any finite
/// ends, even ends so far apart that their difference overflows (then each is halved
/// first; halving only then keeps the smallest differences exact).
func spanFraction(of value: Double, from low: Double, to high: Double) -> Double {
    let width = high - low
    return width.isFinite ? (value - low) / width : (value / 2 - low / 2) / (high / 2 - low / 2)
}
