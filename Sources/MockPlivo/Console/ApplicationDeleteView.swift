import HTTPServerKit
import PlivoStore

/// The delete page: what the application is, how many endpoints are attached, and the API's cascade choice
/// (delete them too, or keep them and optionally move them to another application).
struct ApplicationDeleteView {
    var application: Application
    /// Endpoints attached to the application, whose fate the cascade choice decides.
    var attachedEndpoints: Int
    /// Applications the endpoints may move to: `(app_id, app_name)`.
    var otherApplications: [(String, String)]
    var error: String?

    func page(accountID: String) -> HTMLPage {
        let action = "\(ConsoleRoutes.prefix)/applications/\(FormURLEncoding.percentEncode(application.appID))/delete/"
        let moves = otherApplications.map { id, name -> HTML in
            "<option value=\"\(id)\">\(name) (\(id))</option>"
        }
        let content: HTML = """
            <p>Delete <strong>\(application.appName)</strong> (<code>\(application.appID)</code>)?
            \(attachedEndpoints) endpoint\(attachedEndpoints == 1 ? " is" : "s are") attached to it.</p>
            <form class="fields" id="delete-form" method="post" action="\(action)">
            <span>cascade</span><span>
            <label><input type="radio" name="cascade" value="true" id="cascade-true" checked> delete the attached endpoints too</label><br>
            <label><input type="radio" name="cascade" value="false" id="cascade-false"> keep them</label></span>
            <label for="field-new_endpoint_application">new_endpoint_application</label>
            <span><select id="field-new_endpoint_application" name="new_endpoint_application">
            <option value="">(none: leave them without an application)</option>\(moves)</select>
            <span class="hint">used when keeping them</span></span>
            <span></span><span class="actions"><button type="submit" class="danger" id="confirm-delete">Delete</button>
            <a href="\(ConsoleSection.applications.path)">Cancel</a></span>
            </form>
            """
        return HTMLPage(
            title: "Delete application", accountID: accountID, section: .applications, error: error,
            content: content)
    }
}
