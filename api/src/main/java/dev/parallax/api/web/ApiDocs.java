package dev.parallax.api.web;

/** Texts shared by the OpenAPI annotations of the resources. */
final class ApiDocs {

    /** The JSON Schema of the report, served with the page; OpenAPI 3.1 can reference it as it is. */
    static final String REPORT_SCHEMA = "/schema/parallax-report-1.schema.json";

    static final String FORMAT = "Report format: json (default, the parallax-report/1 contract), text, markdown or html.";

    private ApiDocs() {
    }
}
