extension JSONValue {
    /// Writes the value back out, object keys sorted (as every JSON the mock writes has them).
    package func write(into json: inout JSONWriter) {
        switch self {
        case .string(let text): json.value(text)
        case .bool(let flag): json.value(flag)
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { json.value(Int(number)) } else { json.value(number) }
        case .null: json.value(nil as String?)
        case .array(let items): json.array { array in for item in items { item.write(into: &array) } }
        case .object(let members):
            json.object { object in
                for (name, value) in members.sorted(by: { $0.key < $1.key }) {
                    object.key(name)
                    value.write(into: &object)
                }
            }
        }
    }
}
