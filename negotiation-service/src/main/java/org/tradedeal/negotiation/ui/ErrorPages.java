package org.tradedeal.negotiation.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A problem met while serving a page, shown as a page: the same status, title and detail the API gives. */
final class ErrorPages {

    @CheckedTemplate(basePath = "desk")
    static class Templates {
        static native TemplateInstance error(Problem problem);
    }

    private ErrorPages() {
    }

    static Response of(HttpProblem problem) {
        return Response.status(problem.getStatusCode()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(Problem.of(problem)).render()).build();
    }
}
