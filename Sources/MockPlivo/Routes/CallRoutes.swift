import HTTPServerKit

/// Plivo's Call calls, relative to the account group. Routes only declare.
enum CallRoutes {
    static func register(_ calls: CallHandlers, on routes: inout HTTPRoutes) {
        routes.add("POST /Call/", calls.make)
        routes.add("GET /Call/", calls.list)
        routes.add("DELETE /Call/", calls.hangupAll)
        routes.add("GET /Call/:callUUID/", calls.get)
        routes.add("POST /Call/:callUUID/", calls.transfer)
        routes.add("DELETE /Call/:callUUID/", calls.hangup)
        routes.add("DELETE /Request/:requestUUID/", calls.cancelRequest)
        let live = LiveCallHandlers(calls: calls.calls, ids: calls.ids)
        routes.add("POST /Call/:callUUID/Record/", live.startRecording)
        routes.add("DELETE /Call/:callUUID/Record/", live.stopRecording)
        routes.add("POST /Call/:callUUID/Play/", live.startPlay)
        routes.add("DELETE /Call/:callUUID/Play/", live.stopPlay)
        routes.add("POST /Call/:callUUID/Speak/", live.startSpeak)
        routes.add("DELETE /Call/:callUUID/Speak/", live.stopSpeak)
        routes.add("POST /Call/:callUUID/DTMF/", live.sendDigits)
    }
}
