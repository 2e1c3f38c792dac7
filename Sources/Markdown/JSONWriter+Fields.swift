extension JSONWriter {
    /// Appends `text` as a string, or `null`.
    public mutating func string(orNull text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Appends an array of strings.
    public mutating func strings(_ values: [String]) {
        raw(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { raw(UInt8(ascii: ",")) }
            string(value)
        }
        raw(UInt8(ascii: "]"))
    }

    /// Appends an array whose elements `element` writes, comma-separated.
    public mutating func array<Element>(_ values: some Sequence<Element>, _ element: (inout JSONWriter, Element) -> Void) {
        raw(UInt8(ascii: "["))
        var first = true
        for value in values {
            if !first { raw(UInt8(ascii: ",")) }
            first = false
            element(&self, value)
        }
        raw(UInt8(ascii: "]"))
    }
}
