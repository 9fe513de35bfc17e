package org.tongban.cases.boundary;

import java.util.Map;

/** An application as submitted: the item, the region whose implementation applies, an enterprise if acting for one, the answers. */
public record SubmissionRequest(String item, String region, String enterpriseCode, Map<String, String> answers) {
}
