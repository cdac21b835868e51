/// An attribute whose value is one of a fixed set of strings: the enum's raw values, in declaration order, are
/// both the accepted values and the list an error message shows.
protocol AttributeChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension AttributeChoice {
    static var choices: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
