extension UnsafeBufferPointer {
    /// The `count` elements from index `start` on, as a buffer of their own.
    ///
    /// Bounds are checked in debug builds only: every offset the core slices with comes from
    /// the architecture (``LayerPlan``, ``PassLayout``) or from samples the trainer checked
    /// on creation, so the release build's hot loops carry no checks.
    @inline(__always)
    func slice(_ start: Int, _ count: Int) -> UnsafeBufferPointer {
        assert(start >= 0 && count >= 0 && start + count <= self.count, "slice out of bounds")
        return UnsafeBufferPointer(start: baseAddress.map { $0 + start }, count: count)
    }
}

extension UnsafeMutableBufferPointer {
    /// The `count` elements from index `start` on, as a buffer of their own.
    ///
    /// Bounds are checked in debug builds only, as for ``UnsafeBufferPointer/slice(_:_:)``.
    @inline(__always)
    func slice(_ start: Int, _ count: Int) -> UnsafeMutableBufferPointer {
        assert(start >= 0 && count >= 0 && start + count <= self.count, "slice out of bounds")
        return UnsafeMutableBufferPointer(start: baseAddress.map { $0 + start }, count: count)
    }
}
