package org.tongban.catalogue.boundary;

import java.util.List;

/** A jurisdiction's complete list of deltas for an item, replacing the previous one. */
public record ImplementationRequest(Long expectedVersion, List<DeltaRequest> deltas) {

    public record DeltaRequest(String kind, String targetCode, Integer days, Long feeFen, String nameZh, String nameEn,
            String fieldType, String reason, String legalBasis) {
    }
}
