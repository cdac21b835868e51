import PlivoSupport

extension RequestParameters {
    /// The filters `name`, `name__gt`, `name__gte`, `name__lt` and `name__lte` of a list, as `(operator, µs)`
    /// bounds: UTC times such as `2026-12-06 14:30:00` (seconds and fraction optional) or whole days
    /// (``Timestamps/parseUTC(_:)``). `name` alone is the minute or day it names, so `end_time=2026-12-06` is the
    /// whole day, as for message_time. A time that does not parse is a 400 naming the parameter.
    func timeBounds(_ name: String) throws(PlivoError) -> [(String, Int64)] {
        var bounds: [(String, Int64)] = []
        for (suffix, comparison) in [("", "="), ("__gt", ">"), ("__gte", ">="), ("__lt", "<"), ("__lte", "<=")] {
            let parameter = name + suffix
            guard let text = try nonEmptyString(parameter) else { continue }
            guard let (microseconds, span) = Timestamps.parseUTC(text) else {
                throw PlivoError.invalid(
                    parameter, "must be a UTC time such as 2026-12-06 14:30:00 or 2026-12-06, got \"\(text)\"")
            }
            if suffix.isEmpty {
                bounds += [(">=", microseconds), ("<", microseconds + span)]
            } else {
                bounds.append((comparison, microseconds))
            }
        }
        return bounds
    }
}
