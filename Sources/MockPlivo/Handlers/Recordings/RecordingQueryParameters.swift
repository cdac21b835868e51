import PlivoStore
import PlivoSupport

/// The Recording list's filters (`docs/recordings.md`): the seed's, which plivo-python's `recordings.list` sends.
enum RecordingQueryParameters {
    static func query(from parameters: RequestParameters, page: PageRequest) throws(PlivoError) -> RecordingQuery {
        var query = RecordingQuery(page: page)
        query.subaccountID = try parameters.subaccountID()
        query.callUUID = try parameters.nonEmptyString("call_uuid")
        // The CDR list's time format: add_time is printed with +00:00, which the parser takes back.
        query.addTime = try parameters.timeBounds("add_time")
        return query
    }
}
